"""A fold: a "▸ Title" button that shows or hides the panel below it (settings a first look at the
window does not need)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton


class FoldButton(QToolButton):
    """Checkable; ``toggled`` shows or hides ``body``; the arrow points down while it is open."""

    opened = Signal(bool)

    def __init__(self, text, body, tooltip="", parent=None):
        super().__init__(parent)
        self.body = body
        self.setText(text)
        self.setToolTip(tooltip)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggled.connect(self._show)
        self._show(False)

    def _show(self, on):
        self.setArrowType(Qt.DownArrow if on else Qt.RightArrow)
        self.body.setVisible(on)
        self.opened.emit(on)
