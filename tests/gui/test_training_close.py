"""Closing the window mid-run stops the worker in under a second and leaves no thread behind."""

import threading
import time

from PySide6.QtCore import QThread

from nnstudio.gui.training.worker import TrainingThread
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401


def test_closing_mid_run_leaves_no_thread(qtbot, training_window):
    window = training_window
    use_example(window, "digits_mlp", epochs=500)
    controller = window.training.controller
    controller.train()
    wait_state(qtbot, window, "running")
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch >= 1, timeout=20000)
    thread = controller._thread
    assert isinstance(thread, TrainingThread) and thread.isRunning()
    started = time.perf_counter()
    assert window.close()
    assert time.perf_counter() - started < 1.0
    assert thread.isFinished()
    assert controller._thread is None and controller.state == "idle"
    assert not any(t.isRunning() for t in window.findChildren(QThread))
    assert window.doc.history.current.status == "stopped"
    assert window.doc.weights is not None                 # the trained weights stay in the project
    qtbot.wait(50)                                        # queued last words of the worker are ignored


def test_closing_while_paused(qtbot, training_window):
    window = training_window
    window.training.controller.step("batch")
    wait_state(qtbot, window, "paused")
    thread = window.training.controller._thread
    assert window.close()
    assert thread.isFinished()


class SlowToStop:
    """A session stuck in a long computation: it notices the stop only after a while."""

    def __init__(self):
        self.report = None
        self.stop = threading.Event()

    def run(self):
        self.stop.wait()
        time.sleep(0.3)

    def request_stop(self):
        self.stop.set()


def test_a_worker_slow_to_stop_is_let_go_of_not_destroyed(qtbot):
    from PySide6.QtCore import QObject

    from nnstudio.gui.training import worker

    owner = QObject()
    thread = worker.TrainingThread(SlowToStop(), owner)
    thread.start()
    assert not thread.stop(timeout_ms=50)
    assert thread.parent() is None and thread in worker._running_on
    del owner                                             # the window goes; the thread survives
    qtbot.waitUntil(lambda: thread not in worker._running_on, timeout=5000)
    assert thread.wait(1000)
