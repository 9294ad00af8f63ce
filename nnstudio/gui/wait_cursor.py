"""The wait cursor over work the UI thread must do itself (reading a small data set, building a
long network's blocks): set for the duration, restored however the work ends."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def wait_cursor(active: bool = True):
    """A wait cursor while the ``with`` block runs (nothing when ``active`` is false)."""
    if not active:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
