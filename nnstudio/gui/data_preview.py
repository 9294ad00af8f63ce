"""A look at the data before training: a scatter plot for 2-D points, an image grid for
pictures, a table otherwise, and the class balance of the training and test splits."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea, QApplication, QGridLayout, QSizePolicy, QLabel, QProgressBar, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from nnstudio.gui.insight.view_base import image_pixmap
from nnstudio.gui.user_text import user_text
from nnstudio.i18n import Message
from nnstudio.insight.palette import class_hex

# Regression values: orange (low) - light grey - blue (high), as in the Playground.
VALUE_COLORS = pg.ColorMap(pos=[0.0, 0.5, 1.0], color=["#E69F00", "#EEEEEE", "#0072B2"])
IMAGES_PER_CLASS = 5
IMAGE_PIXELS = 40
MAX_TABLE_ROWS = 200
MAX_TABLE_CELLS = 20_000


def class_color(index: int) -> QColor:
    """The class colours of the insight views (``insight.palette``), so a class looks the same everywhere."""
    return QColor(class_hex(index))


class PreviewPlot(pg.PlotWidget):
    """The scatter of the data. The mouse wheel scrolls the panel around it (as everywhere else in
    a scrolling panel) instead of zooming; the right-click menu still zooms."""

    def sizeHint(self):
        # modest: in a scrolling panel the hint is the height it gets, and the panel must fit a
        # projector's short screen (it still grows with a taller dock)
        return QSize(260, 120)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        # every point in view at the new size (the data was set while the window was being built);
        # not pyqtgraph's auto-range, which also reacts while Qt tears the scene down at exit
        if self.isVisible():
            self.autoRange()

    def wheelEvent(self, event):
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        # handed over explicitly: Qt does not pass a wheel event on to the parents when it was sent
        # by code (a test, a scripted demo), only when it came from the mouse
        QApplication.sendEvent(area.viewport(), event.clone())
        event.accept()


class DataPreview(QWidget):
    """Shows a Dataset. ``set_dataset(None)`` clears it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dataPreview")
        self.dataset = None
        self.stack = QStackedWidget(self)
        self.plot = PreviewPlot(objectName="dataScatterPlot")
        self.plot.setToolTip(self.tr("Training points filled, test points with a dark outline."))
        self.plot.setAspectLocked(True)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.scatter = pg.ScatterPlotItem(size=7, pxMode=True)
        self.plot.addItem(self.scatter)
        self.image_grid = QWidget(objectName="dataImageGrid")
        self.image_grid.setToolTip(self.tr("A few training images of each class."))
        self.image_layout = QGridLayout(self.image_grid)
        self.image_cells: list[QLabel] = []
        self.table = QTableWidget(objectName="dataTable")
        self.table.setToolTip(self.tr("The first training rows, before standardization."))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for view in (self.plot, self.image_grid, self.table):
            self.stack.addWidget(view)
        # takes the height the panel has, never asks for more (the pages' hints would scroll it)
        self.stack.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        self.stack.setMinimumHeight(120)
        self.summary_label = QLabel(objectName="dataSummaryLabel", wordWrap=True)
        self.balance = ClassBalance(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.balance)

    def _reserve_height(self) -> None:
        """Keep room for the summary, the data and the class table, so that they never overlap:
        Qt's minimum height counts a word-wrapped summary at a width wider than a narrow dock's,
        where it takes more lines (the dock scrolls instead)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        text = self.summary_label.heightForWidth(width) if self.summary_label.text() else 0
        need = (margins.top() + margins.bottom() + max(0, text) + self.stack.minimumHeight()
                + self.balance.minimumSizeHint().height() + 2 * layout.spacing())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._reserve_height()

    def set_dataset(self, dataset) -> None:
        self.dataset = dataset
        self.scatter.clear()
        self._clear_images()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.balance.set_dataset(dataset)
        if dataset is None:
            self.summary_label.clear()
            self._reserve_height()
            return
        self.summary_label.setText(self.tr("{description}  {train} training and {test} test samples.").format(
            description=user_text(dataset.description) if isinstance(dataset.description, Message)
            else QCoreApplication.translate("datasets", dataset.description), train=dataset.n_train,
            test=dataset.n_test))
        if dataset.kind == "points2d":
            self._show_points(dataset)
            self.stack.setCurrentWidget(self.plot)
        elif dataset.kind == "images":
            self._show_images(dataset)
            self.stack.setCurrentWidget(self.image_grid)
        else:
            self._show_table(dataset)
            self.stack.setCurrentWidget(self.table)
        # again once Qt has shown the class table's new rows (a layout counts visible rows only)
        self._reserve_height()
        QTimer.singleShot(0, self, self._reserve_height)

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def point_count(self) -> int:
        return len(self.scatter.data)

    # --- points ------------------------------------------------------------------------
    def _show_points(self, ds) -> None:
        xy = np.concatenate([ds.x_train_raw[:, :2], ds.x_test_raw[:, :2]]).astype(np.float64)
        y = np.concatenate([ds.y_train, ds.y_test])
        if ds.task == "classification":
            brushes = [pg.mkBrush(class_color(i)) for i in range(max(ds.n_classes, 1))]
            brush = [brushes[int(c)] for c in y]
        else:
            values = np.asarray(y, dtype=np.float64).reshape(len(y), -1)[:, 0]
            span = max(np.abs(values).max(), 1e-12) if len(values) else 1.0
            colors = VALUE_COLORS.map((values / span + 1) / 2, mode="qcolor")
            brush = [pg.mkBrush(c) for c in colors]
        train_pen, test_pen = pg.mkPen(None), pg.mkPen("#222222", width=1.5)
        pens = [train_pen] * ds.n_train + [test_pen] * ds.n_test
        self.scatter.setData(pos=xy, brush=brush, pen=pens)
        self.plot.setLabel("bottom", user_text(ds.feature_names[0]) if ds.feature_names else "x1")
        self.plot.setLabel("left", user_text(ds.feature_names[1]) if len(ds.feature_names) > 1 else "x2")
        self.plot.autoRange()

    # --- images ------------------------------------------------------------------------
    def _clear_images(self) -> None:
        _empty(self.image_layout)
        self.image_cells = []

    def _show_images(self, ds) -> None:
        # a user's own pictures look as they are (in colour); drawn data as dark ink on white
        as_they_are = ds.spec.get("name") == "image_folder"
        images = ds.x_train_raw if as_they_are else _as_images(ds.x_train_raw)
        top = max(float(images.max()), 1e-12) if images.size else 1.0
        for row, name in enumerate(ds.class_names):  # the class counts are in the balance below
            label = QLabel(self.tr("Class {name}").format(name=name))
            self.image_layout.addWidget(label, row, 0)
            for col, index in enumerate(np.flatnonzero(ds.y_train == row)[:IMAGES_PER_CLASS]):
                cell = QLabel()
                cell.setPixmap(image_pixmap(images[index], 255.0, IMAGE_PIXELS) if as_they_are
                               else _pixmap(images[index], top))
                cell.setToolTip(self.tr("Training sample {n}, class {name}").format(n=int(index) + 1, name=name))
                self.image_layout.addWidget(cell, row, col + 1)
                self.image_cells.append(cell)

    # --- table -------------------------------------------------------------------------
    def _show_table(self, ds) -> None:
        columns = int(np.prod(ds.x_train_raw.shape[1:])) or 1
        # a preview, not the data: keep the cell count small for wide data (784 pixels…)
        n = min(ds.n_train, MAX_TABLE_ROWS, max(10, MAX_TABLE_CELLS // columns))
        raw = np.asarray(ds.x_train_raw[:n]).reshape(n, -1)
        names = [user_text(f) for f in ds.feature_names] if len(ds.feature_names) == raw.shape[1] else [
            str(i + 1) for i in range(raw.shape[1])]
        self.table.setColumnCount(raw.shape[1] + 1)
        self.table.setRowCount(n)
        self.table.setHorizontalHeaderLabels(names + [self.tr("target")])
        for i in range(n):
            for j, value in enumerate(raw[i]):
                self.table.setItem(i, j, _cell(f"{value:.4g}"))
            target = ds.y_train[i]
            text = ds.class_names[int(target)] if ds.task == "classification" else f"{float(np.ravel(target)[0]):.4g}"
            self.table.setItem(i, raw.shape[1], _cell(text))


class ClassBalance(QWidget):
    """Per class: training and test counts as labelled bars (sample counts for regression)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("classBalance")
        self.setToolTip(self.tr("How many samples of each class the training and test sets hold."))
        self.grid = QGridLayout(self)
        self.rows: list[tuple[str, int, int]] = []

    def set_dataset(self, dataset) -> None:
        _empty(self.grid)
        self.rows = []
        if dataset is None:
            return
        counts = dataset.class_counts()
        if dataset.task != "classification":
            self.grid.addWidget(QLabel(self.tr("{train} training samples, {test} test samples").format(
                train=dataset.n_train, test=dataset.n_test)), 0, 0)
            return
        self.grid.addWidget(QLabel(self.tr("Class")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Training")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Test")), 0, 2)
        top = max([*counts["train"].values(), *counts["test"].values(), 1])
        for i, name in enumerate(dataset.class_names):
            train, test = counts["train"][name], counts["test"][name]
            self.rows.append((name, train, test))
            swatch = QLabel(name)
            swatch.setStyleSheet(f"border-left: 10px solid {class_color(i).name()}; padding-left: 4px;")
            self.grid.addWidget(swatch, i + 1, 0)
            for column, count, tip in ((1, train, self.tr("{n} training samples of class {name}")),
                                       (2, test, self.tr("{n} test samples of class {name}"))):
                bar = _bar(count, top, class_color(i))
                bar.setToolTip(tip.format(n=count, name=name))
                self.grid.addWidget(bar, i + 1, column)


