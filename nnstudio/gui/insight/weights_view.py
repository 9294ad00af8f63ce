"""Weights and gradients: per layer, the histogram of its weights now, how that histogram moved
over the epochs (a heatmap: epoch across, value up), the same for the gradients on a probe
batch, and the share of dead ReLU units."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout

from nnstudio.gui.insight.view_base import GraphicsLayoutWidget, InsightView, describe, plain_axis
from nnstudio.insight.layer_stats import dead_relu_units
from nnstudio.insight.outputs import layer_outputs

ROW_HEIGHT = 150
DEAD_WARNING = 0.5


def _heat(matrix):
    """Counts (snapshots, bins) -> brightness per column, log-scaled so thin tails still show."""
    m = np.log1p(np.asarray(matrix, dtype=np.float64))
    top = m.max(axis=1, keepdims=True)
    return np.divide(m, top, out=np.zeros_like(m), where=top > 0)


class _LayerRow:
    """The three plots of one layer."""

    def __init__(self, graphics, row, title, cmap, labels):
        self.title = graphics.addLabel(title, row=2 * row, col=0, colspan=3, justify="left", color="k", size="10pt")
        self.hist = graphics.addPlot(row=2 * row + 1, col=0)
        self.weights = graphics.addPlot(row=2 * row + 1, col=1)
        self.grads = graphics.addPlot(row=2 * row + 1, col=2)
        self.curve = self.hist.plot(stepMode="center", fillLevel=0, brush=(0, 114, 178, 150), pen=pg.mkPen("#0072B2"))
        self.weights_image = pg.ImageItem(axisOrder="row-major")
        self.grads_image = pg.ImageItem(axisOrder="row-major")
        for image in (self.weights_image, self.grads_image):
            image.setColorMap(cmap)
        self.weights.addItem(self.weights_image)
        self.grads.addItem(self.grads_image)
        for plot, x, y in ((self.hist, "weight value", "count"), (self.weights, "epoch", "weight value"),
                           (self.grads, "epoch", "gradient value")):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(False, False)
            plot.setLabel("bottom", labels[x], color="k")
            plot.setLabel("left", labels[y], color="k")
            for axis in ("bottom", "left"):
                plain_axis(plot.getAxis(axis))


class WeightsView(InsightView):
    def __init__(self, live, history, parent=None):
        super().__init__(live, parent)
        self.setObjectName("weightsView")
        self.history = history
        self.dead = []
        self.graphics = GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.ci.layout.setColumnStretchFactor(0, 1)
        self.graphics.ci.layout.setColumnStretchFactor(1, 1)
        self.graphics.ci.layout.setColumnStretchFactor(2, 1)
        describe(self.graphics, self.tr("Weights and gradients"),
                 self.tr("Per layer: the weights now, and how weights and gradients spread over the epochs"),
                 tooltip=False)
        self.summary = QLabel()
        self.summary.setObjectName("deadReluSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.graphics, 1)
        self.rows: list[_LayerRow] = []
        self._cmap = pg.colormap.get("viridis")
        self._labels = {
            "weight value": self.tr("weight value"), "count": self.tr("count"), "epoch": self.tr("epoch"),
            "gradient value": self.tr("gradient value")}

    def update_view(self, model, structure_changed):
        self.history.ensure(model)     # the part's recorder may not have seen a new network yet
        layers = self.history.layers
        if not layers:
            self.show_message(self.tr("This network has no layers with weights yet."))
            return
        if len(self.rows) != len(layers):   # same depth: the rows (a dozen plots) are reused
            self._build(model)
        x, _ = self.live.probe_batch()
        self.dead = dead_relu_units(layer_outputs(model, x), model)
        dead_by_layer = {d.layer_index: d for d in self.dead}
        for row, h in zip(self.rows, layers):
            self._draw_row(row, h, model, dead_by_layer.get(h.layer_index))
        self._draw_summary()
        self.show_content()

    def _build(self, model):
        self.graphics.clear()
        self.rows = []
        for r, h in enumerate(self.history.layers):
            self.rows.append(_LayerRow(self.graphics, r, h.layer_name, self._cmap, self._labels))
        if self.rows:
            first = self.rows[0]
            first.hist.setTitle(self.tr("Weights now"), color="k", size="9pt")
            first.weights.setTitle(self.tr("Weights over the epochs"), color="k", size="9pt")
            first.grads.setTitle(self.tr("Gradients over the epochs (probe batch)"), color="k", size="9pt")
        self.graphics.setMinimumHeight(ROW_HEIGHT * len(self.rows))

    def _draw_row(self, row, h, model, dead):
        layer = model.layers[h.layer_index]
        activation = getattr(getattr(layer, "activation", None), "name", "")
        title = f"<b>{h.layer_name}</b> ({h.class_name}, {activation})"
        if dead is not None:
            share = self.tr("dead ReLU units: %1 of %2 (%3 %)").replace("%1", str(dead.dead)).replace(
                "%2", str(dead.total)).replace("%3", f"{100 * dead.share:.0f}")
            colour = "#D55E00" if dead.share >= DEAD_WARNING else "#333333"
            title += f" — <span style='color:{colour}'>{share}</span>"
        row.title.setText(title, color="k", size="10pt")
        kernel = layer.weights_dict["kernel"]
        counts = h.weights.counts(kernel)
        row.curve.setData(h.weights.edges, counts)
        for image, hist in ((row.weights_image, h.weights), (row.grads_image, h.gradients)):
            matrix = hist.matrix()
            if len(matrix) == 0:
                image.clear()
                continue
            # rows = value bins (up), columns = snapshots (across)
            image.setImage(_heat(matrix).T, levels=(0.0, 1.0), autoLevels=False)
            first, last = hist.labels[0], hist.labels[-1]
            width = max(1, last - first + 1)
            image.setRect(QRectF(first - 0.5, -hist.range, width, 2 * hist.range))

    def _draw_summary(self):
        if not self.dead:
            self.summary.setText(self.tr("No ReLU layers, so no dead units to count. Heatmaps: brighter = more "
                                         "weights (gradients) with that value at that epoch."))
            return
        parts = [f"{d.layer_name}: {100 * d.share:.0f} %" for d in self.dead]
        self.summary.setText(self.tr("Dead ReLU units (output 0 for every probe sample): %1. Heatmaps: brighter = "
                                     "more weights (gradients) with that value at that epoch.").replace(
                                         "%1", ", ".join(parts)))

    def dead_share(self, layer_name: str) -> float | None:
        for d in self.dead:
            if d.layer_name == layer_name:
                return d.share
        return None
