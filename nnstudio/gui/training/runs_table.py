"""The runs of a project in a table: settings, final metrics and time per epoch, with a checkbox
per run to show its curves dimmed next to the current run's. A run is renamed by double-clicking
its name (or the context menu) and an earlier run deleted from the context menu or with Delete;
both undo."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QInputDialog, QLineEdit, QMenu, QMessageBox,
                               QTableWidget, QTableWidgetItem)

from nnstudio.errors import NNStudioError
from nnstudio.gui.training.undo import push
from nnstudio.gui.user_text import user_text
from nnstudio.project.run_commands import DeleteRun, RenameRun


REFRESH_SECONDS = 0.25


def _swatch(color) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(color))
    return QIcon(pix)


def _num(value, digits=4) -> str:
    return f"{value:.{digits}g}" if isinstance(value, (int, float)) and math.isfinite(value) else "–"


class RunsTable(QTableWidget):
    compare_changed = Signal(set)     # ids of the runs to show dimmed

    def __init__(self, doc, undo_stack=None, parent=None):
        super().__init__(0, 10, parent)
        self.setObjectName("runsTable")
        self.setToolTip(self.tr("Every training run of this project, newest first. Tick Show to draw an "
                                "earlier run's curves dimmed next to the current ones. Double-click a name "
                                "to rename the run; right-click for more."))
        self.doc = doc
        self.undo_stack = undo_stack
        self.is_training = lambda: False      # the training part tells (no deleting runs mid-run)
        self.rename_action = QAction(self.tr("Rename run…"), self)
        self.rename_action.setObjectName("renameRunAction")
        self.rename_action.triggered.connect(lambda: self.rename_run(self.selected_run_id()))
        self.delete_action = QAction(self.tr("Delete run"), self)
        self.delete_action.setObjectName("deleteRunAction")
        self.delete_action.triggered.connect(lambda: self.delete_run(self.selected_run_id()))
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.cellDoubleClicked.connect(lambda row, col: col == 1 and self.rename_run(self._run_id_at(row)))
        self.setHorizontalHeaderLabels([
            self.tr("Show"), self.tr("Run"), self.tr("Status"), self.tr("Epochs"), self.tr("Optimizer"),
            self.tr("Batch"), self.tr("Loss"), self.tr("Test loss"), self.tr("Test score"), self.tr("s/epoch")])
        for col, tip in enumerate((
                self.tr("Show this run's curves dimmed, to compare"), self.tr("The run's name and colour"),
                self.tr("How the run ended, or what it is doing"), self.tr("Epochs trained"),
                self.tr("Optimizer and learning rate at the start"), self.tr("Batch size"),
                self.tr("Training loss at the last epoch"), self.tr("Test loss at the last epoch"),
                self.tr("Test accuracy at the last epoch (mean absolute error for numbers)"),
                self.tr("Seconds per epoch, on average"))):
            self.horizontalHeaderItem(col).setToolTip(tip)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self._compared: set[int] = set()
        self._signature = None
        self._filling = False
        self._last_refresh = 0.0
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)
        self.itemChanged.connect(self._on_item_changed)
        doc.changed.connect(self._on_doc_changed)
        self.refresh()

    def _on_doc_changed(self, what):
        if what == "project":          # runs of another project: same ids, other values
            self._signature = None
            if self._compared:
                self._compared.clear()
                self.compare_changed.emit(set())
            self.refresh()
            return
        if what != "history":
            return
        # a run reports up to ten times a second: refresh at most four times a second
        wait = self._last_refresh + REFRESH_SECONDS - time.perf_counter()
        if wait <= 0:
            self.refresh()
        elif not self._later.isActive():
            self._later.start(int(wait * 1000) + 1)

    def refresh(self):
        """Refill the rows whose run changed (while training, only the current run's row)."""
        self._later.stop()
        self._last_refresh = time.perf_counter()
        runs = list(reversed(self.doc.history.runs))         # newest first
        current = self.doc.history.current
        signature = [(r.id, r.name, r.status, len(r.epochs), r is current, r.id in self._compared) for r in runs]
        if signature == self._signature:
            return                        # only the batch trace grew: nothing the table shows
        old = self._signature if self._signature is not None and len(self._signature) == len(runs) else []
        self._signature = signature
        ids = {r.id for r in runs}
        if not self._compared <= ids:
            self._compared &= ids
            self.compare_changed.emit(set(self._compared))
        self._filling = True
        try:
            self.setRowCount(len(runs))
            for row, run in enumerate(runs):
                if row >= len(old) or old[row] != signature[row]:
                    self._fill_row(row, run, current=run is current)
        finally:
            self._filling = False

    def _fill_row(self, row, run, current):
        settings = run.settings or {}
        metric = "test_mae" if any("mae" in e for e in run.epochs[:1]) else "test_accuracy"
        show = QTableWidgetItem()
        show.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
        if current:
            show.setCheckState(Qt.Checked)
            show.setFlags(Qt.ItemIsUserCheckable)       # the current run is always shown
            show.setToolTip(self.tr("The current run is always shown"))
        else:
            show.setCheckState(Qt.Checked if run.id in self._compared else Qt.Unchecked)
        show.setData(Qt.UserRole, run.id)
        epochs = int(run.final("epoch", settings.get("initial_epoch", 0)))
        optimizer = f"{settings.get('optimizer', '?')} {_num(settings.get('learning_rate'), 3)}"
        # "Run 3" is the project's default name (English); a name the user chose stays as it is
        name = self.tr("Run {0}").format(run.id) if run.name == f"Run {run.id}" else run.name
        values = [None, name, self._status_text(run.status), str(epochs), optimizer,
                  str(settings.get("batch_size", "–")), _num(run.final("loss")), _num(run.final("test_loss")),
                  _num(run.final(metric)), _num(run.seconds_per_epoch(), 2)]
        first = self.item(row, 0)
        was_current = first is not None and not first.flags() & Qt.ItemIsEnabled
        if first is not None and first.data(Qt.UserRole) == run.id and was_current == current:
            # the same run in the same role: change the texts in place (no new items, no new icon)
            first.setCheckState(show.checkState())
            for col, text in enumerate(values[1:], start=1):
                if self.item(row, col).text() != text:
                    self.item(row, col).setText(text)
            return
        self.setItem(row, 0, show)
        for col, text in enumerate(values[1:], start=1):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            if col == 1:
                item.setIcon(_swatch(run.color))
            if col >= 3:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.setItem(row, col, item)

    def _status_text(self, status) -> str:
        return {"new": self.tr("new"), "running": self.tr("running"), "paused": self.tr("paused"),
                "finished": self.tr("finished"), "stopped": self.tr("stopped"),
                "diverged": self.tr("diverged")}.get(status, status)

    def _on_item_changed(self, item):
        if self._filling or item.column() != 0:
            return
        run_id = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            self._compared.add(run_id)
        else:
            self._compared.discard(run_id)
        self._signature = None            # the Show column changed: refill on the next refresh
        self.compare_changed.emit(set(self._compared))

    # ----- renaming and deleting runs --------------------------------------------------------------
    def event(self, event):
        # Delete in the table deletes a run, not the selected layer (the window's Delete shortcut)
        if event.type() == QEvent.ShortcutOverride and event.key() == Qt.Key_Delete:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Delete and event.modifiers() == Qt.NoModifier:
            self.delete_run(self.selected_run_id())
            return
        super().keyPressEvent(event)

    def _run_id_at(self, row):
        item = self.item(row, 0) if 0 <= row < self.rowCount() else None
        return item.data(Qt.UserRole) if item is not None else None

    def selected_run_id(self):
        return self._run_id_at(self.currentRow())

    def _run(self, run_id):
        return next((r for r in self.doc.history.runs if r.id == run_id), None)

    def why_not_delete(self, run_id) -> str:
        """Why the run cannot be deleted now ("" when it can)."""
        if self._run(run_id) is None:
            return self.tr("Select a run first.")
        if self.is_training():
            return self.tr("Runs cannot be deleted while a run trains.")
        if self._run(run_id) is self.doc.history.current:
            return self.tr("The latest run cannot be deleted: the network's weights come from it.")
        return ""

    def _show_menu(self, pos):
        row = self.rowAt(pos.y())
        if row >= 0:
            self.selectRow(row)
        run_id = self.selected_run_id()
        self.rename_action.setEnabled(run_id is not None and self.undo_stack is not None)
        reason = self.why_not_delete(run_id)
        self.delete_action.setEnabled(not reason and self.undo_stack is not None)
        self.delete_action.setToolTip(reason or self.tr("Delete this run and its curves (or press Delete in the table; Edit ▸ Undo brings it back)"))
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.popup(self.viewport().mapToGlobal(pos))
        self._menu = menu                       # tests reach the open menu here

    def ask_name(self, current: str):
        """The new name, or None (a dialog; tests replace it)."""
        text, ok = QInputDialog.getText(self, self.tr("Rename run"), self.tr("Name of the run:"),
                                        QLineEdit.Normal, current)
        return text if ok else None

    def rename_run(self, run_id) -> bool:
        run = self._run(run_id)
        if run is None or self.undo_stack is None:
            return False
        shown = self.item(self.currentRow(), 1).text() if self.currentRow() >= 0 else run.name
        name = self.ask_name(shown)
        if name is None:
            return False
        try:
            command = RenameRun(run_id, name)          # checks and tidies the name
        except NNStudioError as e:
            QMessageBox.warning(self, self.tr("Rename run"), user_text(e))
            return False
        if command.name == run.name:
            return False
        push(self.undo_stack, self.doc, command)
        return True

    def delete_run(self, run_id) -> bool:
        reason = self.why_not_delete(run_id)
        if reason or self.undo_stack is None:
            if reason and run_id is not None:
                QMessageBox.information(self, self.tr("Delete run"), reason)
            return False
        push(self.undo_stack, self.doc, DeleteRun(self.doc, run_id))
        return True

    def set_compared(self, run_id, on=True):
        """Tick or untick a run's Show box (scripted demos, tests)."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item.data(Qt.UserRole) == run_id:
                item.setCheckState(Qt.Checked if on else Qt.Unchecked)
