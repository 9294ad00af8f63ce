"""Canary: thousands of progress signals from the worker thread reach the UI thread, in order.

PySide6 6.12.0 on Python 3.11 aborts the process after a few hundred cross-thread emits (see
DEVELOPERS.md; we pin < 6.12). If this test crashes the run, check the PySide6 version first.
"""

from PySide6.QtCore import QObject

from nnstudio.gui.training.worker import TrainingThread
from nnstudio.training import Progress

N = 6000


class FloodSession:
    """Stands in for a TrainingSession: reports N records as fast as it can."""

    def __init__(self):
        self.report = None
        self.stopped = False

    def run(self):
        for i in range(N):
            if self.stopped:
                break
            self.report(Progress(kind="batch", state="running", epoch=i // 100, epochs=N // 100, batch=i % 100,
                                 batches=100, batch_losses=(float(i),)))
        return "finished"

    def request_stop(self):
        self.stopped = True


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.seen = []

    def take(self, p):
        self.seen.append(p.batch_losses[0])


def test_thousands_of_progress_signals_cross_threads(qtbot):
    receiver = Receiver()
    thread = TrainingThread(FloodSession())
    thread.progress.connect(receiver.take)
    try:
        thread.start()
        qtbot.waitUntil(lambda: len(receiver.seen) == N, timeout=30000)
    finally:
        thread.stop()
    assert thread.isFinished()
    assert receiver.seen == [float(i) for i in range(N)]
