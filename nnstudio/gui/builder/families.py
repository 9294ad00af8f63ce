"""Layer families: one colour (``project.layer_types``) and one icon each, shared by the palette,
the blocks and the gallery thumbnails. Icons are drawn with QPainter so they need no image files
or SVG plugin."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from nnstudio.project.layer_types import FAMILY_COLORS, family_of

ERROR_COLOR = "#D32F2F"
ERROR_FILL = "#FFEBEE"
ERROR_TEXT = "#B71C1C"
ACCENT_COLOR = "#1565C0"
CANVAS_BACKGROUND = "#F4F6F9"


def family_color(class_name_or_family: str) -> QColor:
    family = class_name_or_family if class_name_or_family in FAMILY_COLORS else family_of(class_name_or_family)
    return QColor(FAMILY_COLORS[family])


def _glyph(painter: QPainter, family: str, r: QRectF):
    """A tiny white pictogram of the family inside ``r``."""
    pen = QPen(QColor("white"), max(1.2, r.width() / 10), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    x, y, w, h = r.x(), r.y(), r.width(), r.height()
    if family == "input":          # an arrow entering
        painter.drawLine(QPointF(x + w * .15, y + h * .5), QPointF(x + w * .8, y + h * .5))
        painter.drawLine(QPointF(x + w * .55, y + h * .25), QPointF(x + w * .8, y + h * .5))
        painter.drawLine(QPointF(x + w * .55, y + h * .75), QPointF(x + w * .8, y + h * .5))
    elif family == "core":         # two columns of neurons, fully connected
        left = [QPointF(x + w * .2, y + h * f) for f in (.25, .75)]
        right = [QPointF(x + w * .8, y + h * f) for f in (.2, .5, .8)]
        for a in left:
            for b in right:
                painter.drawLine(a, b)
    elif family == "activation":   # a ReLU-like bend
        path = QPainterPath(QPointF(x + w * .1, y + h * .75))
        path.lineTo(x + w * .5, y + h * .75)
        path.lineTo(x + w * .9, y + h * .2)
        painter.drawPath(path)
    elif family == "regularization":  # dropped (hollow) and kept (filled) neurons
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(x + w * .3, y + h * .3), w * .12, h * .12)
        painter.drawEllipse(QPointF(x + w * .7, y + h * .7), w * .12, h * .12)
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(QPointF(x + w * .7, y + h * .3), w * .12, h * .12)
        painter.drawEllipse(QPointF(x + w * .3, y + h * .7), w * .12, h * .12)
    elif family == "convolution":  # a grid with a window
        for f in (.35, .65):
            painter.drawLine(QPointF(x + w * f, y + h * .15), QPointF(x + w * f, y + h * .85))
            painter.drawLine(QPointF(x + w * .15, y + h * f), QPointF(x + w * .85, y + h * f))
    else:                          # loss: a falling curve
        path = QPainterPath(QPointF(x + w * .15, y + h * .2))
        path.quadTo(x + w * .3, y + h * .8, x + w * .85, y + h * .8)
        painter.drawPath(path)


def paint_family_badge(painter: QPainter, family: str, rect: QRectF):
    """A rounded square in the family's colour with its pictogram (palette icons, block headers)."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(FAMILY_COLORS.get(family, FAMILY_COLORS["core"])))
    painter.drawRoundedRect(rect, rect.width() * .22, rect.height() * .22)
    m = rect.width() * .18
    _glyph(painter, family, rect.adjusted(m, m, -m, -m))
    painter.restore()


@lru_cache(maxsize=None)
def family_icon(family: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pix = QPixmap(size, size)
        pix.fill(Qt.transparent)
        p = QPainter(pix)
        paint_family_badge(p, family, QRectF(1, 1, size - 2, size - 2))
        p.end()
        icon.addPixmap(pix)
    return icon


def layer_icon(class_name: str) -> QIcon:
    return family_icon(family_of(class_name))
