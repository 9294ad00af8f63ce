"""Predictions browser: every test sample with its true and predicted label and the confidence
(a table); for images also a grid of the pictures, mistakes framed in red. Filter by class and
to mistakes only."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QListView, QTableView, QTabWidget, QVBoxLayout)

from nnstudio.gui.insight.view_base import InsightView, describe, fmt, image_pixmap, pixel_range
from nnstudio.insight.evaluation import evaluate

THUMB = 56
MISTAKE = QColor("#D00000")


class PredictionsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = None
        self.rows = np.zeros(0, dtype=np.int64)

    def set_rows(self, report, rows):
        self.beginResetModel()
        self.report, self.rows = report, np.asarray(rows, dtype=np.int64)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        classes = self.report is not None and self.report.task == "classification"
        names = ([self.tr("test sample"), self.tr("true"), self.tr("predicted"), self.tr("confidence")] if classes
                 else [self.tr("test sample"), self.tr("true value"), self.tr("predicted value"), self.tr("error")])
        return names[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        rep, i, c = self.report, int(self.rows[index.row()]), index.column()
        classes = rep.task == "classification"
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:  # counted from 1, as the feature maps' "Test picture" is
                return str(i + 1)
            if classes:
                return (rep.class_names[rep.y_true[i]], rep.class_names[rep.y_pred[i]],
                        f"{100 * rep.confidence[i]:.1f} %")[c - 1]
            return (fmt(rep.y_true[i], 4), fmt(rep.y_pred[i], 4), fmt(rep.y_pred[i] - rep.y_true[i], 3))[c - 1]
        if role == Qt.ItemDataRole.ForegroundRole and classes and rep.y_true[i] != rep.y_pred[i]:
            return MISTAKE
        if role == Qt.ItemDataRole.UserRole:
            return i
        return None


def framed_icon(image, mistake: bool, vmax=16.0) -> QIcon:
    pixmap = image_pixmap(image, vmax, THUMB)
    if mistake:
        painter = QPainter(pixmap)
        painter.setPen(QPen(MISTAKE, 5))
        painter.drawRect(2, 2, pixmap.width() - 5, pixmap.height() - 5)
        painter.end()
    return QIcon(pixmap)


class PredictionsView(InsightView):
    def __init__(self, live, parent=None):
        super().__init__(live, parent)
        self.setObjectName("predictionsView")
        self.report = None
        self._icons = {}
        self._grid_rows = None
        self.class_filter = QComboBox()
        self.class_filter.setObjectName("predictionClassFilter")
        self.class_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mistakes_check = QCheckBox(self.tr("Only mistakes"))
        self.mistakes_check.setObjectName("mistakesOnlyCheck")
        self.count_label = QLabel()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("True class:")))
        controls.addWidget(self.class_filter)
        controls.addWidget(self.mistakes_check)
        controls.addStretch(1)
        controls.addWidget(self.count_label)

        self.model = PredictionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("predictionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.grid = QListWidget()
        self.grid.setObjectName("predictionsGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setGridSize(QSize(THUMB + 34, THUMB + 34))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self.grid, self.tr("Pictures"))

        describe(self.class_filter, self.tr("True class filter"), self.tr("Show only test samples of this true class"))
        describe(self.mistakes_check, self.tr("Only mistakes"),
                 self.tr("Show only the test samples the network gets wrong"))
        describe(self.table, self.tr("Predictions"), self.tr("Every test sample with its true and predicted label"))
        describe(self.grid, self.tr("Pictures"), self.tr("The test pictures; mistakes have a red frame"), tooltip=False)
        describe(self.tabs.tabBar(), self.tr("Table or pictures"),
                 self.tr("Show the predictions as a table or as pictures"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        self.class_filter.currentIndexChanged.connect(self._apply_filter)
        self.mistakes_check.toggled.connect(self._apply_filter)

    def update_view(self, model, structure_changed):
        ds = self.live.dataset
        if ds.n_test == 0:
            self.show_message(self.tr("There is no test split to show."))
            return
        self.report = evaluate(model, ds, "test")
        classes = self.report.task == "classification"
        if structure_changed:
            self.class_filter.blockSignals(True)
            self.class_filter.clear()
            self.class_filter.addItem(self.tr("All classes"), -1)
            for k, name in enumerate(ds.class_names):
                self.class_filter.addItem(name, k)
            self.class_filter.blockSignals(False)
            for w in (self.class_filter, self.mistakes_check):
                w.setEnabled(classes)
            self.tabs.setTabVisible(1, ds.kind == "images")
            self._icons.clear()
            self._grid_rows = None
            self.grid.clear()
        self._apply_filter()
        self.show_content()

    def shown_rows(self) -> np.ndarray:
        rep = self.report
        rows = np.arange(len(rep.y_true))
        if rep.task != "classification":
            return rows
        wanted = self.class_filter.currentData()
        if wanted is not None and wanted >= 0:
            rows = rows[rep.y_true[rows] == wanted]
        if self.mistakes_check.isChecked():
            rows = rows[rep.y_true[rows] != rep.y_pred[rows]]
        return rows

    def _apply_filter(self):
        if self.report is None:
            return
        rows = self.shown_rows()
        self.model.set_rows(self.report, rows)
        self.count_label.setText(self.tr("%1 of %2 test samples").replace("%1", str(len(rows))).replace(
            "%2", str(len(self.report.y_true))))
        if self.tabs.isTabVisible(1):
            self._fill_grid(rows)

    def _icon(self, i, wrong):
        key = (int(i), wrong)
        if key not in self._icons:
            ds = self.live.dataset
            images = ds.x_test_raw
            picture = images[i] if images.ndim == 4 else images[i].reshape(images.shape[1:3])
            self._icons[key] = framed_icon(picture, wrong, pixel_range(ds))
        return self._icons[key]

    def _fill_grid(self, rows):
        """The picture grid; pictures are made once per data set and items changed in place when
        only the predictions moved (training sends new weights many times a second)."""
        rep = self.report
        same = self._grid_rows is not None and np.array_equal(self._grid_rows, rows)
        self.grid.setUpdatesEnabled(False)
        if not same:
            self.grid.clear()
            self._grid_rows = np.array(rows)
        for r, i in enumerate(rows):
            wrong = bool(rep.y_true[i] != rep.y_pred[i])
            true, pred = rep.class_names[rep.y_true[i]], rep.class_names[rep.y_pred[i]]
            text = f"{true} → {pred}\n{100 * rep.confidence[i]:.0f} %"
            item = self.grid.item(r) if same else None
            if item is None:
                item = QListWidgetItem(self._icon(i, wrong), text)
                item.setData(Qt.ItemDataRole.UserRole, int(i))
                self.grid.addItem(item)
            elif item.text() != text:
                item.setText(text)
            if item.data(Qt.ItemDataRole.UserRole + 1) != wrong:
                if same:
                    item.setIcon(self._icon(i, wrong))
                item.setData(Qt.ItemDataRole.UserRole + 1, wrong)
                item.setToolTip(self.tr("test sample %1: true %2, predicted %3").replace("%1", str(int(i) + 1)).replace(
                    "%2", true).replace("%3", pred))
        self.grid.setUpdatesEnabled(True)

    def framed_samples(self) -> list[int]:
        """Test samples the picture grid shows with a red (mistake) frame."""
        return [int(self.grid.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.grid.count())
                if self.grid.item(r).data(Qt.ItemDataRole.UserRole + 1)]
