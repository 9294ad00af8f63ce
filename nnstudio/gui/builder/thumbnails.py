"""Small pictures of an example for the gallery: its data (a scatter of 2-D points or a few digit
images) above a strip of its network's blocks, drawn with QPainter."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

from nnstudio.gui.builder.families import CANVAS_BACKGROUND, FAMILY_COLORS, family_of
from nnstudio.insight.palette import class_hex



def _scatter(p: QPainter, rect: QRectF, x, y):
    x = np.asarray(x, dtype=float)[:400]
    y = np.asarray(y)[:400]
    lo, hi = x.min(axis=0), x.max(axis=0)
    scale = min(rect.width(), rect.height()) / max(float((hi - lo).max()), 1e-9)   # one scale: circles stay round
    centre = (lo + hi) / 2
    p.setPen(Qt.NoPen)
    for cls in np.unique(y):
        p.setBrush(QColor(class_hex(cls)))
        for a, b in (x[y == cls] - centre) * scale:
            p.drawEllipse(QPointF(rect.center().x() + a, rect.center().y() - b), 2.2, 2.2)


def _digits(p: QPainter, rect: QRectF, x, y):
    images = np.asarray(x, dtype=float).reshape(len(x), -1)[:, :64]
    picks = [int(np.argmax(np.asarray(y) == d)) for d in range(6)]
    cell = min(rect.width() / 6, rect.height())
    for i, k in enumerate(picks):
        a = images[k]
        a = (255 * (1 - (a - a.min()) / max(a.max() - a.min(), 1e-9))).astype(np.uint8).reshape(8, 8)
        img = QImage(np.ascontiguousarray(a).data, 8, 8, 8, QImage.Format_Grayscale8).copy()
        target = QRectF(rect.left() + i * cell + 2, rect.top() + (rect.height() - cell) / 2 + 2, cell - 4, cell - 4)
        p.drawImage(target, img)


def _bars(p: QPainter, rect: QRectF, x):
    """Tabular data: a few feature columns as small histograms."""
    x = np.asarray(x, dtype=float)
    cols = min(6, x.shape[1]) if x.ndim == 2 else 0
    if not cols:
        return
    w = rect.width() / cols
    for c in range(cols):
        counts, _ = np.histogram(x[:, c], bins=8)
        peak = max(counts.max(), 1)
        for b, n in enumerate(counts):
            h = rect.height() * 0.9 * n / peak
            p.fillRect(QRectF(rect.left() + c * w + b * (w - 6) / 8, rect.bottom() - h, (w - 6) / 8 - 1, h),
                       QColor(class_hex(c)))


def _network(p: QPainter, rect: QRectF, layers):
    classes = [s["class_name"] for s in layers] + ["Loss"]
    n = len(classes)
    gap = 6.0
    w = min(34.0, (rect.width() - gap * (n - 1)) / n)
    x0 = rect.left() + (rect.width() - (n * w + (n - 1) * gap)) / 2
    cy = rect.center().y()
    p.setPen(QPen(QColor("#8A96A8"), 1.5))
    p.drawLine(QPointF(x0, cy), QPointF(x0 + n * w + (n - 1) * gap, cy))
    p.setPen(Qt.NoPen)
    for i, cls in enumerate(classes):
        family = "loss" if cls == "Loss" else family_of(cls)
        p.setBrush(QColor(FAMILY_COLORS[family]))
        p.drawRoundedRect(QRectF(x0 + i * (w + gap), cy - rect.height() / 2, w, rect.height()), 4, 4)


def example_thumbnail(doc, dataset=None, width=240, height=150) -> QPixmap:
    pix = QPixmap(width, height)
    pix.fill(QColor(CANVAS_BACKGROUND))
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    data_rect = QRectF(10, 8, width - 20, height - 50)
    drawn = False
    if dataset is not None:
        try:
            if dataset.kind == "points2d":
                _scatter(p, data_rect, dataset.x_train_raw, dataset.y_train)
                drawn = True
            elif dataset.kind == "images":
                _digits(p, data_rect, dataset.x_train_raw, dataset.y_train)
                drawn = True
            else:
                _bars(p, data_rect, dataset.x_train_raw)
                drawn = True
        except Exception:  # a picture is a nicety: never let it break the gallery
            drawn = False
    if not drawn:
        font = QFont()
        font.setPixelSize(14)
        p.setFont(font)
        p.setPen(QColor("#5F6B7A"))
        p.drawText(data_rect, Qt.AlignCenter, doc.title)
    _network(p, QRectF(10, height - 34, width - 20, 22), doc.layers)
    p.end()
    return pix
