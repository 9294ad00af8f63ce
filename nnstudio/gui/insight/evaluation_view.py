"""Evaluation on the test split: for classes a confusion matrix (counts, colour-scaled) with each
class's precision and recall, and clicking a cell lists its samples; for values a
predicted-versus-actual scatter with R² and RMSE."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QStackedWidget, QTableView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.gui.insight.view_base import InsightView, PlotWidget, describe, fmt, plain_axis, qcolor
from nnstudio.insight.evaluation import evaluate
from nnstudio.insight.palette import NEGATIVE_HEX, POSITIVE_HEX, blend_to_white, hex_to_rgb

MAX_LISTED = 500


class ConfusionModel(QAbstractTableModel):
    """Rows: true class, columns: predicted class; a last column of recall and a last row of
    precision. Correct cells shade blue, mistakes orange, by their share of the true class."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = None

    def set_report(self, report):
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def _k(self):
        return len(self.report.class_names) if self.report is not None else 0

    def rowCount(self, parent=QModelIndex()):
        return self._k() + 1 if self.report is not None else 0

    def columnCount(self, parent=QModelIndex()):
        return self._k() + 1 if self.report is not None else 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        k, r, c = self._k(), index.row(), index.column()
        rep = self.report
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if r < k and c < k:
            count = int(rep.matrix[r, c])
            if role == Qt.ItemDataRole.DisplayRole:
                return str(count)
            if role == Qt.ItemDataRole.UserRole:
                return count
            if role == Qt.ItemDataRole.BackgroundRole:
                total = rep.matrix[r].sum()
                share = np.sqrt(count / total) if total else 0.0
                rgb = blend_to_white(np.array(hex_to_rgb(POSITIVE_HEX if r == c else NEGATIVE_HEX), float), share)
                return qcolor(rgb)
            if role == Qt.ItemDataRole.ForegroundRole:
                total = rep.matrix[r].sum()
                return QColor("white") if total and count / total > 0.45 else QColor("black")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1 test samples of class %2 predicted as %3 (click to list them)") \
                    .replace("%1", str(count)).replace("%2", rep.class_names[r]).replace("%3", rep.class_names[c])
            return None
        value = rep.recall[r] if c == k and r < k else rep.precision[c] if r == k and c < k else None
        if role == Qt.ItemDataRole.DisplayRole and value is not None:
            return "–" if np.isnan(value) else f"{100 * value:.0f} %"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(240, 240, 240)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.report is None:
            return None
        k, names = self._k(), self.report.class_names
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("recall") if section == k else self.tr("predicted %1").replace("%1", names[section])
        return self.tr("precision") if section == k else self.tr("true %1").replace("%1", names[section])


class EvaluationView(InsightView):
    def __init__(self, live, parent=None):
        super().__init__(live, parent)
        self.setObjectName("evaluationView")
        self.report = None
        self.selected_cell = None
        self.title = QLabel()
        self.title.setObjectName("evaluationTitle")
        self.pages = QStackedWidget()

        # classification page
        self.confusion = ConfusionModel(self)
        self.table = QTableView()
        self.table.setObjectName("confusionTable")
        self.table.setModel(self.confusion)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self.select_cell(index.row(), index.column()))
        self.samples_label = QLabel(self.tr("Click a cell to list its test samples."))
        self.samples = QTableWidget(0, 4)
        self.samples.setObjectName("cellSamplesTable")
        self.samples.setHorizontalHeaderLabels([self.tr("test sample"), self.tr("true"), self.tr("predicted"),
                                                self.tr("confidence")])
        self.samples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.samples.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.samples.verticalHeader().setVisible(False)
        describe(self.table, self.tr("Confusion matrix"),
                 self.tr("Test samples by true class (rows) and predicted class (columns); click a cell to list "
                         "its samples"), tooltip=False)
        describe(self.samples, self.tr("Samples of the selected cell"),
                 self.tr("The test samples of the clicked confusion-matrix cell"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.samples_label)
        lower_layout.addWidget(self.samples)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.pages.addWidget(split)

        # regression page
        self.scatter_plot = PlotWidget(background="w")
        self.scatter_plot.setObjectName("predictedVsActualPlot")
        self.scatter_plot.setLabel("bottom", self.tr("actual value"), color="k")
        self.scatter_plot.setLabel("left", self.tr("predicted value"), color="k")
        for axis in ("bottom", "left"):
            plain_axis(self.scatter_plot.getAxis(axis))
        self.scatter = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(0, 114, 178, 160), pen=None)
        self.diagonal = pg.PlotCurveItem(pen=pg.mkPen(90, 90, 90, width=1.5, style=Qt.PenStyle.DashLine))
        self.scatter_plot.addItem(self.diagonal)
        self.scatter_plot.addItem(self.scatter)
        self.pages.addWidget(self.scatter_plot)
        describe(self.scatter_plot, self.tr("Predicted versus actual"),
                 self.tr("Each test sample's predicted value against its true value"))

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)

    def update_view(self, model, structure_changed):
        ds = self.live.dataset
        if ds.n_test == 0:
            self.show_message(self.tr("There is no test split to evaluate on."))
            return
        self.report = evaluate(model, ds, "test")
        if self.report.task == "classification":
            self.confusion.set_report(self.report)
            self.title.setText(self.tr("Test accuracy %1 % on %2 samples. Rows: true class; columns: predicted "
                                       "class.").replace("%1", f"{100 * self.report.accuracy:.1f}").replace(
                                           "%2", str(ds.n_test)))
            self.pages.setCurrentIndex(0)
            if self.selected_cell is not None and not structure_changed:
                self.select_cell(*self.selected_cell)
            else:
                self.selected_cell = None
                self.samples.setRowCount(0)
        else:
            rep = self.report
            self.scatter.setData(rep.y_true, rep.y_pred)
            lo = float(min(rep.y_true.min(), rep.y_pred.min()))
            hi = float(max(rep.y_true.max(), rep.y_pred.max()))
            self.diagonal.setData([lo, hi], [lo, hi])
            self.title.setText(self.tr("On %1 test samples: R² = %2, RMSE = %3 (dashed line: perfect "
                                       "predictions)").replace("%1", str(ds.n_test)).replace(
                                           "%2", fmt(rep.r2, 3)).replace("%3", fmt(rep.rmse, 3)))
            self.pages.setCurrentIndex(1)
        self.show_content()

    def select_cell(self, true_class: int, predicted_class: int):
        """List the test samples of one confusion-matrix cell (what clicking it does)."""
        rep = self.report
        if rep is None or rep.task != "classification":
            return
        k = len(rep.class_names)
        if not (0 <= true_class < k and 0 <= predicted_class < k):
            return
        self.selected_cell = (true_class, predicted_class)
        indices = rep.samples_in_cell(true_class, predicted_class)
        names = rep.class_names
        self.samples_label.setText(self.tr("%1 test samples of class %2 predicted as %3").replace(
            "%1", str(len(indices))).replace("%2", names[true_class]).replace("%3", names[predicted_class]))
        shown = indices[:MAX_LISTED]
        self.samples.setRowCount(len(shown))
        for row, i in enumerate(shown):
            values = (str(int(i)), names[rep.y_true[i]], names[rep.y_pred[i]], f"{100 * rep.confidence[i]:.1f} %")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, int(i))
                self.samples.setItem(row, col, item)

    def listed_samples(self) -> list[int]:
        return [int(self.samples.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(self.samples.rowCount())]
