"""One live metric plot (loss, or accuracy / mae): styled for a projector, fast for long runs.

A ``MetricPlot`` is a pyqtgraph ``PlotWidget`` with named curves fed from growing series, a
legend that lists only the curves that have data, vertical markers (learning-rate changes,
divergence) and a cursor line for the hover readout. Clip-to-view and peak downsampling keep
it smooth at 100k points.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem

FOREGROUND = "#222222"
AXIS_FONT_PT = 11
LABEL_STYLE = {"color": FOREGROUND, "font-size": "12pt"}


def dimmed(color: str, alpha: int = 110) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


LADDER = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k that is ≥ ``value`` (> 0)."""
    scale = 10.0 ** math.floor(math.log10(value))
    return next(m * scale for m in LADDER if m * scale >= value * (1 - 1e-12))


def nice_bounds(low: float, high: float, from_zero: bool) -> tuple:
    """Round bounds around [low, high] on a 1-2-5 grid of about eight steps; from 0 when asked
    (a loss is never negative) and the data is not below it."""
    if from_zero and low >= 0:
        low = 0.0
    span = max(high - low, abs(high) * 0.05, 1e-6)
    raw = span / 8
    scale = 10.0 ** math.floor(math.log10(raw))
    step = next(m * scale for m in (1.0, 2.0, 5.0, 10.0) if m * scale >= raw)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    return (low - step, high + step) if high <= low else (low, high)


