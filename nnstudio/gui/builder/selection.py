"""Which layer is selected: shared by the canvas, the inspector and the edit actions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LayerSelection(QObject):
    """The selected layer's index in ``doc.layers``, or -1 when nothing is selected."""

    changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._index = -1

    @property
    def index(self) -> int:
        return self._index

    def set(self, index: int):
        index = int(index) if index is not None and index >= 0 else -1
        if index != self._index:
            self._index = index
            self.changed.emit(index)

    def clear(self):
        self.set(-1)

    def clamp(self, count: int):
        """Keep the selection valid after the network shrank."""
        if self._index >= count:
            self.set(count - 1)
