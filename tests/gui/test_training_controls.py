"""Pause, resume, step one batch / one epoch, stop: each does exactly that, and the counters,
progress bar, run history and curves agree. stopButton is enabled exactly while a run is active."""

import numpy as np
import pytest
from PySide6.QtWidgets import QProgressBar, QPushButton, QToolButton

from tests.gui.training_fixtures import curve_points, training_window, use_example, wait_state  # noqa: F401


def check_agree(window):
    """Counters, bar, history and curves tell the same story (the run is at rest)."""
    controller = window.training.controller
    p = controller.latest
    run = window.doc.history.current
    batches = run.settings["batches_per_epoch"]
    assert p.batches == batches
    assert len(run.epochs) == p.epoch
    assert len(run.batch_loss) == p.epoch * batches + p.batch
    bar = window.findChild(QProgressBar, "trainingProgress")
    assert bar.value() == p.epoch * batches + p.batch
    assert bar.maximum() == p.epochs * batches
    x, _ = curve_points(window, "lossPlot", "loss")
    assert len(x) == p.epoch
    bx, _ = curve_points(window, "lossPlot", "batch")
    assert len(bx) == len(run.batch_loss)
    return p


@pytest.fixture
def long_run(training_window):
    use_example(training_window, "circle", epochs=2000)
    return training_window


def test_step_pause_resume_stop(qtbot, long_run):
    window = long_run
    buttons = {name: window.findChild(QPushButton, name) for name in ("trainButton", "pauseButton", "stopButton",
                                                                       "resetButton")}
    step = window.findChild(QToolButton, "stepButton")
    controller = window.training.controller
    assert not buttons["stopButton"].isEnabled() and not buttons["pauseButton"].isEnabled()

    step.click()                                          # from idle: one batch, then paused
    wait_state(qtbot, window, "paused")
    assert buttons["stopButton"].isEnabled() and not buttons["pauseButton"].isEnabled()
    assert buttons["trainButton"].text() == "Resume"
    p = check_agree(window)
    assert (p.epoch, p.batch) == (0, 1)

    controller.step("epoch")                              # to the end of epoch 1
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 1)
    p = check_agree(window)
    assert (p.epoch, p.batch) == (1, 0)
    assert window.doc.weights is not None                 # epoch ends put the weights in the project

    step.menu().actions()[0].trigger()                    # "Step one batch" from the menu
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.batch == 1)
    p = check_agree(window)
    assert (p.epoch, p.batch) == (1, 1)

    buttons["trainButton"].click()                        # resume
    wait_state(qtbot, window, "running")
    assert buttons["pauseButton"].isEnabled() and buttons["stopButton"].isEnabled()
    assert not buttons["trainButton"].isEnabled()
    qtbot.waitUntil(lambda: controller.latest.epoch >= 3)
    buttons["pauseButton"].click()
    wait_state(qtbot, window, "paused")
    assert buttons["stopButton"].isEnabled()
    paused_at = check_agree(window)
    qtbot.wait(100)                                       # paused means paused
    assert controller.latest == paused_at and len(window.doc.history.current.batch_loss) == (
        paused_at.epoch * paused_at.batches + paused_at.batch)

    buttons["trainButton"].click()
    wait_state(qtbot, window, "running")
    session = controller.session
    buttons["stopButton"].click()
    wait_state(qtbot, window, "idle", timeout=500)        # ends within 0.5 s
    assert not buttons["stopButton"].isEnabled()
    run = window.doc.history.current
    assert run.status == "stopped"
    assert controller.session is None                     # the window keeps the weights, not the run
    final = session.model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(window.doc.weights, final))   # the weights are kept


def test_space_toggles_train_and_pause(qtbot, long_run):
    window = long_run
    window.activateWindow()
    window.training.toggle_action.trigger()
    wait_state(qtbot, window, "running")
    window.training.toggle_action.trigger()
    wait_state(qtbot, window, "paused")
    assert window.training.toggle_action.shortcut().toString() == "Space"
    window.training.controller.stop()
    wait_state(qtbot, window, "idle")


