"""The session's controls without Qt: steps pause where they should, stop keeps the weights,
the learning rate changes between epochs without touching the weights."""

import threading

import numpy as np

from nnstudio.data import load_dataset
from nnstudio.project import make_example
from nnstudio.training import TrainingSession


class Driver:
    """Runs a session on a thread and waits for its reports (no Qt, no sleeps in the test)."""

    def __init__(self, epochs=50, **kwargs):
        doc = make_example("circle")
        doc.training.epochs = epochs
        self.records = []
        self.cond = threading.Condition()
        self.session = TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec),
                                       report=self._report, **kwargs)
        self.thread = threading.Thread(target=self.session.run)

    def _report(self, p):
        with self.cond:
            self.records.append(p)
            self.cond.notify_all()

    def wait(self, predicate, timeout=10):
        with self.cond:
            assert self.cond.wait_for(lambda: self.records and predicate(self.records[-1]), timeout)
            return self.records[-1]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.session.request_stop()
        self.thread.join(5)
        assert not self.thread.is_alive()


def test_step_batch_and_epoch_from_a_paused_start():
    with Driver(start_paused=True) as d:
        d.session.request_step("batch")
        p = d.wait(lambda p: p.kind == "paused" and p.batch == 1)
        assert p.epoch == 0
        d.session.request_step("epoch")
        p = d.wait(lambda p: p.kind == "paused" and p.epoch == 1)
        assert p.batch == 0
        losses = [v for r in d.records for v in r.batch_losses]
        assert len(losses) == p.batches
        assert [r.kind for r in d.records].count("epoch") == 1


def test_stop_ends_the_run_with_its_weights():
    with Driver(epochs=100000) as d:
        d.wait(lambda p: p.epoch >= 2)
        d.session.request_stop()
        p = d.wait(lambda p: p.kind == "finished")
        assert p.state == "stopped" and p.weights is not None
        assert all(np.array_equal(a, b) for a, b in zip(p.weights, d.session.model.get_weights()))


def test_learning_rate_change_while_paused():
    with Driver(start_paused=True) as d:
        d.session.request_step("epoch")
        d.wait(lambda p: p.kind == "paused" and p.epoch == 1)
        before = d.session.model.get_weights()
        d.session.request_learning_rate(0.001)
        d.session.request_step("epoch")
        d.wait(lambda p: p.kind == "paused" and p.epoch == 2)
        epochs = [r.logs for r in d.records if r.logs]
        assert epochs[0]["lr"] == 0.03 and epochs[1]["lr"] == 0.001
        first_epoch_weights = [r.weights for r in d.records if r.kind == "epoch"][0]
        assert all(np.array_equal(a, b) for a, b in zip(before, first_epoch_weights))


def test_rate_limited_epoch_reports_still_deliver_every_epochs_logs():
    doc = make_example("circle")
    doc.training.epochs = 120
    records = []
    TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), report=records.append,
                    epoch_rate=5).run()
    delivered = [logs["epoch"] for r in records for logs in r.epoch_logs]
    assert delivered == list(range(1, 121))
    assert sum(r.kind == "epoch" for r in records) < 60       # far fewer reports than epochs
    assert records[-1].kind == "finished" and records[-1].epoch == 120


def test_no_helper_process_outlives_its_run(monkeypatch):
    """A run large enough to split its steps starts a helper process; the run's end stops it."""
    from nnstudio.engine import blas_threads, parallel, part_processes, sharded_step

    if not blas_threads.controllable():
        import pytest

        pytest.skip("this NumPy's BLAS threads cannot be set, so no step is split here")
    previous = parallel.num_threads()
    parallel.set_num_threads(2)
    monkeypatch.setattr(sharded_step, "MIN_OUTPUTS", 0)
    monkeypatch.setattr(part_processes, "START_AFTER", 1)
    started = []
    real_helper = part_processes.Helper

    def helper(*args, **kwargs):
        started.append(real_helper(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(part_processes, "Helper", helper)
    try:
        doc = make_example("shapes_cnn")
        doc.training.epochs = 2
        session = TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), report=lambda p: None)
        session.run()
    finally:
        parallel.set_num_threads(previous)
    assert started, "the run split its steps and started a helper"
    assert started[0]._proc.wait(timeout=10) == 0
    assert session.model is not None  # the session (and its model) may live on; the process does not
