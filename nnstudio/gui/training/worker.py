"""The worker thread: runs a Qt-free :class:`TrainingSession` and hands its progress to the UI.

The session was given a snapshot of everything it needs (layers, settings, dataset, weights), so
this thread never reads or touches a widget. Each ``Progress`` record (small, immutable, its
arrays copies) is emitted as a signal; receivers live on the UI thread, so Qt queues it there.
"""

from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QCoreApplication, QThread, Signal

from nnstudio.gui.user_text import error_text

log = logging.getLogger(__name__)


class TrainingThread(QThread):
    progress = Signal(object)   # nnstudio.training.Progress
    failed = Signal(str)        # a message for the user

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingThread")
        self.session = session
        session.report = self.progress.emit

    def run(self):
        try:
            self.session.run()
        except Exception as e:   # translated here (QCoreApplication.translate is thread-safe); a bug is logged
            self.failed.emit(error_text(e, QCoreApplication.translate(
                "TrainingThread", "The training stopped because of an internal problem. The log has the details.")))

    def stop(self, timeout_ms=1000) -> bool:
        """Ask the session to stop and wait for the thread to end (True when it did). A thread
        still busy after ``timeout_ms`` (a long evaluation between two checks) is let go of:
        it no longer belongs to the window, so closing the window cannot destroy it while it
        runs ("QThread: Destroyed while thread is still running" aborts the process); it ends
        by itself at its next check, and the application waits for it when it exits."""
        self.session.request_stop()
        self.quit()
        if self.wait(timeout_ms):
            return True
        self.setParent(None)
        _running_on.add(self)
        self.finished.connect(lambda: _running_on.discard(self))
        return False


#: threads let go of by a window that closed, still finishing (kept alive until they end)
_running_on: set = set()


@atexit.register
def _wait_for_stopping_threads():
    for thread in list(_running_on):
        thread.wait(10_000)