def _empty(layout) -> None:
    """Removes and deletes every widget of ``layout`` (unparented now, so findChildren
    no longer sees them before Qt deletes them)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def _bar(value: int, top: int, color: QColor) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, top)
    bar.setValue(value)
    bar.setFormat("%v")
    bar.setMaximumHeight(16)
    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color.name()}; }}")
    return bar


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


def _as_images(raw: np.ndarray) -> np.ndarray:
    """(n, h, w) gray images from raw image data (n, h, w), (n, h, w, 1) or (n, side*side)."""
    raw = np.asarray(raw, dtype=np.float64)
    if raw.ndim == 4:
        raw = raw.mean(axis=3)
    elif raw.ndim == 2:
        side = int(round(np.sqrt(raw.shape[1])))
        raw = raw.reshape(len(raw), side, side)
    return raw


def _pixmap(image: np.ndarray, top: float) -> QPixmap:
    """Dark ink on white, enlarged without smoothing so the pixels stay visible."""
    gray = np.ascontiguousarray(255 - np.clip(image / top * 255, 0, 255).astype(np.uint8))
    h, w = gray.shape
    qimage = QImage(gray.data, w, h, w, QImage.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(IMAGE_PIXELS, IMAGE_PIXELS, Qt.KeepAspectRatio, Qt.FastTransformation)
