"""Files handed to NN Studio from outside: a path on the command line (how Linux's desktop entry
and Windows's file association pass a double-clicked ``.nnstudio`` file) and macOS's FileOpen
events (how Finder does it). Both go through File ▸ Open's own path: the question about unsaved
changes, and a message a user understands for a damaged file instead of an app that never opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication


class Application(QApplication):
    """The app object. Only events sent to the application itself reach ``event`` (few), unlike an
    application-wide event filter, which would see every event of every widget."""

    file_open_requested = Signal(str)

    def event(self, event):
        if event.type() == QEvent.FileOpen and event.file():
            self.file_open_requested.emit(event.file())
            return True
        return super().event(event)


def open_from_outside(window, path) -> None:
    """Open ``path`` as File ▸ Open would, with its messages (the window stays on what it showed)."""
    window.builder.files.open_interactive(str(path))


def accept_files(app, window, path=None) -> None:
    """Open ``path`` (the command line's) once the event loop runs, and later files macOS sends."""
    if isinstance(app, Application):
        app.file_open_requested.connect(lambda p: open_from_outside(window, p))
    if path:
        QTimer.singleShot(0, lambda: open_from_outside(window, path))