class MetricPlot(pg.PlotWidget):
    mouse_left = Signal()

    def __init__(self, object_name: str, y_label: str, legend_offset=(-10, 10), parent=None):
        """``legend_offset``: where the legend sits (pyqtgraph: negative x = from the right, negative
        y = from the bottom); away from where the curves usually run."""
        super().__init__(parent=parent, background="w")
        self.setObjectName(object_name)
        self.setMinimumSize(260, 180)
        item = self.getPlotItem()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setMenuEnabled(True)
        font = QFont()
        font.setPointSize(AXIS_FONT_PT)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(FOREGROUND))
            axis.setTextPen(pg.mkPen(FOREGROUND))
            axis.setTickFont(font)
            axis.enableAutoSIPrefix(False)     # "Accuracy (x0.001)" helps nobody
        self.set_labels(y_label)
        self.legend = item.addLegend(offset=legend_offset, labelTextColor=FOREGROUND, labelTextSize="11pt",
                                     brush=pg.mkBrush(255, 255, 255, 210), pen=pg.mkPen("#bbbbbb"))
        # The axes (with their grid lines across the plot) and the legend are drawn once into a
        # pixmap and reused while only the curves move: a frame then replays no tick text.
        for part in (item.getAxis("left"), item.getAxis("bottom"), self.legend):
            part.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend.setVisible(False)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._titles: dict[str, str] = {}
        self._versions: dict[str, int] = {}
        self._in_legend: set[str] = set()
        self._markers: list[pg.InfiniteLine] = []
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1, style=Qt.DashLine))
        self.cursor.setVisible(False)
        self.cursor.setZValue(-5)
        item.addItem(self.cursor, ignoreBounds=True)
        # The view follows the data by our own fit (see fit()): pyqtgraph's auto-range re-ranges
        # during the paint and so paints every frame twice. Panning or zooming stops following;
        # fit(force=True) (the Fit button) starts again.
        self.following = True
        self.y_from_zero = True       # losses and errors start at 0; accuracy zooms to its data
        self.marker_height = 0.5      # where marker labels sit, away from the legend
        self._applied = None
        self.paint_seconds = 0.0      # what the last frame cost (the curves' timer adapts to it)
        item.disableAutoRange()
        item.vb.sigRangeChangedManually.connect(self._stop_following)

    def set_labels(self, y_label: str):
        item = self.getPlotItem()
        item.setLabel("left", y_label, **LABEL_STYLE)
        item.setLabel("bottom", self.tr("Epoch"), **LABEL_STYLE)

    # ----- curves ------------------------------------------------------------------------------
    def add_curve(self, key: str, title: str, color, width=2.5, style=Qt.SolidLine, symbol=None, z=0):
        pen = pg.mkPen(color, width=width, style=style)
        curve = self.getPlotItem().plot([], [], pen=pen, symbol=symbol, symbolSize=6,
                                        symbolBrush=color, symbolPen=None)
        curve.setZValue(z)
        self.curves[key] = curve
        self._titles[key] = title
        self._versions[key] = -1
        return curve

    def remove_curve(self, key: str):
        curve = self.curves.pop(key, None)
        if curve is not None:
            self._drop_legend(key, curve)
            self.getPlotItem().removeItem(curve)
            self._titles.pop(key, None)
            self._versions.pop(key, None)

    def update_curve(self, key: str, series) -> bool:
        """Hand ``series`` (a GrowingSeries) to the curve if it changed since the last call."""
        curve = self.curves[key]
        if self._versions.get(key) == series.version:
            return False
        self._versions[key] = series.version
        curve.setData(series.x, series.y)
        if len(series) and key not in self._in_legend:
            self.legend.addItem(curve, self._titles[key])
            self._in_legend.add(key)
        elif not len(series):
            self._drop_legend(key, curve)
        self.legend.setVisible(bool(self._in_legend))      # no empty frame before the first run
        return True

    def set_curve_title(self, key: str, title: str):
        if self._titles.get(key) != title:
            self._titles[key] = title
            curve = self.curves[key]
            if key in self._in_legend:
                self._drop_legend(key, curve)
                self.legend.addItem(curve, title)
                self._in_legend.add(key)

    def _drop_legend(self, key, curve):
        if key in self._in_legend:
            self.legend.removeItem(curve)
            self._in_legend.discard(key)
        self.legend.setVisible(bool(self._in_legend))

    # ----- markers -----------------------------------------------------------------------------
    def set_markers(self, markers):
        """``markers``: dicts with "epoch" and "text" (learning-rate changes, divergence). Markers
        at one epoch share a line and a label; the label sits left of its line at ``marker_height``
        (a fraction of the plot's height), clear of the legend and of the newest data."""
        item = self.getPlotItem()
        for line in self._markers:
            item.removeItem(line)
        self._markers = []
        groups: dict[float, list] = {}
        for m in markers:
            groups.setdefault(round(float(m["epoch"]), 9), []).append(m)
        for i, (epoch, group) in enumerate(sorted(groups.items())):
            color = "#B22222" if any(m.get("kind") == "diverged" for m in group) else "#6A3D9A"
            line = pg.InfiniteLine(pos=epoch, angle=90, movable=False,
                                   pen=pg.mkPen(color, width=1.5, style=Qt.DashDotLine),
                                   label="\n".join(str(m.get("text", "")) for m in group),
                                   labelOpts={"position": self.marker_height + 0.12 * (i % 3), "color": color,
                                              "anchors": [(1, 0.5), (1, 0.5)],
                                              "fill": pg.mkBrush(255, 255, 255, 225), "movable": False})
            line.label.setFont(self._marker_font())
            item.addItem(line, ignoreBounds=True)
            self._markers.append(line)

    @staticmethod
    def _marker_font():
        font = QFont()
        font.setPointSize(10)
        return font

    def paintEvent(self, event):
        started = time.thread_time()
        super().paintEvent(event)
        self.paint_seconds = time.thread_time() - started     # CPU time the frame cost

    def leaveEvent(self, event):
        super().leaveEvent(event)
        self.mouse_left.emit()

    # ----- view --------------------------------------------------------------------------------
    def set_log_y(self, on: bool):
        self.getPlotItem().setLogMode(y=on)
        self.fit(force=True)

    def auto_range(self):
        self.fit(force=True)

    def reset_view(self):
        """Forget a zoom or pan: follow the data, or show 0…1 on both axes when there is none."""
        self.following, self._applied = True, None
        self.getPlotItem().vb.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.02)
        self.fit(force=True)

    def _stop_following(self, *_):
        self.following = False

    def fit(self, force=False):
        """Show all the data, unless the user panned or zoomed away. The bounds are round numbers
        that change in steps (see nice_bounds), so while a run grows most frames keep the range:
        no axis re-layout, no re-clipping, a steady picture."""
        if force:
            self.following = True
            self._applied = None
        if not self.following:
            return
        item = self.getPlotItem()
        log_y = item.ctrl.logYCheck.isChecked()
        xs, ys = [], []
        for curve in self.curves.values():
            x, y = curve.xData, curve.yData
            if x is None or not len(x) or not curve.isVisible():
                continue
            if log_y:
                keep = y > 0
                x, y = x[keep], np.log10(y[keep])
                if not len(x):
                    continue
            xs += [np.nanmin(x), np.nanmax(x)]
            ys += [np.nanmin(y), np.nanmax(y)]
        if not xs:
            return
        x0 = math.floor(min(xs))
        x_range = (x0, x0 + nice_ceil(max(max(xs) - x0, 1.0)))
        if log_y:
            y_range = (math.floor(min(ys)), max(math.ceil(max(ys)), math.floor(min(ys)) + 1))
        else:
            y_range = nice_bounds(min(ys), max(ys), self.y_from_zero)
        if (x_range, y_range) == self._applied:
            return
        self._applied = (x_range, y_range)
        item.vb.setRange(xRange=x_range, yRange=y_range, padding=0.02)
        # apply the new range now, not in the paint (pyqtgraph's prepareForPaint): clip-to-view and
        # downsampling then redo their data before the frame instead of asking for a second one
        item.vb.updateMatrix()

    def show_cursor(self, x):
        if x is None:
            self.cursor.setVisible(False)
        else:
            self.cursor.setPos(x)
            self.cursor.setVisible(True)
