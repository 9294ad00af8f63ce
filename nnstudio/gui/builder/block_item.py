"""One block of the network diagram: a layer (or the final loss) with its key setting, output
shape, parameter count and, when it cannot fit, the reason and a one-click fix."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from nnstudio.gui.builder.families import (ACCENT_COLOR, ERROR_COLOR, ERROR_FILL, ERROR_TEXT, family_color,
                                           family_of, paint_family_badge)

BLOCK_W = 232.0
HEADER_H = 28.0
BASE_H = 102.0
PAD = 10.0
FIX_H = 28.0


def _font(px, weight=QFont.Normal):
    f = QFont()
    f.setPixelSize(px)
    f.setWeight(weight)
    return f


TITLE_PX, MIN_TITLE_PX = 14, 10
TITLE_FONT, NAME_FONT, KEY_FONT, META_FONT, ERROR_FONT = (
    _font(TITLE_PX, QFont.Bold), _font(13), _font(14, QFont.DemiBold), _font(13), _font(13))


@lru_cache(maxsize=256)
def fitted_title(text: str, width: float) -> tuple[QFont, str]:
    """The font and text of a block's title in ``width`` pixels: the title font, a size smaller
    each time the whole name does not fit ("GlobalAveragePooling2D"), elided only below
    ``MIN_TITLE_PX``."""
    for px in range(TITLE_PX, MIN_TITLE_PX - 1, -1):
        font = _font(px, QFont.Bold)
        if QFontMetrics(font).horizontalAdvance(text) <= width:
            return font, text
    return font, QFontMetrics(font).elidedText(text, Qt.ElideRight, int(width))


def title_width(error: bool) -> float:
    """Room for the title: the header less the family badge and, on a block in error, the "!"."""
    return BLOCK_W - 2 * PAD - 22 - (22 if error else 0)


@dataclass(frozen=True)
class BlockContent:
    """What a block shows; ``index`` is the layer's position, or -1 for the loss block."""
    index: int
    class_name: str
    title: str
    name: str
    key: str
    meta: str
    error: str = ""
    fix_text: str = ""
    tooltip: str = ""
    output_shape: tuple | None = None
    params: int = 0

    @property
    def is_loss(self):
        return self.index < 0


class _HoverShade:
    """Items drawn a shade darker while the pointer is over them (``_hover``)."""

    _hover = False

    def hoverEnterEvent(self, event):
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event):
        self._hover = False
        self.update()


class FixButton(_HoverShade, QGraphicsObject):
    """The red "Fix: …" button on a block in error."""

    clicked = Signal()

    def __init__(self, parent):
        super().__init__(parent)
        self.text = ""
        self.width = BLOCK_W - 2 * PAD
        self._hover = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)

    def boundingRect(self):
        return QRectF(0, 0, self.width, FIX_H)

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor("#9A1B1B" if self._hover else ERROR_COLOR))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        painter.setPen(QColor("white"))
        painter.setFont(META_FONT)
        text = QFontMetrics(META_FONT).elidedText(self.text, Qt.ElideRight, int(self.width - 12))
        painter.drawText(self.boundingRect(), Qt.AlignCenter, text)

    def mousePressEvent(self, event):
        event.accept()

    def mouseReleaseEvent(self, event):
        if self.boundingRect().contains(event.pos()):
            self.clicked.emit()


