"""Reading a CSV file off the UI thread, for the import wizard.

``CsvReadWorker`` lives in a worker QThread and calls ``nnstudio.data.read_csv`` with a progress
callback and a cancel flag. It gets a snapshot of the options, never touches a widget, and hands
its result back by queued signal; problems come back as plain words, never as a traceback.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal, Slot

from nnstudio.data import Cancelled, CsvOptions, read_csv
from nnstudio.gui.user_text import error_text

log = logging.getLogger(__name__)


class CsvReadWorker(QObject):
    """Reads one CSV file in its thread. Gets a snapshot of the options, reports progress
    (only whole-percent changes), and ends with exactly one of finished/failed/cancelled."""

    # Each signal carries the worker itself, so the wizard can ignore a stale worker's news.
    progress = Signal(object, int)  # worker, percent
    finished = Signal(object, object)  # worker, Dataset
    failed = Signal(object, str)  # worker, message
    cancelled = Signal(object)  # worker

    def __init__(self, path: str, options: CsvOptions):
        super().__init__()
        self._path = path
        self._options = options
        self._cancel = threading.Event()
        self._percent = -1

    def cancel(self) -> None:
        """Thread-safe: the read stops at its next chunk."""
        self._cancel.set()

    def _report(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self._percent:
            self._percent = percent
            self.progress.emit(self, percent)

    @Slot()
    def run(self) -> None:
        try:
            dataset = read_csv(self._path, self._options, progress=self._report,
                               should_cancel=self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit(self)
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            self.failed.emit(self, error_text(e, self.tr("The file could not be read because of an internal "
                                                         "error. Please report it together with the file.")))
        else:
            self.finished.emit(self, dataset)
