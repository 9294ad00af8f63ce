"""Reading a project's CSV table without freezing the window: ``load_with_progress(spec)`` is
``load_dataset(spec)``, except that a CSV file is read by a ``CsvReadWorker`` in a worker thread
while the window keeps drawing, behind a progress dialog with Cancel (shown after half a second).

The main window gives it to its Workspace as the way to load data, so opening a project whose
table has a million rows looks like importing it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Slot
from PySide6.QtWidgets import QProgressDialog

from nnstudio.data import CsvOptions, load_dataset, resolve_spec
from nnstudio.errors import DataError
from nnstudio.gui.csv_read_worker import CsvReadWorker


class _Waiter(QObject):
    """Lives in the UI thread: the worker's queued signals end up here and end the local loop."""

    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.loop = QEventLoop()
        self.dataset = self.error = None
        self.cancelled = False

    @Slot(object, int)
    def progress(self, _worker, percent):
        self.dialog.setValue(percent)

    @Slot(object, object)
    def finished(self, _worker, dataset):
        self.dataset = dataset
        self.loop.quit()

    @Slot(object, str)
    def failed(self, _worker, message):
        self.error = message
        self.loop.quit()

    @Slot(object)
    def was_cancelled(self, _worker):
        self.cancelled = True
        self.loop.quit()


def load_with_progress(spec: dict, parent=None):
    if not isinstance(spec, dict) or spec.get("name") != "csv":
        return load_dataset(spec)
    full = resolve_spec(spec)  # a bad spec fails here, in plain words
    dialog = QProgressDialog(QCoreApplication.translate("CsvOpenProgress", "Reading the project's table…"),
                             QCoreApplication.translate("CsvOpenProgress", "Cancel"), 0, 100, parent)
    dialog.setObjectName("csvOpenProgress")
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    waiter = _Waiter(dialog)
    worker = CsvReadWorker(full["path"], CsvOptions.from_spec(full))
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.progress.connect(waiter.progress)
    worker.finished.connect(waiter.finished)
    worker.failed.connect(waiter.failed)
    worker.cancelled.connect(waiter.was_cancelled)
    dialog.canceled.connect(worker.cancel, Qt.DirectConnection)
    thread.start()
    try:
        waiter.loop.exec()
    finally:
        worker.cancel()
        thread.quit()
        thread.wait()
        dialog.close()
        dialog.deleteLater()
    if waiter.dataset is not None:
        return waiter.dataset
    if waiter.cancelled:
        raise DataError(QCoreApplication.translate("CsvOpenProgress", "Reading the table was cancelled. Choose the "
                                                                      "data again to read it."))
    raise DataError(waiter.error)
