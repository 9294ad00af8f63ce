"""The runs of a project in a table: settings, final metrics and time per epoch, with a checkbox
per run to show its curves dimmed next to the current run's."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


REFRESH_SECONDS = 0.25


def _swatch(color) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(color))
    return QIcon(pix)


def _num(value, digits=4) -> str:
    return f"{value:.{digits}g}" if isinstance(value, (int, float)) and math.isfinite(value) else "–"


class RunsTable(QTableWidget):
    compare_changed = Signal(set)     # ids of the runs to show dimmed

    def __init__(self, doc, parent=None):
        super().__init__(0, 10, parent)
        self.setObjectName("runsTable")
        self.setToolTip(self.tr("Every training run of this project, newest first. Tick Show to draw an "
                                "earlier run's curves dimmed next to the current ones."))
        self.doc = doc
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

    def set_compared(self, run_id, on=True):
        """Tick or untick a run's Show box (scripted demos, tests)."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item.data(Qt.UserRole) == run_id:
                item.setCheckState(Qt.Checked if on else Qt.Unchecked)
