"""A pad to draw a digit on with the mouse (thick round brush, white ink on black like the
digits data), and bars showing the model's probability for each class."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD_SIZE = 256
BRUSH_WIDTH = 30.0


class DrawPad(QWidget):
    """Keeps the ink in a 256×256 grayscale image and the strokes as polylines in pad coordinates."""

    inkChanged = Signal()

    def __init__(self, parent=None, size=PAD_SIZE):
        super().__init__(parent)
        self.setObjectName("drawPad")
        self.setFixedSize(size, size)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.brush_width = BRUSH_WIDTH
        self._image = QImage(size, size, QImage.Format.Format_Grayscale8)
        self.strokes: list[list[tuple[float, float]]] = []
        self.clear()

    def sizeHint(self):
        return QSize(self._image.width(), self._image.height())

    # ----- ink -------------------------------------------------------------------------------
    def clear(self):
        self._image.fill(0)
        self.strokes = []
        self.update()
        self.inkChanged.emit()

    def ink(self) -> np.ndarray:
        """(H, W) floats 0..1: how much ink each pad pixel holds."""
        img = self._image
        buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
        return buf.reshape(img.height(), img.bytesPerLine())[:, :img.width()].astype(np.float64) / 255.0

    def _pen(self):
        pen = QPen(QColor(255, 255, 255), self.brush_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_segment(self, a: QPointF, b: QPointF):
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        if a == b:
            painter.drawPoint(a)
        else:
            painter.drawLine(a, b)
        painter.end()
        w = self.brush_width
        self.update(QRectF(a, b).normalized().adjusted(-w, -w, w, w).toAlignedRect())

    # ----- strokes (mouse, or replayed) ---------------------------------------------------
    def begin_stroke(self, x: float, y: float):
        self.strokes.append([(float(x), float(y))])
        p = QPointF(x, y)
        self._paint_segment(p, p)
        self.inkChanged.emit()

    def extend_stroke(self, x: float, y: float):
        if not self.strokes:
            self.begin_stroke(x, y)
            return
        last = self.strokes[-1][-1]
        self.strokes[-1].append((float(x), float(y)))
        self._paint_segment(QPointF(*last), QPointF(x, y))
        self.inkChanged.emit()

    def undo_stroke(self):
        """Take the last stroke away (the others are drawn again)."""
        if not self.strokes:
            return
        keep = self.strokes[:-1]
        with QSignalBlocker(self):
            self.clear()
            self.draw_strokes(keep)
        self.update()
        self.inkChanged.emit()

    def draw_strokes(self, strokes):
        """Replay recorded strokes (lists of (x, y) points in pad coordinates)."""
        for stroke in strokes:
            points = list(stroke)
            if not points:
                continue
            self.begin_stroke(*points[0])
            for x, y in points[1:]:
                self.extend_stroke(x, y)

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            p = event.position()
            self.begin_stroke(p.x(), p.y())

    def mouseMoveEvent(self, event):
        if event.buttons() & Qt.MouseButton.LeftButton:
            p = event.position()
            self.extend_stroke(p.x(), p.y())

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.setPen(QPen(QColor(90, 90, 90), 1))
        painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
        painter.end()


class PredictionBars(QWidget):
    """One horizontal bar per class with its probability; the most likely class in blue."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("predictionBars")
        self.names: list[str] = []
        self._probs = np.zeros(0)
        self.setMinimumWidth(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_classes(self, names):
        self.names = [str(n) for n in names]
        self._probs = np.zeros(len(self.names))
        self.setMinimumHeight(22 * len(self.names) + 4)
        self.update()

    def set_probabilities(self, probs):
        self._probs = np.asarray(probs, dtype=np.float64).copy()
        self.update()

    def probabilities(self) -> np.ndarray:
        return self._probs.copy()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self.names)
        if n == 0:
            return
        row = min(26.0, (self.height() - 4) / n)
        label_w, value_w = 28.0, 56.0
        bar_w = max(10.0, self.width() - label_w - value_w - 8)
        best = int(np.argmax(self._probs)) if self._probs.size and self._probs.max() > 0 else -1
        for k, name in enumerate(self.names):
            y = 2 + k * row
            p = float(self._probs[k]) if k < len(self._probs) else 0.0
            painter.setPen(QColor(30, 30, 30))
            painter.drawText(QRectF(0, y, label_w, row), int(Qt.AlignmentFlag.AlignCenter), name)
            painter.fillRect(QRectF(label_w, y + 3, bar_w, row - 6), QColor(235, 235, 235))
            colour = QColor("#0072B2") if k == best else QColor(150, 150, 150)
            painter.fillRect(QRectF(label_w, y + 3, bar_w * p, row - 6), colour)
            painter.drawText(QRectF(label_w + bar_w + 4, y, value_w, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), f"{100 * p:.1f} %")
        painter.end()
