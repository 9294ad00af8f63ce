"""The divergence guard: NaN, and a loss that explodes instead of falling, pause the run and
restore the last good epoch's weights (Qt-free)."""

import math
import threading

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine import losses
from nnstudio.project import make_example
from nnstudio.training import TrainingSession
from nnstudio.training.divergence import DivergenceGuard, chance_loss


def test_chance_loss_is_what_a_know_nothing_model_scores():
    y = np.array([0, 1, 2, 1])
    assert chance_loss(losses.SparseCategoricalCrossentropy(from_logits=True), y, 3) == pytest.approx(math.log(3))
    assert chance_loss(losses.BinaryCrossentropy(), y, 1) == pytest.approx(math.log(2))
    values = np.array([1.0, 2.0, 3.0, 4.0])
    assert chance_loss(losses.MeanSquaredError(), values, 1) == pytest.approx(np.var(values))


def test_guard_flags_nan_and_explosions_only():
    guard = DivergenceGuard(chance=math.log(2))
    assert guard.check_batch(0.7, 0.1) is None
    assert guard.check_batch(3.0, 0.1) is None            # noisy but not exploded
    assert "not a number" in guard.check_batch(float("nan"), 0.1)
    message = guard.check_batch(100.0, 0.1)
    assert message and "0.01" in message                  # suggests a tenth of the learning rate
    assert guard.check_epoch(1.0, True, 0.1) is None
    assert guard.check_epoch(3.5, True, 0.1) is not None
    assert guard.check_epoch(0.5, False, 0.1) is not None


def run_to_divergence(doc):
    ds = load_dataset(doc.data_spec)
    records = []
    session = TrainingSession(doc.layers, doc.training, ds, report=records.append)
    thread = threading.Thread(target=session.run)
    thread.start()
    try:
        for _ in range(500):
            if any(r.kind == "diverged" for r in records) or not thread.is_alive():
                break
            thread.join(0.01)
    finally:
        session.request_stop()
        thread.join()
    return session, records


def test_sgd_at_rate_10_diverges_and_restores_finite_good_weights():
    doc = make_example("circle")
    doc.training.optimizer, doc.training.learning_rate = "sgd", 10.0
    session, records = run_to_divergence(doc)
    diverged = [r for r in records if r.kind == "diverged"]
    assert diverged and diverged[0].state == "paused"
    good = [r.weights for r in records if r.kind == "epoch" and records.index(r) < records.index(diverged[0])]
    expected = good[-1] if good else session._init_weights
    restored = diverged[0].weights
    assert all(np.isfinite(w).all() for w in restored)
    if expected is not None:
        assert all(np.array_equal(a, b) for a, b in zip(restored, expected))
    assert all(math.isfinite(v) for r in records for v in r.batch_losses)


@pytest.mark.parametrize("key", ["spiral", "classic", "iris"])
def test_examples_train_without_false_alarms(key):
    doc = make_example(key)
    doc.training.epochs = min(doc.training.epochs, 30)
    records = []
    TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), report=records.append).run()
    assert not [r for r in records if r.kind == "diverged"]


def test_headless_runs_can_end_instead_of_pausing_on_divergence():
    doc = make_example("circle")
    doc.training.optimizer, doc.training.learning_rate = "sgd", 10.0
    records = []
    session = TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), report=records.append,
                              pause_on_divergence=False)
    assert session.run() == "diverged"                       # returns: nobody could resume it
    assert records[-1].kind == "finished" and records[-1].state == "diverged"
    assert any(r.kind == "diverged" for r in records)
    assert all(np.isfinite(w).all() for w in records[-1].weights)
