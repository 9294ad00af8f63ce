"""One cancellable reader in a worker QThread, for the dialogs that read a file or folder while
the user watches (the CSV wizard, the picture-folder dialog).

The worker is a QObject with ``run()``, ``cancel()`` and the signals ``progress(worker, percent)``,
``finished(worker, result)``, ``failed(worker, message)`` and ``cancelled(worker)``; a slot that
gets a signal asks ``is_current(worker)`` so that a reply from an earlier, stopped read is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


class ReadThread:
    def __init__(self, parent: QObject):
        self._parent = parent
        self._worker = None
        self._thread = None

    def start(self, worker, progress, finished, failed, cancelled) -> None:
        """Stops a read in progress, then runs ``worker`` with its signals connected to the slots."""
        self.stop()
        self._worker = worker
        self._thread = QThread(self._parent)
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)
        worker.progress.connect(progress)
        worker.finished.connect(finished)
        worker.failed.connect(failed)
        worker.cancelled.connect(cancelled)
        self._thread.start()

    def is_current(self, worker) -> bool:
        return worker is self._worker

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def stop(self) -> None:
        """Cancels a read in progress and waits for its thread to end."""
        if self._thread is None:
            return
        self._worker.cancel()
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()
        self._thread.deleteLater()
        self._worker = self._thread = None
