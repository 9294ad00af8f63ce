"""The arrows between blocks and the insertion marker shown while dragging."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from nnstudio.gui.builder.families import ACCENT_COLOR
from nnstudio.gui.builder.flow_layout import connector_route, row_bottoms

ARROW_COLOR = "#8A96A8"


class Connectors(QGraphicsItem):
    """Every arrow of the flow in one item (cheap to rebuild after each edit)."""

    def __init__(self):
        super().__init__()
        self.lines = QPainterPath()
        self.heads = QPainterPath()
        self.setZValue(-1)

    def set_routes(self, flow, anchor=None):
        self.prepareGeometryChange()
        self.lines, self.heads = QPainterPath(), QPainterPath()
        rects, bottoms = flow.rects, row_bottoms(flow)
        for i, (a, b) in enumerate(zip(rects, rects[1:])):
            pts = [QPointF(x, y) for x, y in connector_route(a, b, anchor, bottoms[i])]
            end = pts[-1]
            pts[-1] = QPointF(end.x() - 7, end.y())   # the line stops where the head starts
            self.lines.moveTo(pts[0])
            for p in pts[1:]:
                self.lines.lineTo(p)
            self.heads.addPolygon(QPolygonF([QPointF(end.x() - 9, end.y() - 5.5), end,
                                             QPointF(end.x() - 9, end.y() + 5.5)]))
            self.heads.closeSubpath()
        self.update()

    def boundingRect(self):
        return self.lines.boundingRect().united(self.heads.boundingRect()).adjusted(-3, -3, 3, 3)

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(ARROW_COLOR), 2, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self.lines)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(ARROW_COLOR))
        painter.drawPath(self.heads)


class InsertionMarker(QGraphicsPathItem):
    """A bold accent bar with round ends where a dropped layer will go."""

    def __init__(self):
        super().__init__()
        self.setZValue(10)
        self.setPen(QPen(QColor(ACCENT_COLOR), 5, Qt.SolidLine, Qt.RoundCap))
        self.setBrush(QColor(ACCENT_COLOR))
        self.gap = None
        self.hide()

    def show_gap(self, gap):
        self.gap = gap
        path = QPainterPath()
        path.moveTo(gap.x, gap.top - 4)
        path.lineTo(gap.x, gap.bottom + 4)
        path.addEllipse(QRectF(gap.x - 6, gap.top - 10, 12, 12))
        path.addEllipse(QRectF(gap.x - 6, gap.bottom - 2, 12, 12))
        self.setPath(path)
        self.show()

    def clear(self):
        self.gap = None
        self.hide()