class BlockItem(_HoverShade, QGraphicsObject):
    fix_clicked = Signal(int)

    def __init__(self):
        super().__init__()
        self.content: BlockContent | None = None
        self.selected = False
        self._hover = False
        self._height = BASE_H
        self._error_h = 0.0
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.fix_button = FixButton(self)
        self.fix_button.clicked.connect(lambda: self.content and self.fix_clicked.emit(self.content.index))
        self.fix_button.hide()

    # ----- content ----------------------------------------------------------------------
    def set_content(self, content: BlockContent):
        if content == self.content:
            return
        self.prepareGeometryChange()
        self.content = content
        self._error_h = 0.0
        if content.error:
            r = QFontMetrics(ERROR_FONT).boundingRect(0, 0, int(BLOCK_W - 2 * PAD), 10000, Qt.TextWordWrap,
                                                     content.error)
            self._error_h = r.height() + 6
        self._height = BASE_H + self._error_h + ((FIX_H + PAD) if content.fix_text else 0)
        self.fix_button.setVisible(bool(content.fix_text))
        if content.fix_text:
            self.fix_button.text = content.fix_text
            self.fix_button.setPos(PAD, BASE_H + self._error_h)
            self.fix_button.setToolTip(content.fix_text)
            self.fix_button.update()
        self.setToolTip(content.tooltip)
        self.update()

    def description(self) -> str:
        """Everything the block says, as one sentence (tests, accessibility)."""
        c = self.content
        return f"{c.title} {c.name}: {c.key}. {c.meta}. {c.error} {c.fix_text}".strip() if c else ""

    def set_selected(self, selected: bool):
        if selected != self.selected:
            self.selected = selected
            self.update()

    @property
    def height(self):
        return self._height

    # texts the tests and screen readers read
    @property
    def output_shape(self):
        return self.content.output_shape if self.content else None

    @property
    def params(self):
        return self.content.params if self.content else 0

    @property
    def error_text(self):
        return self.content.error if self.content else ""

    def texts(self) -> list[str]:
        c = self.content
        return [t for t in (c.title, c.name, c.key, c.meta, c.error, c.fix_text) if t] if c else []

    # ----- painting ---------------------------------------------------------------------
    def boundingRect(self):
        return QRectF(-6, -6, BLOCK_W + 12, self._height + 12)

    def block_rect(self):
        return QRectF(0, 0, BLOCK_W, self._height)

    def paint(self, painter: QPainter, option, widget=None):
        c = self.content
        if c is None:
            return
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        rect = self.block_rect()
        error = bool(c.error)
        family = "loss" if c.is_loss else family_of(c.class_name)
        color = family_color(family)
        # shadow, body, header
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(0, 0, 0, 34 if self._hover else 22))
        painter.drawRoundedRect(rect.translated(0, 2.5), 10, 10)
        painter.setBrush(QColor(ERROR_FILL) if error else QColor("white"))
        painter.drawRoundedRect(rect, 10, 10)
        header = QPainterPath()
        header.addRoundedRect(rect, 10, 10)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, BLOCK_W, HEADER_H))
        painter.setBrush(color)
        painter.drawPath(header.intersected(clip))
        paint_family_badge(painter, family, QRectF(PAD - 2, 5, 18, 18))
        painter.setPen(QColor("white"))
        title_w = title_width(error)
        font, title = fitted_title(c.title, title_w)
        painter.setFont(font)
        painter.drawText(QRectF(PAD + 22, 0, title_w, HEADER_H), Qt.AlignVCenter | Qt.AlignLeft, title)
        if error:  # a white disc with a red "!" in the header's right corner
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor("white"))
            painter.drawEllipse(QRectF(BLOCK_W - PAD - 18, 5, 18, 18))
            painter.setPen(QColor(ERROR_COLOR))
            painter.setFont(TITLE_FONT)
            painter.drawText(QRectF(BLOCK_W - PAD - 18, 5, 18, 18), Qt.AlignCenter, "!")
        # body lines
        inner_w = BLOCK_W - 2 * PAD
        y = HEADER_H + 7
        for text, font, colour, h in ((c.name, NAME_FONT, "#5F6B7A", 17), (c.key, KEY_FONT, "#1F2933", 21),
                                      (c.meta, META_FONT, "#5F6B7A", 17)):
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(PAD, y, inner_w, h), Qt.AlignVCenter | Qt.AlignLeft,
                             QFontMetrics(font).elidedText(text, Qt.ElideRight, int(inner_w)))
            y += h + 2
        if error:
            painter.setFont(ERROR_FONT)
            painter.setPen(QColor(ERROR_TEXT))
            painter.drawText(QRectF(PAD, BASE_H - 4, inner_w, self._error_h + 4), Qt.TextWordWrap | Qt.AlignLeft,
                             c.error)
        # outline: error red, selection accent, otherwise the family colour
        painter.setBrush(Qt.NoBrush)
        if error:
            painter.setPen(QPen(QColor(ERROR_COLOR), 2.5))
        else:
            painter.setPen(QPen(color.darker(110) if self._hover else color, 1.5))
        painter.drawRoundedRect(rect, 10, 10)
        if self.selected:
            painter.setPen(QPen(QColor(ACCENT_COLOR), 3))
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 13, 13)
