"""The graphics items of the neuron view: the links (one weight each, painted together) and a
neuron (with its bias and, for 2-D data, a thumbnail of its output over the input plane)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsRectItem

HOVER_WIDTH = 6.0  # links are easy to hover even when drawn thin


class Link:
    """The weight from unit ``i`` of one column to unit ``j`` of the next (``layer`` counts Dense
    layers from 0). Not a graphics item itself: :class:`LinksItem` paints all links at once."""

    __slots__ = ("layer", "i", "j", "line", "value", "_pen")

    def __init__(self, layer: int, i: int, j: int, line: QLineF):
        self.layer, self.i, self.j, self.line = layer, i, j, line
        self.value = 0.0
        self._pen = QPen()

    def pen(self) -> QPen:
        """The pen the link is drawn with (colour = sign, width = size)."""
        return self._pen


class LinksItem(QGraphicsItem):
    """Paints every link, grouped by pen: a few hundred ``drawLines`` calls' worth of work done
    in a few dozen, which keeps redrawing a 1 000-link network cheap while it trains."""

    def __init__(self, links, parent=None):
        super().__init__(parent)
        self.links = list(links)
        self._groups: list[tuple[QPen, list]] = []
        rect = QRectF()
        for link in self.links:
            rect = rect.united(QRectF(link.line.p1(), link.line.p2()).normalized())
        self._rect = rect.adjusted(-HOVER_WIDTH, -HOVER_WIDTH, HOVER_WIDTH, HOVER_WIDTH)
        self._x1 = np.array([k.line.x1() for k in self.links])
        self._y1 = np.array([k.line.y1() for k in self.links])
        self._x2 = np.array([k.line.x2() for k in self.links])
        self._y2 = np.array([k.line.y2() for k in self.links])

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_groups(self, groups):
        """``groups``: (pen, [links]) in drawing order (weak first, so strong links lie on top)."""
        self._groups = [(pen, [k.line for k in links]) for pen, links in groups]
        self.update()

    def paint(self, painter, option, widget=None):
        for pen, lines in self._groups:
            painter.setPen(pen)
            painter.drawLines(lines)

    def link_at(self, point, tolerance=HOVER_WIDTH / 2):
        """The link passing closest to ``point`` (scene coordinates), within ``tolerance``."""
        if not self.links:
            return None
        px, py = point.x(), point.y()
        dx, dy = self._x2 - self._x1, self._y2 - self._y1
        length2 = np.maximum(dx * dx + dy * dy, 1e-12)
        t = np.clip(((px - self._x1) * dx + (py - self._y1) * dy) / length2, 0.0, 1.0)
        d2 = (self._x1 + t * dx - px) ** 2 + (self._y1 + t * dy - py) ** 2
        best = int(np.argmin(d2))
        reach = max(tolerance, self.links[best].pen().widthF() / 2)
        return self.links[best] if d2[best] <= reach * reach else None


class NodeItem(QGraphicsRectItem):
    """One neuron; ``column`` 0 is the inputs. Hovering enlarges its thumbnail, clicking selects it."""

    def __init__(self, column: int, unit: int, rect: QRectF, canvas):
        super().__init__(rect)
        self.column, self.unit = column, unit
        self.canvas = canvas
        self.bias = None
        self.thumbnail: QGraphicsPixmapItem | None = None
        self.setBrush(QBrush(QColor("white")))
        self.setPen(QPen(QColor(120, 120, 120), 1.0))
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def set_thumbnail(self, pixmap):
        if pixmap is None:
            if self.thumbnail is not None:
                self.thumbnail.setVisible(False)
            return
        if self.thumbnail is None:
            self.thumbnail = QGraphicsPixmapItem(self)
            self.thumbnail.setTransformationMode(Qt.TransformationMode.FastTransformation)
        self.thumbnail.setPixmap(pixmap)
        r = self.rect()
        self.thumbnail.setScale(r.width() / max(1, pixmap.width()))
        self.thumbnail.setPos(r.topLeft())
        self.thumbnail.setVisible(True)

    def hoverEnterEvent(self, event):
        self.canvas.show_zoom(self)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event):
        self.canvas.hide_zoom()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.canvas.node_clicked(self)
            event.accept()
            return
        super().mousePressEvent(event)
