"""Plain words by default: Adam's betas, epsilon and "from logits" wait under an Advanced fold
(each with a tooltip); the toolbar says the time left, not samples a second; "1 unit"."""

from PySide6.QtWidgets import QComboBox, QLabel, QToolButton

from nnstudio.gui.user_text import user_text
from nnstudio.project.layer_types import summary_of
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401


def test_jargon_waits_under_the_advanced_fold(qtbot, training_window):
    window = training_window
    panel = window.training.settings_panel
    window.training.settings_dock.raise_()
    qtbot.wait(20)
    toggle = window.findChild(QToolButton, "advancedSettingsToggle")
    for field in ("beta_1", "beta_2", "epsilon"):
        assert not panel.widgets[field].isVisible(), field
        assert panel.widgets[field].toolTip() and panel.form_of(field).labelForField(panel.widgets[field]).toolTip()
    loss_combo = window.findChild(QComboBox, "lossCombo")
    assert "logits" not in loss_combo.itemText(0)
    toggle.click()
    assert all(panel.widgets[f].isVisible() for f in ("beta_1", "beta_2", "epsilon"))
    reads = window.findChild(QLabel, "lossInputLabel")
    assert reads.isVisible() and "from logits" in reads.text() and reads.toolTip()
    toggle.click()
    assert not panel.widgets["beta_1"].isVisible()


def test_the_toolbar_says_the_time_left_and_keeps_the_rate_in_its_tooltip(qtbot, training_window):
    window = training_window
    use_example(window, "circle", epochs=100000)
    controller = window.training.controller
    controller.train()
    speed = window.findChild(QLabel, "trainingSpeed")
    qtbot.waitUntil(lambda: "left" in speed.text(), timeout=10000)
    assert "samples" not in speed.text() and "samples/s" in speed.toolTip()
    controller.stop()
    wait_state(qtbot, window, "idle")


def test_one_unit_is_singular():
    spec = {"class_name": "Dense", "config": {"name": "dense", "units": 1, "activation": "sigmoid"}}
    assert user_text(summary_of(spec)).startswith("1 unit ·")


def test_after_step_one_epoch_the_status_names_the_epoch_not_batch_zero(qtbot, training_window):
    window = training_window
    use_example(window, "circle", epochs=50)
    controller = window.training.controller
    controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.epoch == 1, timeout=10000)
    text = window.statusBar().currentMessage()
    assert text.startswith("Paused after epoch 1.") and "batch 0" not in text
    controller.step("batch")
    qtbot.waitUntil(lambda: controller.state == "paused" and controller.latest.batch == 1, timeout=10000)
    assert window.statusBar().currentMessage().startswith("Paused in epoch 2, after batch 1 of ")
    controller.stop()
    wait_state(qtbot, window, "idle")


def test_a_single_output_value_is_singular(qtbot, training_window):
    from nnstudio.data import load_dataset
    from nnstudio.gui.builder.block_contents import loss_content

    window = training_window
    ds = load_dataset({"name": "plane", "n_samples": 50})
    content = loss_content(window.doc.layers, window.doc.training, ds)
    assert content.meta == "needs 1 output value"
