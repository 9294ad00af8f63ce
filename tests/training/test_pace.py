"""Pacing spreads a run over time without changing what it computes."""

import time

import numpy as np

from nnstudio.data import load_dataset
from nnstudio.project import make_example
from nnstudio.training import TrainingSession
from nnstudio.training.pace import PACES, WATCH, Pacer, default_pace, nearest_pace


def _train(pace, epochs=4):
    doc = make_example("circle")
    doc.training.epochs = epochs
    session = TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), pace=pace)
    started = time.perf_counter()
    assert session.run() == "finished"
    return session.model.get_weights(), time.perf_counter() - started, session


def test_same_seed_gives_the_same_weights_at_every_pace():
    full, full_seconds, _ = _train(None)
    paced, paced_seconds, session = _train(8.0)
    assert len(full) == len(paced)
    assert all(np.array_equal(a, b) for a, b in zip(full, paced))
    # 4 epochs at 8 a second: about half a second, where full speed takes a few milliseconds
    assert paced_seconds >= 0.4 > full_seconds
    assert session.history[-1]["epoch"] == 4


def test_the_pace_can_change_while_running_and_a_stop_ends_a_wait():
    doc = make_example("circle")
    doc.training.epochs = 1000
    session = TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), pace=1.0)
    import threading

    thread = threading.Thread(target=session.run)
    thread.start()
    time.sleep(0.3)
    session.request_pace(None)          # full speed: the 1000 epochs end soon after
    assert session.pace is None
    thread.join(30)
    assert not thread.is_alive() and session.state == "finished"

    session = TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), pace=1.0)
    thread = threading.Thread(target=session.run)
    thread.start()
    time.sleep(0.3)
    stopped = time.perf_counter()
    session.request_stop()
    thread.join(5)
    assert not thread.is_alive() and session.state == "stopped"
    assert time.perf_counter() - stopped < 1.0      # not the rest of a one-second epoch


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_pacer_spaces_batches_and_never_races_to_catch_up():
    clock = FakeClock()
    pacer = Pacer(2.0, clock=clock)          # 2 epochs a second, 5 batches an epoch: 0.1 s a batch
    assert abs(pacer.delay(5) - 0.1) < 1e-12
    clock.now = 0.1
    assert abs(pacer.delay(5) - 0.1) < 1e-12
    clock.now = 5.0                          # a long pause: no burst of zero-delay batches after it
    assert pacer.delay(5) == 0.0
    assert abs(pacer.delay(5) - 0.1) < 1e-12
    assert Pacer(None, clock=clock).delay(5) == 0.0


def test_watch_is_the_default_for_2d_data_and_lessons():
    doc = make_example("spiral")
    assert default_pace(doc, (2,)) == WATCH
    digits = make_example("digits_mlp")
    assert default_pace(digits, (64,)) is None
    digits.lesson.enabled = True
    assert default_pace(digits, (64,)) == WATCH
    assert PACES[-1] is None and WATCH in PACES
    assert nearest_pace(9) == WATCH and nearest_pace(None) is None
