"""What every insight view shares: the live model it shows, redraws driven by the part's timer
(only when shown and when the model moved), and a message page for "nothing to show here"."""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

import numpy as np

from nnstudio.gui.user_text import user_text


def qcolor(rgb, alpha=255) -> QColor:
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), int(alpha))


def rgba_pixmap(rgba) -> QPixmap:
    """uint8 (h, w, 4) RGBA -> QPixmap (copied, so the array may go away)."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    h, w = rgba.shape[:2]
    image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image.copy())


def gray_pixmap(values, vmax=16.0, size=None) -> QPixmap:
    """A 2-D array 0..vmax as a white-on-black picture (how the digits look), scaled to ``size``."""
    v = np.clip(np.asarray(values, dtype=np.float64) / vmax * 255.0, 0, 255).astype(np.uint8)
    v = np.ascontiguousarray(v)
    h, w = v.shape
    image = QImage(v.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    pixmap = QPixmap.fromImage(image)
    if size:
        pixmap = pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
    return pixmap


def image_pixmap(values, vmax, size=None) -> QPixmap:
    """A picture (h, w), (h, w, 1) or colour (h, w, 3), values 0..vmax, as it looks (no
    inversion), enlarged to ``size`` without smoothing so its pixels stay visible."""
    v = np.asarray(values, dtype=np.float64)
    if v.ndim == 3 and v.shape[2] == 1:
        v = v[..., 0]
    if v.ndim == 2:
        return gray_pixmap(v, vmax, size)
    rgb = np.clip(v[..., :3] / vmax * 255.0, 0, 255)
    rgba = np.empty(rgb.shape[:2] + (4,), np.uint8)
    rgba[..., :3] = np.rint(rgb)
    rgba[..., 3] = 255
    pixmap = rgba_pixmap(rgba)
    if size:
        pixmap = pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
    return pixmap


def pixel_range(dataset) -> float:
    """The largest raw pixel value of an image data set (16 for the 8×8 digits, 255 for pictures)."""
    return float(getattr(dataset.transform, "max_value", 16.0))


def describe(widget, name: str, description: str, tooltip: bool = True):
    """Accessible name and description (screen readers, the classroom's checks); the description
    is also the tooltip unless ``tooltip`` is False (views whose items have their own tooltips)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if tooltip and not widget.toolTip():
        widget.setToolTip(description)


def plain_axis(axis):
    """Black axis with plain numbers (pyqtgraph would otherwise rescale small ranges to '(x0.001)')."""
    axis.setTextPen("k")
    axis.setPen("k")
    axis.setSIPrefixEnableRanges(())
    axis.updateAutoSIPrefix()


def fmt(value, digits=6) -> str:
    """A number as people read it: up to ``digits`` significant digits, a true minus sign."""
    text = f"{float(value):.{digits}g}"
    return text.replace("-", "−")


class PaintClock:
    """CPU seconds the insight views spent painting, so the part's redraw budget counts painting too."""

    seconds = 0.0

    @classmethod
    def take(cls) -> float:
        spent, cls.seconds = cls.seconds, 0.0
        return spent


def timed_paint(cls):
    """A subclass of the graphics view ``cls`` whose painting is counted by :class:`PaintClock`."""
    class Timed(cls):
        def paintEvent(self, event):
            start = time.thread_time()
            super().paintEvent(event)
            PaintClock.seconds += time.thread_time() - start
    Timed.__name__ = f"Timed{cls.__name__}"
    return Timed


GraphicsLayoutWidget = timed_paint(pg.GraphicsLayoutWidget)
PlotWidget = timed_paint(pg.PlotWidget)


class InsightView(QWidget):
    """Subclasses build their content in ``content`` and implement ``update_view``."""

    def __init__(self, live, parent=None):
        super().__init__(parent)
        self.live = live
        self.drawn_version = -1
        self._drawn_structure = -1
        self._stack = QStackedLayout(self)
        self.content = QWidget()
        self._message = QLabel()
        self._message.setObjectName("insightMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        self._stack.addWidget(self.content)
        self._stack.addWidget(self._message)

    # ----- driven by the part -------------------------------------------------------------
    def is_shown(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def needs_refresh(self) -> bool:
        return self.drawn_version != self.live.version

    def refresh(self):
        """Redraw from the live model now."""
        self.drawn_version = self.live.version
        model = self.live.model()
        if model is None:
            self.show_message(user_text(self.live.error) or self.tr("No data is loaded, or the network does not fit "
                                                                    "the data yet."))
            return
        # a network change is handled once the view has a model to draw it from
        structure_changed = self._drawn_structure != self.live.structure_version
        self._drawn_structure = self.live.structure_version
        self.update_view(model, structure_changed)

    @property
    def drawn_structure(self) -> int:
        """The live model's structure version this view last drew (a new one means it rebuilt)."""
        return self._drawn_structure

    def redraw_now(self):
        """A setting of the view itself changed: redraw even if the model did not."""
        self.drawn_version = -1
        self.refresh()

    def update_view(self, model, structure_changed: bool):
        raise NotImplementedError

    # ----- message page ---------------------------------------------------------------------
    def show_message(self, text: str):
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def show_content(self):
        self._stack.setCurrentWidget(self.content)

    @property
    def message(self) -> str | None:
        return self._message.text() if self._stack.currentWidget() is self._message else None
