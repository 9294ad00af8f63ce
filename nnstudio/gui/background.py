"""Slow work off the UI thread, with a progress dialog and Cancel: opening a project, loading an
example's data, re-reading a project's CSV.

``BackgroundTask(parent).start(work, label, done, failed)`` runs ``work(progress, should_cancel)``
in a worker QThread. ``progress(fraction)`` may be called from the worker; the dialog appears only
when the work takes longer than a moment. Exactly one of ``done(result)`` / ``failed(message)``
(or nothing, when cancelled) is then called on the UI thread. The work gets a snapshot and never
touches a widget.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from nnstudio.data import Cancelled
from nnstudio.gui.user_text import error_text

log = logging.getLogger(__name__)

#: the dialog shows only for work that takes longer than this
SHOW_AFTER_MS = 400


class _Worker(QObject):
    progress = Signal(int)           # per mille
    finished = Signal(object, object, object)  # worker, "done" | "failed" | "cancelled", result or message

    def __init__(self, work):
        super().__init__()
        self.work = work
        self.cancel = threading.Event()
        self._last = -1

    def _report(self, fraction):
        value = max(0, min(1000, int(fraction * 1000)))
        if value != self._last:
            self._last = value
            self.progress.emit(value)

    @Slot()
    def run(self):
        try:
            result = self.work(self._report, self.cancel.is_set)
        except Cancelled:
            self.finished.emit(self, "cancelled", None)
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            self.finished.emit(self, "failed", error_text(e))
        else:
            self.finished.emit(self, "done", result)


class BackgroundTask(QObject):
    """One piece of work at a time; ``busy()`` while it runs."""

    def __init__(self, parent):
        super().__init__(parent)
        self._thread = self._worker = self._dialog = None
        self._done = self._failed = self._cancelled = None

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, work, label, done, failed, cancellable=True, cancelled=None) -> bool:
        if self.busy():
            return False
        self._done, self._failed, self._cancelled = done, failed, cancelled
        self._worker = _Worker(work)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finished, Qt.QueuedConnection)
        self._dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 1000, self.parent())
        self._dialog.setObjectName("backgroundProgress")
        self._dialog.setWindowTitle(self.tr("Please wait"))
        self._dialog.setWindowModality(Qt.WindowModal)
        self._dialog.setMinimumDuration(SHOW_AFTER_MS)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self.cancel)
        self._worker.progress.connect(self._dialog.setValue, Qt.QueuedConnection)
        self._dialog.setValue(0)
        self._thread.start()
        return True

    def cancel(self):
        if self._worker is not None:
            self._worker.cancel.set()

    def wait(self):
        """Stop and join the worker (closing the window, a newer read, tests); nothing is called back."""
        if self._thread is not None:
            self.cancel()
            self._thread.quit()
            self._thread.wait()
            self._cleanup()

    def _cleanup(self):
        thread, worker, dialog = self._thread, self._worker, self._dialog
        self._thread = self._worker = self._dialog = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _finished(self, worker, outcome, value):
        if worker is not self._worker:  # news from work that was stopped meanwhile
            return
        done, failed, cancelled = self._done, self._failed, self._cancelled
        self._cleanup()
        if outcome == "done":
            done(value)
        elif outcome == "failed":
            failed(value)
        elif cancelled is not None:
            cancelled()
