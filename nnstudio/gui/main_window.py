"""The main window: it wires the parts together and decides nothing itself.

Each part builds its own widgets, docks, menu entries and actions from the shared objects the
window holds: ``doc`` (the project), ``workspace`` (dataset + validation), ``undo_stack``, and
``menus`` (File, Edit, View, Data, Train, Help).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from nnstudio.gui.builder.undo_adapter import ProjectUndoStack
from nnstudio.gui.ui_budget import UiBudget
from nnstudio.project import DEFAULT_EXAMPLE, make_example
from nnstudio.project.workspace import Workspace


#: bump when the docks change, so an older saved arrangement is not restored over the new one
LAYOUT_VERSION = 3


class MainWindow(QMainWindow):
    def __init__(self, doc=None):
        super().__init__()
        self.setObjectName("mainWindow")
        free = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1400, free.width()) if free else 1400, min(900, free.height() - 30) if free else 900)
        self.doc = doc or make_example(DEFAULT_EXAMPLE)
        self.workspace = Workspace(self.doc)   # large tables: read off the UI thread (BackgroundDataLoader)
        self.ui_budget = UiBudget(lambda: self.workspace.training_active)
        self.undo_stack = ProjectUndoStack(self)
        self.menus = {key: self.menuBar().addMenu(title) for key, title in (
            ("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")),
            ("data", self.tr("&Data")), ("train", self.tr("&Train")), ("help", self.tr("&Help")))}
        from nnstudio.gui.builder.part import BuilderPart
        from nnstudio.gui.insight.part import InsightPart
        from nnstudio.gui.training.part import TrainingPart

        self.builder = BuilderPart(self)
        self.training = TrainingPart(self)
        self.insight = InsightPart(self)
        self.parts = [self.builder, self.training, self.insight]
        # keep the classroom part LAST: it locks, explains and labels the other parts' controls
        from nnstudio.gui.classroom.part import ClassroomPart

        self.classroom = ClassroomPart(self)
        self.parts.append(self.classroom)
        for part in self.parts:   # docks placed relative to other parts' docks (tabs), before restoring
            getattr(part, "arrange_docks", lambda: None)()
        self._restore_layout()

    # ----- the contract (scripted demos, tests) --------------------------------------------
    def open_project(self, path):
        """What File ▸ Open does, without a dialog (no unsaved-changes prompt either)."""
        return self.builder.open_project(path)

    def save_project(self, path):
        """What File ▸ Save As does, without a dialog."""
        return self.builder.save_project(path)

    # ----- layout, closing --------------------------------------------------------------
    def _restore_layout(self):
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        state = settings.value("mainWindow/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None and not self.restoreState(state, LAYOUT_VERSION):
            settings.remove("mainWindow/state")  # an older arrangement: the parts lay out their defaults

    def save_layout(self):
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState(LAYOUT_VERSION))

    def closeEvent(self, event):
        for part in self.parts:
            if hasattr(part, "can_close") and not part.can_close():
                event.ignore()
                return
        for part in self.parts:
            if hasattr(part, "shutdown"):
                part.shutdown()
        self.save_layout()
        self.undo_stack.blockSignals(True)  # nothing may react to the stack while the window goes away
        event.accept()
