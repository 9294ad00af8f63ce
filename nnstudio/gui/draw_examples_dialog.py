"""Draw your own examples: a pad where a class makes its own picture data with the mouse (an
offline stand-in for a webcam). A student names the classes, draws on the pad (thick pen, undo
a stroke, clear), adds each drawing to the chosen class and sees the drawings and the counts
per class. Saving writes them as PNGs, one sub-folder per class (``data.drawings``), the layout
the picture-folder reader uses; the data panel then opens that folder as the data set.
"""

from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from nnstudio.data.drawings import check_class_name, free_folder, save_drawings
from nnstudio.errors import NNStudioError
from nnstudio.gui.insight.draw_pad import DrawPad
from nnstudio.gui.user_text import user_text

THUMB = 56
SIZE, CHANNELS = 28, 1      # the pictures the data set is made of: 28×28 grey, like MNIST
ENOUGH = 10                 # drawings per class the hint asks for


def _thumbnail(picture: np.ndarray) -> QIcon:
    grey = np.ascontiguousarray(picture, dtype=np.uint8)
    h, w = grey.shape
    image = QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)))


def default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or os.path.expanduser("~")
    return free_folder(os.path.join(documents, "NN Studio", "My drawings"))


class DrawExamplesDialog(QDialog):
    def __init__(self, parent=None, folder=None):
        super().__init__(parent)
        self.setObjectName("drawExamplesDialog")
        self.setWindowTitle(self.tr("Draw your own examples"))
        self.drawings: dict[str, list[np.ndarray]] = {}     # class name -> (256, 256) uint8 pictures
        self.saved_folder = None

        self.class_list = QListWidget()
        self.class_list.setObjectName("drawClassList")
        self.class_list.setToolTip(self.tr("The classes and how many drawings each has: new drawings go to the "
                                           "chosen class"))
        self.class_edit = QLineEdit()
        self.class_edit.setObjectName("drawClassNameEdit")
        self.class_edit.setPlaceholderText(self.tr("New class, e.g. smiley"))
        self.class_edit.setToolTip(self.tr("The name of a new class; it becomes the name of its folder"))
        self.add_class_button = QPushButton(self.tr("Add class"))
        self.add_class_button.setObjectName("drawAddClassButton")
        self.add_class_button.setToolTip(self.tr("Add a class with the name typed beside it"))
        self.pad = DrawPad()
        self.pad.setObjectName("drawExamplesCanvas")
        self.pad.setToolTip(self.tr("Draw one example here with the mouse (left button)"))
        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.undo_button.setObjectName("drawUndoStrokeButton")
        self.undo_button.setToolTip(self.tr("Take the last stroke away (Ctrl+Z)"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("drawClearButton")
        self.clear_button.setToolTip(self.tr("Wipe the pad"))
        self.add_button = QPushButton()
        self.add_button.setObjectName("drawAddExampleButton")
        self.add_button.setToolTip(self.tr("Keep the drawing as an example of the chosen class and wipe the pad "
                                           "for the next one (Ctrl+Enter)"))
        self.thumbs_label = QLabel()
        self.thumbs = QListWidget()
        self.thumbs.setObjectName("drawExamplesThumbnails")
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thumbs.setMinimumHeight(THUMB * 2 + 24)
        self.thumbs.setToolTip(self.tr("The drawings of the chosen class"))
        self.remove_button = QPushButton(self.tr("Remove drawing"))
        self.remove_button.setObjectName("drawRemoveExampleButton")
        self.remove_button.setToolTip(self.tr("Take the chosen drawing out of its class (Delete)"))
        self.folder_edit = QLineEdit(folder or default_folder())
        self.folder_edit.setObjectName("drawFolderEdit")
        self.folder_edit.setToolTip(self.tr("Where the drawings are saved: one sub-folder per class"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("drawFolderBrowse")
        browse.setToolTip(self.tr("Choose the folder the drawings are saved in"))
        self.status = QLabel()
        self.status.setObjectName("drawExamplesStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("drawSaveButton")
        self.save_button.setText(self.tr("Save and use as data"))
        self.save_button.setToolTip(self.tr("Save the drawings as PNG pictures and train on them"))
        for button in self.findChildren(QPushButton):     # Enter in the name field must not save
            button.setAutoDefault(False)
            button.setDefault(False)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Classes")))
        left.addWidget(self.class_list, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.class_edit, 1)
        new_row.addWidget(self.add_class_button)
        left.addLayout(new_row)
        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        middle = QVBoxLayout()
        middle.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        middle.addLayout(pad_buttons)
        middle.addWidget(self.add_button)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(middle)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Save in")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        thumbs_row = QGridLayout()
        thumbs_row.addWidget(self.thumbs_label, 0, 0)
        thumbs_row.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        thumbs_row.addWidget(self.thumbs, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(thumbs_row, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.add_class_button.clicked.connect(self.add_class_from_edit)
        self.class_edit.returnPressed.connect(self.add_class_from_edit)
        self.class_list.currentRowChanged.connect(lambda _row: self._refresh())
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        self.add_button.clicked.connect(self.add_example)
        self.remove_button.clicked.connect(self.remove_example)
        self.thumbs.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.pad.inkChanged.connect(self._update_buttons)
        browse.clicked.connect(self.choose_folder)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.pad.undo_stroke),
                           (QKeySequence("Ctrl+Return"), self.add_example),
                           (QKeySequence("Ctrl+Enter"), self.add_example),
                           (QKeySequence.StandardKey.Delete, self.remove_example)):
            QShortcut(keys, self, activated=slot)
        self.resize(760, 700)
        self._refresh()

    # ----- classes and drawings -------------------------------------------------------------
    def class_names(self) -> list[str]:
        return list(self.drawings)

    def current_class(self) -> str | None:
        row = self.class_list.currentRow()
        return self.class_names()[row] if 0 <= row < len(self.drawings) else None

    def add_class(self, name) -> bool:
        try:
            name = check_class_name(name, self.drawings)
        except NNStudioError as e:
            self.status.setText(user_text(e))
            return False
        self.drawings[name] = []
        self._refresh()
        self.class_list.setCurrentRow(len(self.drawings) - 1)
        return True

    def add_class_from_edit(self):
        if self.add_class(self.class_edit.text()):
            self.class_edit.clear()
            self.pad.setFocus()

    def add_example(self) -> bool:
        """The pad's drawing becomes an example of the chosen class; the pad is wiped."""
        name = self.current_class()
        if name is None or not self.pad.strokes:
            return False
        self.drawings[name].append(np.rint(self.pad.ink() * 255.0).astype(np.uint8))
        self.pad.clear()
        self._refresh()
        self.thumbs.scrollToBottom()
        return True

    def remove_example(self):
        name, row = self.current_class(), self.thumbs.currentRow()
        if name is not None and 0 <= row < len(self.drawings[name]):
            del self.drawings[name][row]
            self._refresh()

    def counts(self) -> dict:
        return {name: len(pictures) for name, pictures in self.drawings.items()}

    def _refresh(self):
        current = max(0, self.class_list.currentRow())
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for name, n in self.counts().items():
            self.class_list.addItem(QListWidgetItem(self.tr("{name} ({count})").format(name=name, count=n)))
        if self.drawings:
            self.class_list.setCurrentRow(min(current, len(self.drawings) - 1))
        self.class_list.blockSignals(False)
        name = self.current_class()
        self.thumbs.clear()
        for i, picture in enumerate(self.drawings.get(name, [])):
            item = QListWidgetItem(_thumbnail(picture), str(i + 1))
            item.setToolTip(self.tr("Drawing {n} of {name}").format(n=i + 1, name=name))
            self.thumbs.addItem(item)
        self.thumbs_label.setText(self.tr("Drawings of {name}").format(name=name) if name else "")
        self.add_button.setText(self.tr("Add to “{name}”").format(name=name) if name else self.tr("Add to class"))
        ready = sum(1 for n in self.counts().values() if n > 0)
        if not self.drawings:
            hint = self.tr("Type a name for the first class (for example smiley) and press Add class.")
        elif ready < 2:
            hint = self.tr("Draw a few examples of each class; at least two classes need drawings.")
        else:
            hint = self.tr("{count} drawings in {classes} classes. About {enough} per class train well.").format(
                count=sum(self.counts().values()), classes=ready, enough=ENOUGH)
        self.status.setText(hint)
        self._update_buttons()

    def _update_buttons(self):
        name = self.current_class()
        self.add_button.setEnabled(name is not None and bool(self.pad.strokes))
        self.undo_button.setEnabled(bool(self.pad.strokes))
        self.clear_button.setEnabled(bool(self.pad.strokes))
        self.remove_button.setEnabled(name is not None and self.thumbs.currentRow() >= 0)
        self.save_button.setEnabled(sum(1 for n in self.counts().values() if n > 0) >= 2)

    # ----- saving -----------------------------------------------------------------------------
    def choose_folder(self):
        path = QFileDialog.getExistingDirectory(self, self.tr("Save the drawings in"), self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)

    def save(self) -> bool:
        """Writes the drawings (one sub-folder per class) and closes; says why when it cannot."""
        folder = self.folder_edit.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose the folder the drawings are saved in."))
            return False
        try:
            save_drawings(folder, self.drawings)
        except NNStudioError as e:
            self.status.setText(user_text(e))
            return False
        self.saved_folder = folder
        self.accept()
        return True

    def spec(self):
        """The data spec of the saved drawings (None until they were saved)."""
        if self.saved_folder is None:
            return None
        return {"name": "image_folder", "path": self.saved_folder, "size": SIZE, "channels": CHANNELS}

    def reject(self):
        unsaved = sum(self.counts().values())
        if unsaved and self.saved_folder is None and QMessageBox.question(
                self, self.tr("Close without saving?"),
                self.tr("{count} drawings are not saved yet. Close and lose them?").format(count=unsaved),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Close:
            return
        super().reject()
