"""A project saved after three epochs, reopened and trained three more, ends exactly where six
epochs straight end: same weights and optimizer state, bit for bit, for every optimizer."""

import copy

import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton

from nnstudio.engine.optimizers import NAMES
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401


def train_in_window(qtbot, window, epochs):
    training = copy.deepcopy(window.doc.training)
    training.epochs = epochs
    window.doc.set_training(training)
    window.findChild(QPushButton, "trainButton").click()
    wait_state(qtbot, window, "idle", timeout=30000)


@pytest.mark.parametrize("optimizer", NAMES)
def test_three_epochs_saved_reopened_and_three_more_equal_six_straight(qtbot, training_window, tmp_path,
                                                                        optimizer):
    window = training_window
    settings = dict(optimizer=optimizer, momentum=0.9 if optimizer in ("sgd", "rmsprop") else 0.0,
                    lr_schedule="step", schedule_step_epochs=2)
    doc = use_example(window, "circle", **settings)
    train_in_window(qtbot, window, 6)
    straight = [w.copy() for w in doc.weights], doc.optimizer_state.copy()

    use_example(window, "circle", **settings)
    train_in_window(qtbot, window, 3)
    path = tmp_path / "half.nnstudio"
    window.save_project(path)
    use_example(window, "xor")                      # something else in between
    window.open_project(path)
    train_in_window(qtbot, window, 6)

    doc = window.doc
    assert [e["epoch"] for run in doc.history.runs for e in run.epochs] == [1, 2, 3, 4, 5, 6]
    for a, b in zip(straight[0], doc.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    state = doc.optimizer_state
    assert state.iterations == straight[1].iterations and state.class_name == straight[1].class_name
    for key, a in straight[1].slots.items():
        np.testing.assert_array_equal(a, state.slots[key])