def test_learning_rate_changed_while_paused_keeps_weights_and_applies(qtbot, long_run):
    window = long_run
    controller = window.training.controller
    controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 1)
    before = [w.copy() for w in window.doc.weights]
    old_lr = window.doc.training.learning_rate
    spin = window.training.settings_panel.widgets["learning_rate"]
    assert spin.objectName() == "learningRateSpin"
    spin.setValue(0.001)
    assert window.doc.training.learning_rate == 0.001
    qtbot.waitUntil(lambda: controller.session.config.learning_rate == 0.001)
    after = controller.session.model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(before, after))
    assert all(np.array_equal(a, b) for a, b in zip(before, window.doc.weights))
    run = window.doc.history.current
    assert len(run.markers) == 1 and run.markers[0]["epoch"] == 1.0
    assert f"{old_lr:g} → 0.001" in run.markers[0]["text"]
    controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 2)
    assert run.epochs[0]["lr"] == old_lr and run.epochs[1]["lr"] == 0.001
    window.training.curves.refresh()
    lines = window.training.curves.loss_plot._markers
    assert len(lines) == 1 and lines[0].value() == 1.0


def test_optimizer_changed_while_paused_keeps_weights(qtbot, long_run):
    window = long_run
    controller = window.training.controller
    controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 1)
    before = [w.copy() for w in window.doc.weights]
    combo = window.training.settings_panel.widgets["optimizer"]
    combo.setCurrentIndex(combo.findData("sgd"))
    assert window.doc.training.optimizer == "sgd"
    qtbot.waitUntil(lambda: type(controller.session.model.optimizer).__name__ == "SGD")
    assert all(np.array_equal(a, b) for a, b in zip(before, controller.session.model.get_weights()))
    assert "adam → sgd" in window.doc.history.current.markers[-1]["text"]


def test_divergence_pauses_and_restores_the_last_good_epoch(qtbot, long_run):
    window = long_run
    controller = window.training.controller
    controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 1)
    controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 2)
    good = [w.copy() for w in window.doc.weights]
    panel = window.training.settings_panel
    panel.widgets["optimizer"].setCurrentIndex(panel.widgets["optimizer"].findData("sgd"))
    panel.widgets["learning_rate"].setValue(10.0)
    with qtbot.waitSignal(controller.diverged, timeout=10000) as blocker:
        window.findChild(QPushButton, "trainButton").click()
    assert "learning rate" in blocker.args[0]
    assert controller.state == "paused"
    assert window.training.banner.isVisible()
    assert "diverged" in window.statusBar().currentMessage()
    weights = window.doc.weights
    assert all(np.isfinite(w).all() for w in weights)
    assert all(np.array_equal(a, b) for a, b in zip(weights, good))
    run = window.doc.history.current
    assert run.status == "diverged" and len(run.epochs) == 2
    for key in ("loss", "test_loss", "batch"):
        _, y = curve_points(window, "lossPlot", key)
        assert np.isfinite(y).all()
    check_agree(window)
    window.findChild(QPushButton, "trainingBannerAction").click()    # "Use learning rate 1"
    assert window.doc.training.learning_rate == 1.0


def test_default_example_with_sgd_at_rate_10_diverges(qtbot, training_window):
    window = training_window                         # MainWindow() opens the circle example
    from nnstudio.data import load_dataset
    from nnstudio.project import model_for_project

    window.doc.training.optimizer = "sgd"
    window.doc.training.learning_rate = 10.0
    fresh = model_for_project(window.doc, load_dataset(window.doc.data_spec), with_weights=False).get_weights()
    goods = [fresh]
    window.training.controller.progress.connect(lambda p: p.kind == "epoch" and goods.append(p.weights))
    with qtbot.waitSignal(window.training.controller.diverged, timeout=10000):
        window.training.controller.train()
    assert all(np.isfinite(w).all() for w in window.doc.weights)
    assert all(np.array_equal(a, b) for a, b in zip(window.doc.weights, goods[-1]))
    window.training.controller.stop()
    wait_state(qtbot, window, "idle")


def test_network_editing_is_blocked_while_a_run_is_active(qtbot, long_run, monkeypatch):
    window = long_run
    calls = []
    monkeypatch.setattr(window.builder, "set_editing_enabled", lambda on, reason="": calls.append((on, reason)),
                        raising=False)
    window.training.controller.train()
    wait_state(qtbot, window, "running")
    assert window.workspace.training_active
    assert calls[-1][0] is False and "Stop" in calls[-1][1]
    assert not window.training.data_panel.combo.isEnabled()
    assert window.training.settings_panel.widgets["learning_rate"].isEnabled()     # live setting
    assert not window.training.settings_panel.widgets["batch_size"].isEnabled()
    window.training.controller.stop()
    wait_state(qtbot, window, "idle")
    assert calls[-1] == (True, "") and not window.workspace.training_active
    assert window.training.settings_panel.widgets["batch_size"].isEnabled()
