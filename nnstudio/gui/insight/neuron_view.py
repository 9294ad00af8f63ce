"""Neuron view: a dense network drawn as neurons and links (as TensorFlow Playground does).

Link colour is the weight's sign (blue positive, orange negative: colour-blind-safe), its width
the weight's size; a neuron's border shows its bias the same way. For 2-D data every neuron
shows a thumbnail of its output over the input plane; hovering enlarges it. Hover for exact
values; click a neuron to study it in the glass box. Up to 8 layers and 32 units per layer are
drawn; the rest is summarised ("… 64 more").

A network with convolutions is shown as pictures instead (``FeatureMapsPanel``): for a chosen
test picture, each Conv2D layer's filters and feature maps.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QLabel,
                               QToolTip, QVBoxLayout)

from nnstudio.gui.insight.feature_maps_panel import FeatureMapsPanel
from nnstudio.gui.insight.neuron_items import Link, LinksItem, NodeItem
from nnstudio.gui.insight.view_base import InsightView, describe, fmt, qcolor, rgba_pixmap, timed_paint
from nnstudio.insight import boundary, neurons
from nnstudio.insight.feature_maps import conv_layer_indices
from nnstudio.insight.palette import (NEGATIVE_HEX, POSITIVE_HEX, blend_to_white, diverging_rgb, hex_to_rgb,
                                      to_rgba_bytes)

MAX_UNITS = 32
MAX_LAYERS = 8
NODE = 30.0
PITCH = 40.0
COLUMN = 170.0
THUMB_RES = 24
ZOOM = 140.0
MIN_WIDTH, MAX_WIDTH = 0.5, 6.0
MIN_STRENGTH = 0.3   # the faintest link still shows its colour
LEVELS = 24          # link widths drawn: |w| relative to the largest, in this many steps


def link_pen(positive: bool, level: int) -> QPen:
    """Colour = sign (blue +, orange −); width and strength grow with the level of |w|.

    Opaque colours faded towards the white background, and flat caps: translucent round-capped
    antialiased lines paint 20–40× slower, which matters when a network redraws while training."""
    t = level / (LEVELS - 1)
    rgb = np.array(hex_to_rgb(POSITIVE_HEX if positive else NEGATIVE_HEX), dtype=float)
    faded = blend_to_white(rgb, MIN_STRENGTH + (1 - MIN_STRENGTH) * t)
    pen = QPen(qcolor(faded), MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * t)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


PENS = {}


def cached_pen(positive: bool, level: int) -> QPen:
    key = (positive, level)
    if key not in PENS:
        PENS[key] = link_pen(positive, level)
    return PENS[key]


class _Scene(QGraphicsScene):
    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas

    def helpEvent(self, event):
        # tooltips are written when asked for, from the current weights (not on every redraw)
        nodes = [i for i in self.items(event.scenePos()) if isinstance(i, NodeItem)]
        item = nodes[0] if nodes else self.canvas.link_at(event.scenePos())
        text = self.canvas.tooltip_for(item) if item is not None else ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.accept()
            return
        QToolTip.hideText()


class NeuronCanvas(timed_paint(QGraphicsView)):
    nodeClicked = Signal(int, int)   # column (0 = inputs), unit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("neuronCanvas")
        self.setScene(_Scene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.links: dict[tuple[int, int, int], Link] = {}
        self.links_item: LinksItem | None = None
        self.nodes: dict[tuple[int, int], NodeItem] = {}
        self.network: neurons.DenseNetwork | None = None
        self.column_names: list[str] = []
        self.input_names: list[str] = []
        self._zoom = None
        self._zoom_frame = None
        self._thumbs: dict[tuple[int, int], np.ndarray] = {}

    # ----- structure ------------------------------------------------------------------------------
    def build(self, network: neurons.DenseNetwork, input_names):
        scene = self.scene()
        scene.clear()
        self.links.clear()
        self.nodes.clear()
        self.links_item = None
        self._thumbs.clear()
        self.network = network
        self.input_names = list(input_names)
        columns = network.columns[:MAX_LAYERS + 1]
        font = QFont()
        font.setPointSizeF(9)
        highest = -(min(max(c.units for c in columns), MAX_UNITS) - 1) * PITCH / 2
        for c, col in enumerate(columns):
            shown = min(col.units, MAX_UNITS)
            x = c * COLUMN
            top = -(shown - 1) * PITCH / 2
            if c == 0:
                heading = self.tr("Inputs\n%1").replace("%1", str(col.units))
            else:
                units = self.tr("%1 units · %2").replace("%1", str(col.units)).replace("%2", col.activation)
                heading = f"{col.name}\n{units}"
            # headings in one row above the tallest column: links never cross them
            text = scene.addSimpleText(heading, font)
            text.setPos(x - text.boundingRect().width() / 2, highest - NODE / 2 - 14 - text.boundingRect().height())
            for u in range(shown):
                node = NodeItem(c, u, QRectF(x - NODE / 2, top + u * PITCH - NODE / 2, NODE, NODE), self)
                scene.addItem(node)
                self.nodes[(c, u)] = node
                if c == 0 and u < len(self.input_names) and col.units <= MAX_UNITS:
                    label = scene.addSimpleText(self.input_names[u], font)
                    r = label.boundingRect()
                    label.setPos(x - NODE / 2 - 6 - r.width(), top + u * PITCH - r.height() / 2)
            if col.units > shown:
                more = scene.addSimpleText(self.tr("… %1 more").replace("%1", str(col.units - shown)), font)
                more.setPos(x - more.boundingRect().width() / 2, top + shown * PITCH - NODE / 2 + 4)
        for c in range(1, len(columns)):
            for i in range(min(columns[c - 1].units, MAX_UNITS)):
                for j in range(min(columns[c].units, MAX_UNITS)):
                    a, b = self.nodes[(c - 1, i)].rect(), self.nodes[(c, j)].rect()
                    link = Link(c - 1, i, j, QLineF(a.right(), a.center().y(), b.left(), b.center().y()))
                    self.links[(c - 1, i, j)] = link
        self._link_list = list(self.links.values())
        self._link_index = (np.array([k.layer for k in self._link_list], dtype=np.intp),
                            np.array([k.i for k in self._link_list], dtype=np.intp),
                            np.array([k.j for k in self._link_list], dtype=np.intp))
        self.links_item = LinksItem(self._link_list)
        scene.addItem(self.links_item)
        hidden = len(network.columns) - len(columns)
        if hidden > 0:
            more = scene.addSimpleText(self.tr("… %n more layer(s)", "", hidden), font)
            more.setPos((len(columns) - 1) * COLUMN + NODE, -more.boundingRect().height() / 2)
        self._zoom_frame = QGraphicsRectItem(0, 0, ZOOM + 4, ZOOM + 4)
        self._zoom_frame.setBrush(QBrush(QColor("white")))
        self._zoom_frame.setPen(QPen(QColor(60, 60, 60), 1.5))
        self._zoom_frame.setZValue(100)
        self._zoom_frame.setVisible(False)
        scene.addItem(self._zoom_frame)
        self._zoom = QGraphicsPixmapItem(self._zoom_frame)
        self._zoom.setPos(2, 2)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -20, ZOOM, 20))
        self.fit()

    def fit(self):
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        scale = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height())
        scale = max(0.8, min(1.6, scale))   # readable text first; big networks scroll
        self.scale(scale, scale)
        self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / (2 * scale))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()

    # ----- values ----------------------------------------------------------------------------------
    def set_weights(self, kernels, biases):
        """``kernels[k]`` (inputs, units) and ``biases[k]`` feed Dense layer k."""
        links = self._link_list
        if links:
            layer, i, j = self._link_index
            values = np.empty(len(links))
            for k, kernel in enumerate(kernels):
                mine = layer == k
                values[mine] = kernel[i[mine], j[mine]]
            largest = float(np.abs(values).max())
            levels = np.rint(np.abs(values) / largest * (LEVELS - 1)).astype(int) if largest > 0 else \
                np.zeros(len(links), dtype=int)
            groups = {}
            for link, value, level in zip(links, values.tolist(), levels.tolist()):
                link.value = value
                link._pen = cached_pen(value >= 0, level)
                groups.setdefault((level, value >= 0), []).append(link)
            self.links_item.set_groups([(cached_pen(positive, level), group)
                                        for (level, positive), group in sorted(groups.items())])
        biggest_bias = max((float(np.abs(b).max()) for b in biases if b is not None and b.size), default=0.0)
        for (c, u), node in self.nodes.items():
            if c == 0:
                continue
            b = biases[c - 1]
            node.bias = float(b[u]) if b is not None else None
            if node.bias is None:
                continue
            t = min(1.0, abs(node.bias) / biggest_bias) if biggest_bias > 0 else 0.0
            rgb = np.array(hex_to_rgb(POSITIVE_HEX if node.bias >= 0 else NEGATIVE_HEX), dtype=float)
            node.setPen(QPen(qcolor(blend_to_white(rgb, 0.35 + 0.65 * t)), 1.0 + 3.0 * t))

    def set_thumbnails(self, column_values):
        """``column_values[c]``: (THUMB_RES², units) outputs of column c over the plane, or None."""
        self._thumbs.clear()
        for c, values in enumerate(column_values):
            if values is None:
                continue
            scale = float(np.abs(values).max()) or 1.0
            for u in range(min(values.shape[1], MAX_UNITS)):
                node = self.nodes.get((c, u))
                if node is None:
                    continue
                # rows of the grid go up in y; pictures go down: flip
                rgba = to_rgba_bytes(diverging_rgb(values[:, u].reshape(THUMB_RES, THUMB_RES)[::-1], scale))
                self._thumbs[(c, u)] = rgba
                node.set_thumbnail(rgba_pixmap(rgba))
        if not column_values or all(v is None for v in column_values):
            for node in self.nodes.values():
                node.set_thumbnail(None)

    # ----- interaction -------------------------------------------------------------------------------
    def show_zoom(self, node: NodeItem):
        rgba = self._thumbs.get((node.column, node.unit))
        if rgba is None or self._zoom is None:
            return
        pixmap = rgba_pixmap(rgba)
        self._zoom.setPixmap(pixmap)
        self._zoom.setScale(ZOOM / pixmap.width())
        r = node.rect()
        self._zoom_frame.setPos(r.right() + 8, r.center().y() - ZOOM / 2)
        self._zoom_frame.setVisible(True)

    def hide_zoom(self):
        if self._zoom_frame is not None:
            self._zoom_frame.setVisible(False)

    @property
    def zoom_visible(self) -> bool:
        return self._zoom_frame is not None and self._zoom_frame.isVisible()

    def node_clicked(self, node: NodeItem):
        self.nodeClicked.emit(node.column, node.unit)

    def link_at(self, scene_point) -> Link | None:
        return self.links_item.link_at(scene_point) if self.links_item is not None else None

    def tooltip_for(self, item) -> str:
        net = self.network
        if isinstance(item, Link):
            target = net.columns[item.layer + 1].name
            source = self._unit_name(item.layer, item.i)
            return self.tr("Weight into %1, from %2 to unit %3: %4").replace("%1", target).replace(
                "%2", source).replace("%3", str(item.j)).replace("%4", fmt(item.value, 8))
        if isinstance(item, NodeItem):
            if item.column == 0:
                return self.tr("Input %1").replace("%1", self._unit_name(0, item.unit))
            col = net.columns[item.column]
            text = self.tr("%1, unit %2 (%3)").replace("%1", col.name).replace("%2", str(item.unit)).replace(
                "%3", col.activation)
            if item.bias is not None:
                text += "\n" + self.tr("bias: %1").replace("%1", fmt(item.bias, 8))
            return text + "\n" + self.tr("Click to study it in the glass box")
        return ""

    def _unit_name(self, column, unit):
        if column == 0 and unit < len(self.input_names):
            return self.input_names[unit]
        return self.tr("unit %1").replace("%1", str(unit))


class NeuronView(InsightView):
    neuronSelected = Signal(int, int)   # model layer index of the Dense layer, unit

    def __init__(self, live, parent=None):
        super().__init__(live, parent)
        self.setObjectName("neuronView")
        self.canvas = NeuronCanvas()
        self.canvas.nodeClicked.connect(self._on_node_clicked)
        describe(self.canvas, self.tr("Neurons and weights"),
                 self.tr("The network's neurons and the weights between them; hover for values, click a "
                         "neuron to study it in the glass box"), tooltip=False)
        legend = QLabel(self.tr("Links: blue = positive weight, orange = negative; thicker = larger. "
                                "Node border: the bias, in the same colours. Hover for exact values; "
                                "click a neuron to study it in the glass box."))
        legend.setWordWrap(True)
        legend.setObjectName("neuronLegend")
        self.legend = legend
        self.feature_maps = FeatureMapsPanel()
        self.feature_maps.hide()
        self.feature_maps.sample.valueChanged.connect(self.redraw_now)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(legend)
        layout.addWidget(self.feature_maps, 1)
        self.network = None
        self._convolutional = False
        self._plane_inputs = None

    def update_view(self, model, structure_changed):
        ds = self.live.dataset
        if structure_changed:
            self._convolutional = bool(conv_layer_indices(model)) and ds.kind == "images"
            for w in (self.canvas, self.legend):
                w.setVisible(not self._convolutional)
            self.feature_maps.setVisible(self._convolutional)
            if self._convolutional:
                self.network = None
                self.feature_maps.set_dataset(ds)
        if self._convolutional:
            if ds.n_test == 0:
                self.show_message(self.tr("There is no test picture to show."))
                return
            self.feature_maps.show_model(model, ds)
            self.show_content()
            return
        if structure_changed or self.network is None:
            self.network = neurons.dense_network(model)
            if self.network is None:
                self.show_message(self.tr("The neuron view draws networks made of Dense layers. This network "
                                          "has other layers (e.g. convolutions); see Weights and gradients."))
                return
            self._plane_inputs = None
            if ds.kind == "points2d" and boundary.supports_plane(ds):
                plane = boundary.make_plane(ds)
                self._plane_inputs = ds.featurize(boundary.grid_raw(plane, THUMB_RES))
            self.canvas.build(self.network, neurons.input_names(ds))
        if self.network is None:
            return
        columns = self.network.columns[:MAX_LAYERS + 1]
        kernels = [neurons.kernel_of(model, self.network, c) for c in range(1, len(columns))]
        biases = [neurons.bias_of(model, self.network, c) for c in range(1, len(columns))]
        self.canvas.set_weights(kernels, biases)
        if self._plane_inputs is not None:
            values = neurons.column_outputs(model, self.network, self._plane_inputs)
            self.canvas.set_thumbnails(values[:len(columns)])
        self.show_content()

    def _on_node_clicked(self, column, unit):
        if column > 0 and self.network is not None:
            self.neuronSelected.emit(self.network.columns[column].layer_index, unit)

    # ----- for tests and scripts -------------------------------------------------------------------
    def link_item(self, layer: int, i: int, j: int) -> Link:
        """The link of Dense layer ``layer`` (0 = the first) from input unit ``i`` to unit ``j``."""
        return self.canvas.links[(layer, i, j)]

    def node_item(self, column: int, unit: int) -> NodeItem:
        """Neuron ``unit`` of ``column`` (0 = inputs, 1 = the first Dense layer)."""
        return self.canvas.nodes[(column, unit)]
