"""File ▸ New, Open, Open Recent, Save, Save As; the unsaved-changes prompt; the window title.

``open_project`` / ``save_project`` are the scripted contract (no dialogs; a ProjectFileError is
raised before anything changes); the menu actions wrap them with dialogs and message boxes.

Opening is a transaction: the file is read, checked and its data loaded into a new document off the
UI thread (``nnstudio.project.opening``); only then does the window take it, and if taking it
fails for any reason the previous project is put back as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

import numpy as np

from shiboken6 import isValid
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnstudio.errors import NNStudioError, ProjectFileError
from nnstudio.gui.background import BackgroundTask
from nnstudio.gui.builder import recent_files as recent
from nnstudio.gui.data_loader import BackgroundDataLoader
from nnstudio.gui.user_text import user_text
from nnstudio.project import ProjectDocument, TrainingConfig, save_project
from nnstudio.project.examples import DEFAULT_EXAMPLE, make_example
from nnstudio.project.file_format import project_to_json
from nnstudio.project.opening import prepare_file, unexpected
from nnstudio.project.workspace import is_slow

SUFFIX = ".nnstudio"
log = logging.getLogger(__name__)


def fingerprint(doc) -> str:
    """What a save writes, condensed: equal fingerprints mean nothing is left unsaved."""
    digest = hashlib.sha1(json.dumps(project_to_json(doc), sort_keys=True, default=str).encode())
    for w in doc.weights or []:
        digest.update(np.ascontiguousarray(w).tobytes())
    arrays = doc.optimizer_state.to_arrays() if doc.optimizer_state is not None else {}
    for key in sorted(arrays):
        digest.update(key.encode() + np.ascontiguousarray(arrays[key]).tobytes())
    return digest.hexdigest()


def new_document() -> ProjectDocument:
    """File ▸ New: an input and an output layer on the default data, ready to grow."""
    data = make_example(DEFAULT_EXAMPLE).data_spec
    layers = [{"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [2]}},
              {"class_name": "Dense", "config": {"name": "dense", "units": 2, "activation": "linear"}}]
    return ProjectDocument(layers=layers, data_spec=data, training=TrainingConfig(), title="Untitled")


class ProjectFiles(QObject):
    def __init__(self, part):
        super().__init__(part.window)
        self.part = part
        self.window = part.window
        self.doc = part.window.doc
        self.undo_stack = part.window.undo_stack
        self._saved = fingerprint(self.doc)   # the project as last saved or opened
        self.task = BackgroundTask(self.window)   # opening off the UI thread
        self.data_loader = BackgroundDataLoader(self.window)   # large tables read again off it too
        part.workspace.background_load = self.data_loader
        self.doc.changed.connect(self._on_doc_changed)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.update_title()

    # ----- actions ------------------------------------------------------------------------
    def build_menu(self, menu):
        def action(text, slot, shortcut=None, tip=""):
            a = QAction(text, self.window)
            if shortcut is not None:
                a.setShortcut(shortcut)
            a.setStatusTip(tip)
            a.setToolTip(tip)
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        self.new_action = action(self.tr("&New"), self.new_project_interactive, QKeySequence.New,
                                 self.tr("Start a new project with an input and an output layer."))
        self.open_action = action(self.tr("&Open…"), self.open_interactive, QKeySequence.Open,
                                  self.tr("Open a saved .nnstudio project."))
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentFilesMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = action(self.tr("&Save"), self.save_interactive, QKeySequence.Save,
                                  self.tr("Save the project: network, data choice, settings, weights and runs."))
        self.save_as_action = action(self.tr("Save &As…"), self.save_as_interactive, QKeySequence.SaveAs,
                                     self.tr("Save the project under a new name."))
        self._fill_recent_menu()
        return [self.new_action, self.open_action]

    def _fill_recent_menu(self):
        self.recent_menu.clear()
        files = recent.recent_files()
        for i, path in enumerate(files):
            a = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            a.setToolTip(path)
            a.setStatusTip(path)
            a.setData(path)
            a.triggered.connect(lambda _=False, p=path: self.open_interactive(p))
        if not files:
            a = self.recent_menu.addAction(self.tr("No recent projects"))
            a.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), recent.clear_recent_files)

    # ----- contract: no dialogs -----------------------------------------------------------
    def open_project(self, path):
        """Load ``path``; on any problem raise ProjectFileError and leave the project untouched.
        Its data is read here, except a large table: that is read off the UI thread right after,
        as after any change of the data (``data_loader.busy()`` meanwhile; Train says it waits)."""
        self.take(prepare_file(path, defer=is_slow), path)

    def take(self, prepared, path):
        """Swap in a prepared document (file and data read); on any failure, put the previous
        project back exactly as it was and raise ProjectFileError."""
        workspace = self.part.workspace
        before, before_path, before_dirty = self.doc.copy(), self.doc.path, self.doc.dirty
        before_data = (workspace.dataset, workspace.dataset_error)
        if not prepared.deferred:
            workspace.offer_dataset(prepared.doc.data_spec, prepared.dataset, prepared.dataset_error)
        try:
            self.doc.replace_with(prepared.doc)
            self.doc.set_path(os.path.abspath(str(path)))
            self.part.after_project_replaced()
        except Exception as e:
            log.warning("the window could not take %s; the previous project is put back", path, exc_info=e)
            workspace.offer_dataset(before.data_spec, *before_data)
            self.doc.replace_with(before)
            self.doc.set_path(before_path)
            self.doc.set_dirty(before_dirty)
            with contextlib.suppress(Exception):   # the views that failed for the new one, if they fail again
                self.part.after_project_replaced()
            self.update_title()
            if isinstance(e, NNStudioError):
                raise
            raise unexpected(Path(path).name, e) from None
        self.undo_stack.clear()
        self._mark_saved()
        recent.add_recent_file(path)
        self.part.status(self.tr("Opened {0}.").format(Path(path).name))

    def save_project(self, path):
        path = str(path)
        if not path.endswith(SUFFIX) and not Path(path).suffix:
            path += SUFFIX
        save_project(self.doc, path)
        self.doc.set_path(os.path.abspath(path))
        self._mark_saved()
        recent.add_recent_file(path)
        self.part.status(self.tr("Saved {0}.").format(Path(path).name))
        return path

    def new_project(self):
        self._replace(new_document(), None)

    def _replace(self, other, path):
        self.doc.replace_with(other)
        self.doc.set_path(path)
        self.undo_stack.clear()
        self._mark_saved()
        self.part.after_project_replaced()

    def _mark_saved(self):
        self.undo_stack.setClean()
        self._saved = fingerprint(self.doc)
        self.doc.set_dirty(False)
        self.update_title()

    # ----- interactive (menus) ------------------------------------------------------------
    def refused(self) -> bool:
        """While a run trains (or a file is being opened) nothing else may be opened: say so in a
        box that stays until it is read (a status-bar line is soon replaced by the run's news)."""
        if self.task.busy():
            return True
        if not self.part.refuse_while_training():
            return False
        QMessageBox.information(self.window, self.tr("Cannot open now"),
                                self.part.blocked_reason or self.part.default_blocked_reason())
        return True

    def new_project_interactive(self):
        if self.refused() or not self.maybe_save():
            return
        self.new_project()

    def open_interactive(self, path=None):
        if self.refused() or not self.maybe_save():
            return
        if not path:
            start = os.path.dirname(self.doc.path) if self.doc.path else ""
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), start,
                                                  self.tr("NN Studio projects (*.nnstudio);;All files (*)"))
        if not path:
            return
        self.task.start(lambda progress, cancelled: prepare_file(path, progress=progress, should_cancel=cancelled),
                        self.tr("Opening {0}…").format(Path(path).name),
                        lambda prepared: self._take_showing_errors(prepared, path),
                        lambda message: self._open_failed(path, message))

    def _take_showing_errors(self, prepared, path):
        if self.part.refuse_while_training():  # a run started while the file was read
            return
        try:
            self.take(prepared, path)
        except ProjectFileError as e:
            self._open_failed(path, user_text(e))

    def _open_failed(self, path, message):
        QMessageBox.warning(self.window, self.tr("Cannot open the project"), message)
        if not os.path.exists(path):
            recent.remove_recent_file(path)

    def save_interactive(self) -> bool:
        if not self.doc.path:
            return self.save_as_interactive()
        return self._save_showing_errors(self.doc.path)

    def save_as_interactive(self) -> bool:
        suggested = self.doc.path or os.path.join(os.path.expanduser("~"),
                                                  _file_stem(self.doc.title) + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save project"), suggested,
                                              self.tr("NN Studio projects (*.nnstudio)"))
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self._save_showing_errors(path)

    def _save_showing_errors(self, path) -> bool:
        try:
            self.save_project(path)
            return True
        except ProjectFileError as e:
            QMessageBox.warning(self.window, self.tr("Cannot save the project"), user_text(e))
            return False

    def maybe_save(self) -> bool:
        """Ask about unsaved changes: True to go on (saved or discarded), False to cancel."""
        if not self.doc.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them first?").format(self.display_name()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save_interactive()
        return answer == QMessageBox.Discard

    # ----- title and dirty state ----------------------------------------------------------
    def display_name(self):
        if self.doc.path:
            return Path(self.doc.path).name
        return QCoreApplication.translate("examples", self.doc.title) if self.doc.title else self.tr("Untitled")

    def update_title(self):
        self.window.setWindowTitle(self.tr("{0}[*] — NN Studio").format(self.display_name()))
        self.window.setWindowModified(self.doc.dirty)

    def _on_doc_changed(self, what):
        if what in ("dirty", "path", "network"):
            self.update_title()

    def _on_clean_changed(self, clean):
        """Undoing back to the saved state clears the modified mark, unless something changed
        outside the undo stack meanwhile (trained weights, a new run)."""
        if not isValid(self.window):  # the stack outlives its window by a moment when both are deleted
            return
        if clean and self.doc.dirty and fingerprint(self.doc) == self._saved:
            self.doc.set_dirty(False)


def _file_stem(title):
    stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in (title or "project")).strip()
    return stem or "project"
