"""File ▸ Export ▸ one entry per format: ask for a path, build the model, export it.

``nnstudio.export`` is imported only when an export runs (it is heavier, and optional).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnstudio.engine import budget
from nnstudio.gui.user_text import error_text, user_text
from nnstudio.project.export_formats import EXPORT_FORMATS

def _tr(text):
    return QCoreApplication.translate("ExportMenu", text)


class ExportMenu(QObject):
    def __init__(self, part, menu):
        super().__init__(part.window)
        self.part = part
        self.window = part.window
        self.menu = menu
        menu.setObjectName("exportMenu")
        menu.setToolTipsVisible(True)
        self.actions = {}
        for fmt, described in EXPORT_FORMATS.items():
            a = QAction(_tr(described.menu_text), self.window)
            a.setObjectName(f"export-{fmt}")
            a.setData(fmt)
            a.setToolTip(self.tr("Export the trained network as {0}.").format(fmt))
            a.setStatusTip(a.toolTip())
            a.triggered.connect(lambda _=False, f=fmt: self.export_interactive(f))
            menu.addAction(a)
            self.actions[fmt] = a
        menu.addSeparator()   # other parts add their exports (curves, history) below

    def _suggested_path(self, fmt):
        doc = self.window.doc
        folder = os.path.dirname(doc.path) if doc.path else os.path.expanduser("~")
        stem = os.path.splitext(os.path.basename(doc.path))[0] if doc.path else "model"
        return os.path.join(folder, stem + EXPORT_FORMATS[fmt].suffix)

    def size_confirmed(self) -> bool:
        """A network too large for this computer is refused (the network check says why); one whose
        export would write more than EXPORT_WARN_BYTES asks first, with the size, before the
        file dialog (an export of a huge network silently filling a disk is worse than a question)."""
        report = self.window.workspace.report
        if budget.too_large_to_train(report.total_params):
            QMessageBox.warning(self.window, self.tr("Cannot export"), user_text(report.error))
            return False
        size = budget.export_bytes(report.total_params)
        if size <= budget.EXPORT_WARN_BYTES:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Export a very large network?"),
            self.tr("This network has {0} parameters: the export will write about {1} to disk and take a "
                    "while. Export it anyway?").format(f"{report.total_params:,}", budget.size_text(size)),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def export_interactive(self, fmt):
        if not self.size_confirmed():
            return
        file_filter = _tr(EXPORT_FORMATS[fmt].file_filter)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as {0}").format(fmt),
                                              self._suggested_path(fmt), file_filter)
        if not path:
            return
        try:
            written = self.export(fmt, path)
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            QMessageBox.warning(self.window, self.tr("Cannot export"), error_text(e))
            return
        names = ", ".join(os.path.basename(p) for p in written)
        note = "" if self.window.doc.weights is not None else \
            self.tr(" (not trained yet: the file holds the starting weights)")
        self.part.status(self.tr("Exported {0}{1}.").format(names, note))

    def export(self, fmt, path):
        """Export the project's model to ``path``; NNStudioError for any problem a user can fix."""
        from nnstudio.errors import ExportError
        from nnstudio.project.model_factory import model_for_project, preprocessing_for

        try:
            from nnstudio.export import FORMATS as AVAILABLE, export_model
        except ImportError:
            raise ExportError(self.tr("Export is not available in this installation.")) from None
        if fmt not in AVAILABLE:
            raise ExportError(self.tr("This version cannot export {0}.").format(fmt))
        workspace = self.window.workspace
        if workspace.dataset is None:
            raise ExportError(workspace.dataset_error or self.tr("Load data before exporting."))
        doc = self.window.doc
        model = model_for_project(doc, workspace.dataset)
        training = {**(model.get_compile_config() or {}), "batch_size": doc.training.batch_size,
                    "epochs": doc.training.epochs}
        written = export_model(model, fmt, path, training=training,
                               preprocessing=preprocessing_for(doc, workspace.dataset))
        return [str(p) for p in (written or [path])]
