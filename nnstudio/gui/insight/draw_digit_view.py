"""Draw a digit: for a model trained on the 8×8 digits, draw with the mouse and watch the
prediction change as you draw. The drawing is averaged down to 8×8, scaled to the data's 0–16
range and featurized exactly as the training images were."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout

from nnstudio.gui.insight.draw_pad import DrawPad, PredictionBars
from nnstudio.gui.insight.view_base import InsightView, describe, gray_pixmap
from nnstudio.insight import outputs
from nnstudio.insight.digit_drawing import ink_to_digit, is_digits

PREDICT_INTERVAL_MS = 60   # at most ~16 predictions a second while drawing
PREVIEW = 96


class DrawDigitView(InsightView):
    def __init__(self, live, parent=None):
        super().__init__(live, parent)
        self.setObjectName("drawDigitView")
        self.pad = DrawPad()
        self.bars = PredictionBars()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearPadButton")
        self.fit_check = QCheckBox(self.tr("Centre and size my drawing like the training digits"))
        self.fit_check.setObjectName("fitDrawingCheck")
        self.fit_check.setChecked(True)
        describe(self.clear_button, self.tr("Clear"), self.tr("Wipe the drawing pad"))
        describe(self.fit_check, self.tr("Centre and size my drawing"),
                 self.tr("Crop the drawing to its ink and fit it to the box, as the training digits were"))
        describe(self.pad, self.tr("Drawing pad"), self.tr("Draw a digit here with the mouse"), tooltip=False)
        self.preview = QLabel()
        self.preview.setObjectName("digitPreview")
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.result = QLabel()
        self.result.setObjectName("digitResult")
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.result.setFont(font)
        hint = QLabel(self.tr("Draw one digit, 0 to 9, filling the box."))
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("What the network sees (8×8):")))
        side.addWidget(self.preview)
        side.addStretch(1)
        grid = QGridLayout(self.content)
        grid.addWidget(hint, 0, 0, 1, 2)
        grid.addWidget(self.pad, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(side, 1, 1)
        grid.addWidget(self.bars, 1, 2)
        grid.addWidget(self.clear_button, 2, 0)
        grid.addWidget(self.fit_check, 2, 1, 1, 2)
        grid.addWidget(self.result, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(4, 1)

        self.digit = np.zeros((8, 8))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREDICT_INTERVAL_MS)
        self._timer.timeout.connect(self.predict_now)
        self.pad.inkChanged.connect(self._on_ink)
        self.clear_button.clicked.connect(self.pad.clear)
        self.fit_check.toggled.connect(self.predict_now)
        self._names = None

    def _on_ink(self):
        if not self._timer.isActive():
            self._timer.start()

    def update_view(self, model, structure_changed):
        ds = self.live.dataset
        if not is_digits(ds):
            self.show_message(self.tr("Drawing works with a model trained on the handwritten digits data set "
                                      "(8×8 pictures). Load the Digits example to try it."))
            return
        if structure_changed or self._names != ds.class_names:
            self._names = ds.class_names
            self.bars.set_classes(ds.class_names)
        self.show_content()
        self.predict_now()

    def predict_now(self):
        """Classify the current drawing (the throttle timer calls this while drawing)."""
        self._timer.stop()
        model, ds = self.live.model(), self.live.dataset
        ink = self.pad.ink()
        self.digit = ink_to_digit(ink, fit=self.fit_check.isChecked())
        self.preview.setPixmap(gray_pixmap(self.digit, 16.0, PREVIEW))
        if model is None or not is_digits(ds):
            return None
        if not ink.any():
            self.bars.set_probabilities(np.zeros(ds.n_classes))
            self.result.setText(self.tr("Draw a digit on the black square."))
            return None
        out = outputs.predict(model, ds.featurize(self.digit[None]))
        probs = outputs.class_probabilities(model, out, ds.n_classes)[0]
        self.bars.set_probabilities(probs)
        best = int(np.argmax(probs))
        self.result.setText(self.tr("The network reads a %1 (%2 % sure).").replace("%1", ds.class_names[best]).replace(
            "%2", f"{100 * probs[best]:.1f}"))
        return best

    def replay(self, strokes, clear=True):
        """Draw recorded strokes (polylines in pad coordinates) and predict; returns the class."""
        if clear:
            self.pad.clear()
        self.pad.draw_strokes(strokes)
        return self.predict_now()
