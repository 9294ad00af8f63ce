"""Training from the window: a whole run, and the classic example, through the real buttons."""

import numpy as np
from PySide6.QtWidgets import QProgressBar, QPushButton, QSpinBox

from tests.gui.training_fixtures import curve_points, training_window, use_example, wait_state  # noqa: F401


def test_spiral_trains_to_high_test_accuracy(qtbot, training_window):
    window = training_window
    doc = use_example(window, "spiral")
    epochs = doc.training.epochs
    train = window.findChild(QPushButton, "trainButton")
    stop = window.findChild(QPushButton, "stopButton")
    assert train.isEnabled() and not stop.isEnabled()
    train.click()
    assert stop.isEnabled() and window.workspace.training_active
    wait_state(qtbot, window, "idle", timeout=30000)
    assert not stop.isEnabled() and not window.workspace.training_active

    run = doc.history.current
    assert run.status == "finished"
    assert len(run.epochs) == epochs
    x, y = curve_points(window, "lossPlot", "loss")
    assert len(x) == epochs and list(x) == list(range(1, epochs + 1))
    assert np.isfinite(y).all()
    assert y[-10:].mean() < 0.5 * y[:10].mean()           # the loss falls
    _, test_acc = curve_points(window, "accuracyPlot", "test_metric")
    assert len(test_acc) == epochs
    assert run.final("test_accuracy") >= 0.95
    batches = run.settings["batches_per_epoch"]
    bx, _ = curve_points(window, "lossPlot", "batch")
    assert len(bx) == len(run.batch_loss) == epochs * batches
    assert bx[-1] == epochs
    bar = window.findChild(QProgressBar, "trainingProgress")
    assert bar.value() == bar.maximum() == epochs * batches
    assert f"{epochs}/{epochs}" in bar.text()
    assert doc.weights is not None and doc.optimizer_state is not None


def test_classic_example_learns_above_chance(qtbot, training_window):
    window = training_window
    doc = use_example(window, "classic")
    window.findChild(QSpinBox, "epochsSpin").setValue(3)
    assert doc.training.epochs == 3
    window.findChild(QPushButton, "trainButton").click()
    wait_state(qtbot, window, "idle", timeout=30000)
    run = doc.history.current
    assert len(run.epochs) == 3
    assert run.final("test_accuracy") > 0.3                # 10 classes: chance is 0.1


def test_train_is_disabled_with_the_reason_while_the_network_cannot_train(qtbot, training_window):
    window = training_window
    doc = window.doc
    train = window.findChild(QPushButton, "trainButton")
    layers = [dict(spec, config=dict(spec["config"])) for spec in doc.layers]
    layers[-1]["config"]["units"] = 5                     # the circle has 2 classes
    doc.set_layers(layers)
    reason = window.workspace.why_not_trainable()
    assert reason and not train.isEnabled()
    assert reason in train.toolTip()
    layers[-1]["config"]["units"] = 2
    doc.set_layers(layers)
    assert train.isEnabled()


def test_training_continues_from_the_weights_as_a_new_run(qtbot, training_window):
    window = training_window
    doc = use_example(window, "gauss", epochs=3)
    window.training.controller.train()
    wait_state(qtbot, window, "idle")
    first = doc.history.current
    assert [e["epoch"] for e in first.epochs] == [1, 2, 3]
    window.training.controller.train()
    wait_state(qtbot, window, "idle")
    second = doc.history.current
    assert second is not first and len(doc.history.runs) == 2
    assert [e["epoch"] for e in second.epochs] == [4, 5, 6]     # continued, three epochs more
    window.findChild(QPushButton, "resetButton").click()
    assert doc.weights is None
    window.training.controller.train()
    wait_state(qtbot, window, "idle")
    assert [e["epoch"] for e in doc.history.current.epochs] == [1, 2, 3]   # fresh weights
    assert len(doc.history.runs) == 3


def test_regression_shows_the_mean_absolute_error(qtbot, training_window):
    window = training_window
    doc = use_example(window, "gauss", epochs=3)
    panel = window.training.data_panel
    panel._on_combo(panel.combo.findData("plane"))
    layers = [dict(spec, config=dict(spec["config"])) for spec in doc.layers]
    layers[-1]["config"]["units"] = 1
    doc.set_layers(layers)
    assert window.workspace.why_not_trainable() is None
    window.training.controller.train()
    wait_state(qtbot, window, "idle")
    plot = window.training.curves.accuracy_plot
    assert "mae" in plot.getPlotItem().getAxis("left").labelText
    _, y = curve_points(window, "accuracyPlot", "metric")
    assert len(y) == 3 and plot.curves["metric"].name() == "Training mae"


def test_a_finished_run_leaves_no_model_behind(qtbot, training_window):
    """The window keeps the run's weights in the project, not the run's model (whose helper
    processes end with it)."""
    import gc
    import weakref

    window = training_window
    use_example(window, "circle")
    window.findChild(QSpinBox, "epochsSpin").setValue(20)
    controller = window.training.controller
    window.findChild(QPushButton, "trainButton").click()
    session = controller.session
    assert session is not None, "the run did not start"
    wait_state(qtbot, window, "idle", timeout=30000)
    assert window.doc.history.current.status == "finished"
    model = weakref.ref(session.model)
    del session
    assert controller.session is None
    gc.collect()
    assert model() is None
    assert window.doc.weights is not None
