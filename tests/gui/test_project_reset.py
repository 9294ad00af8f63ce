"""A project change resets everything the old project left on screen; resetting the weights
clears "stopped at epoch …"."""

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar

from nnstudio.project import make_example
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401


def _train(qtbot, window, epochs):
    window.doc.training.epochs = epochs
    window.training.controller.train()
    wait_state(qtbot, window, "idle")


@pytest.mark.parametrize("how", ["example", "open", "new"])
def test_a_project_change_clears_what_the_old_project_showed(qtbot, training_window, tmp_path, how):
    window = training_window
    part = window.training
    saved = tmp_path / "other.nnstudio"
    other = make_example("xor")
    other.training.epochs = 3
    window.doc.replace_with(other)
    _train(qtbot, window, 3)
    window.save_project(saved)
    window.doc.replace_with(make_example("circle"))

    _train(qtbot, window, 5)                                   # a run: "Done: epoch 5/5"
    bar = window.findChild(QProgressBar, "trainingProgress")
    assert "5/5" in bar.format()
    part.banner.show_message("The training diverged", "warning")
    plot = part.curves.loss_plot
    plot.getPlotItem().vb.setRange(xRange=(100, 200), yRange=(5, 6))   # the user zoomed away
    plot._stop_following()
    part.runs_table.refresh()
    row_loss = part.runs_table.item(0, 7).text()

    if how == "example":
        window.builder.load_example("gauss")
    elif how == "open":
        window.open_project(saved)
    else:
        window.builder.files.new_project()

    assert not part.banner.isVisible()
    assert bar.format() == "Ready"
    assert "epoch" not in window.statusBar().currentMessage()     # "Training finished after 5 epochs"
    (x0, x1), _ = plot.getPlotItem().vb.viewRange()
    assert x1 < 100                                            # the zoom is gone
    assert plot.following
    if how == "open":                                          # its own run 1, with its own values
        assert part.runs_table.rowCount() == 1
        assert part.runs_table.item(0, 7).text() != row_loss
        assert window.doc.history.runs[0].final("epoch") == 3
    else:
        assert part.runs_table.rowCount() == 0


def test_reset_weights_clears_stopped_at_epoch(qtbot, training_window):
    window = training_window
    use_example(window, "circle", epochs=100000)
    controller = window.training.controller
    controller.train()
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch >= 2)
    controller.stop()
    wait_state(qtbot, window, "idle")
    bar = window.findChild(QProgressBar, "trainingProgress")
    assert bar.format().startswith("Stopped at epoch")
    window.findChild(type(window.training.controls.reset_button), "resetButton").click()
    assert bar.format() == "Ready"
    assert window.statusBar().currentMessage() == "Ready to train."
    assert window.findChild(QLabel, "trainingSpeed").text() == ""
