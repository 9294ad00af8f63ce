"""Open a picture folder: choose the folder (one sub-folder per class), the picture size and
grey or colour; the pictures are read in a worker thread with a progress bar and Cancel, then
shown per class with their counts, with every file left out listed and why.

``spec()`` gives the ``{"name": "image_folder", …}`` spec for ``load_dataset`` (which finds the
pictures just read in its cache: accepting does not read them again).
"""

from __future__ import annotations

import logging
import os
import threading

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from nnstudio.data.cancel import Cancelled
from nnstudio.data.image_folder import SIZES, load_image_folder
from nnstudio.errors import NNStudioError
from nnstudio.gui.insight.view_base import image_pixmap
from nnstudio.gui.read_thread import ReadThread
from nnstudio.gui.user_text import user_text
from nnstudio.project.fit_to_data import REPLACED, fit_network

log = logging.getLogger(__name__)

PER_CLASS = 8        # pictures previewed per class
THUMB = 48


class PictureReadWorker(QObject):
    """Reads one picture folder in its thread; ends with exactly one of finished/failed/cancelled.
    Each signal carries the worker, so the dialog can ignore a stale worker's news."""

    progress = Signal(object, int)      # worker, percent
    finished = Signal(object, object)   # worker, ImageFolder
    failed = Signal(object, str)        # worker, message
    cancelled = Signal(object)

    def __init__(self, root, size, channels):
        super().__init__()
        self._args = (root, size, channels)
        self._cancel = threading.Event()
        self._percent = -1

    def cancel(self):
        self._cancel.set()

    def _report(self, fraction):
        percent = int(fraction * 100)
        if percent != self._percent:
            self._percent = percent
            self.progress.emit(self, percent)

    @Slot()
    def run(self):
        try:
            folder = load_image_folder(*self._args, progress=self._report, should_cancel=self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit(self)
        except NNStudioError as err:
            self.failed.emit(self, user_text(err))
        except MemoryError:
            self.failed.emit(self, self.tr("The pictures are too many for this computer's memory: "
                                           "choose a smaller size or fewer pictures."))
        except Exception:  # a bug, not the user's fault: log it, say it plainly
            log.exception("reading %s failed", self._args[0])
            self.failed.emit(self, self.tr("The pictures could not be read because of an internal error."))
        else:
            self.finished.emit(self, folder)


class ImageFolderDialog(QDialog):
    def __init__(self, parent=None, path="", size=28, channels=1, layers=None):
        super().__init__(parent)
        self.layers = layers      # the project's network, to say what opening the pictures does to it
        self.setObjectName("imageFolderDialog")
        self.setWindowTitle(self.tr("Open a picture folder"))
        self.resize(720, 620)
        self.folder = None
        self._reader = ReadThread(self)
        self.path_edit = QLineEdit(path)
        self.path_edit.setObjectName("pictureFolderEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("A folder with one sub-folder of pictures per class"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setObjectName("pictureFolderBrowse")
        self.browse.setToolTip(self.tr("Choose the folder whose sub-folders (one per class) hold the pictures"))
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("pictureSizeCombo")
        for s in SIZES:
            self.size_combo.addItem(self.tr("{n} × {n} pixels").format(n=s), s)
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(size)))
        self.size_combo.setToolTip(self.tr("Every picture is resized to this: small pictures train fast"))
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("pictureColourCombo")
        self.colour_combo.addItem(self.tr("Grey"), 1)
        self.colour_combo.addItem(self.tr("Colour"), 3)
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(channels)))
        self.colour_combo.setToolTip(self.tr("Grey pictures have one channel, colour pictures three (red, green, blue)"))
        self.progress = QProgressBar()
        self.progress.setObjectName("pictureReadProgress")
        self.progress.setRange(0, 100)
        self.progress.setToolTip(self.tr("How many of the pictures have been read"))
        self.cancel_button = QPushButton(self.tr("Cancel reading"))
        self.cancel_button.setObjectName("pictureReadCancel")
        self.status = QLabel()
        self.status.setObjectName("pictureReadStatus")
        self.status.setWordWrap(True)
        self.preview_box = QWidget()
        self.preview_box.setObjectName("picturePreview")
        self.preview = QGridLayout(self.preview_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview_box)
        self.skipped_label = QLabel(self.tr("Left out:"))
        self.skipped = QListWidget()
        self.skipped.setObjectName("skippedPictures")
        self.skipped.setMaximumHeight(110)
        self.skipped.setToolTip(self.tr("Files that are not used, and why; nothing in the folder is changed"))
        self.suggest_check = QCheckBox(self.tr("Replace the network with a small convolutional network for these "
                                               "pictures"))
        self.suggest_check.setObjectName("pictureSuggestNetwork")
        self.suggest_check.setToolTip(self.tr("Two convolutions with pooling and one output per class: it trains "
                                              "at once. Undo brings your network back."))
        self._suggest_chosen = False     # the user ticked or unticked it: a new read keeps that choice
        self.suggest_check.clicked.connect(self._on_suggest_clicked)
        self.plan = QLabel()
        self.plan.setObjectName("pictureNetworkPlan")
        self.plan.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Use these pictures"))

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), path_row)
        form.addRow(self.tr("Size"), self.size_combo)
        form.addRow(self.tr("Colours"), self.colour_combo)
        read_row = QHBoxLayout()
        read_row.addWidget(self.progress, 1)
        read_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(read_row)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped)
        layout.addWidget(self.suggest_check)
        layout.addWidget(self.plan)
        layout.addWidget(self.buttons)

        self.browse.clicked.connect(self.choose_folder)
        self.size_combo.currentIndexChanged.connect(self.start_read)
        self.colour_combo.currentIndexChanged.connect(self.start_read)
        self.cancel_button.clicked.connect(self.cancel_read)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_result(None)
        if path:
            self.start_read()

    # ----- choices --------------------------------------------------------------------------------
    def choose_folder(self):
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a picture folder"), self.path_edit.text())
        if path:
            self.set_folder(path)

    def set_folder(self, path):
        self.path_edit.setText(path)
        self.start_read()

    def spec(self):
        """The data spec of the pictures read (None until a read succeeded)."""
        if self.folder is None:
            return None
        return {"name": "image_folder", "path": self.folder.root, "size": int(self.size_combo.currentData()),
                "channels": int(self.colour_combo.currentData())}

    def replace_network(self):
        """True: the user wants the suggested network, False: not; None (the box untouched): only
        when the network cannot take the pictures."""
        return self.suggest_check.isChecked() if self._suggest_chosen else None

    def _on_suggest_clicked(self):
        self._suggest_chosen = True
        self._show_plan()

    def _network_fit(self, replace):
        folder = self.folder
        shape = (int(self.size_combo.currentData()),) * 2 + (int(self.colour_combo.currentData()),)
        return fit_network(self.layers, shape, "classification", len(folder.class_names), replace)

    def _show_plan(self):
        """What opening the pictures does to the network, in one line under the check box."""
        has_plan = self.folder is not None and self.layers is not None
        self.suggest_check.setVisible(has_plan)
        self.plan.setVisible(has_plan)
        if not has_plan:
            return
        if not self._suggest_chosen:        # ticked when the network cannot take the pictures
            self.suggest_check.setChecked(self._network_fit(None).kind == REPLACED)
        self.plan.setText(user_text(self._network_fit(self.replace_network()).message))

    # ----- the worker thread -----------------------------------------------------------------------
    def start_read(self):
        path = self.path_edit.text()
        if not path:
            return
        self.stop_read()
        self._show_result(None)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Reading the pictures in {name}…").format(name=os.path.basename(path) or path))
        worker = PictureReadWorker(path, int(self.size_combo.currentData()), int(self.colour_combo.currentData()))
        self._reader.start(worker, self._on_progress, self._on_finished, self._on_failed, self._on_cancelled)

    def is_reading(self):
        return self._reader.is_running()

    def cancel_read(self):
        self._reader.cancel()

    def stop_read(self):
        """Cancels a read in progress and waits for its thread to end."""
        self._reader.stop()

    def _on_progress(self, worker, percent):
        if self._reader.is_current(worker):
            self.progress.setValue(percent)

    def _on_finished(self, worker, folder):
        if not self._reader.is_current(worker):
            return
        self.stop_read()
        self.progress.setValue(100)
        self._show_result(folder)

    def _on_failed(self, worker, message):
        if not self._reader.is_current(worker):
            return
        self.stop_read()
        self.status.setText(message)
        self._show_result(None, keep_status=True)

    def _on_cancelled(self, worker):
        if not self._reader.is_current(worker):
            return
        self.stop_read()
        self.status.setText(self.tr("Cancelled: nothing was read. Choose the folder again to read it."))
        self._show_result(None, keep_status=True)

    # ----- the result ------------------------------------------------------------------------------
    def _show_result(self, folder, keep_status=False):
        self.folder = folder
        self.cancel_button.setEnabled(self.is_reading())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(folder is not None)
        while self.preview.count():
            item = self.preview.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.skipped.clear()
        if folder is None:
            if not keep_status and not self.is_reading():
                self.status.setText(self.tr("Choose a folder that has one sub-folder of pictures for each class, "
                                            "for example cats/ and dogs/."))
            self.skipped.setVisible(False)
            self.skipped_label.setVisible(False)
            self._show_plan()
            return
        counts = folder.class_counts()
        self.status.setText(self.tr("{count} pictures in {classes} classes.").format(
            count=len(folder.labels), classes=len(folder.class_names)))
        for row, name in enumerate(folder.class_names):
            label = QLabel(self.tr("{name}\n{count} pictures").format(name=name, count=counts[name]))
            self.preview.addWidget(label, row, 0)
            for col, index in enumerate(np.flatnonzero(folder.labels == row)[:PER_CLASS]):
                cell = QLabel()
                cell.setPixmap(image_pixmap(folder.images[index], 255.0, THUMB))
                cell.setToolTip(os.path.relpath(folder.paths[index], folder.root))
                self.preview.addWidget(cell, row, col + 1)
        self.preview.setColumnStretch(PER_CLASS + 1, 1)
        for item in folder.skipped:
            self.skipped.addItem(self.tr("{file}: {reason}").format(
                file=os.path.relpath(item.path, folder.root), reason=user_text(item.reason)))
        for name in folder.empty_classes:
            self.skipped.addItem(self.tr("{folder}/: no readable pictures, so not a class").format(folder=name))
        self.skipped.setVisible(self.skipped.count() > 0)
        self.skipped_label.setVisible(self.skipped.count() > 0)
        self._show_plan()

    def done(self, result):
        self.stop_read()
        super().done(result)

    def closeEvent(self, event):
        self.stop_read()
        super().closeEvent(event)
