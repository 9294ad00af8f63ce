"""Ctrl+C in the terminal (SIGINT) and a polite kill (SIGTERM, a logout) close the window the way
its close button does: a run is stopped, unsaved changes are asked about, the layout is kept.

Python runs a signal handler only when the interpreter next gets control, which Qt's event loop
(C++) does not give it; ``signal.set_wakeup_fd`` writes a byte to a socket that a QSocketNotifier
watches, so the event loop wakes up, runs a little Python, and the handler runs. No polling timer.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class CloseOnSignals(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.received = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in SIGNALS}
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        window.destroyed.connect(self.uninstall)

    def _drain(self, *_):
        try:
            while self._reader.recv(256):
                pass
        except OSError:
            pass

    def _handle(self, signum, frame):
        self.received.append(signum)
        QTimer.singleShot(0, self.window.close)   # the normal close path, prompt included

    def uninstall(self, *_):
        if self._previous is None:
            return
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous = None
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
