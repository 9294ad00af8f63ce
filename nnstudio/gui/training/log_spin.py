"""A spin box for rates that span decades (learning rate, epsilon): arrows step 1-2-5-10.

A plain QDoubleSpinBox adds a fixed step, which is useless from 0.0001 to 1. Here the up arrow
goes 0.001 → 0.002 → 0.005 → 0.01, the down arrow back, and typed values (also ``3e-4``) are
kept as typed. Values show in their shortest form ("0.001", not "0.00100000").
"""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

MANTISSAS = (1.0, 2.0, 5.0)


def next_125(value: float, steps: int) -> float:
    """The value ``steps`` places away from ``value`` on the 1-2-5 ladder."""
    if value <= 0:
        return 1e-4 if steps > 0 else value
    exponent = math.floor(math.log10(value))
    ladder = [m * 10.0 ** e for e in range(exponent - 1, exponent + 2) for m in MANTISSAS]
    tol = value * 1e-9
    if steps > 0:
        above = [v for v in ladder if v > value + tol]
        return next_125(above[0], steps - 1) if steps > 1 else above[0]
    below = [v for v in ladder if v < value - tol]
    return next_125(below[-1], steps + 1) if steps < -1 else below[-1]


class LogSpinBox(QDoubleSpinBox):
    def __init__(self, minimum=1e-6, maximum=10.0, decimals=15, parent=None):
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)
        self.setAccelerated(False)

    def stepBy(self, steps: int):
        if steps:
            value = next_125(self.value(), steps)
            # round away float noise (0.30000000000000004), then clamp
            value = float(f"{value:.6g}")
            self.setValue(min(self.maximum(), max(self.minimum(), value)))
            self.selectAll()

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text, pos):
        t = text.strip().replace(",", ".")
        if not t:
            return QValidator.State.Intermediate, text, pos
        try:
            v = float(t)
        except ValueError:
            ok = all(c in "0123456789.eE+-" for c in t)
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        if self.minimum() <= v <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos
