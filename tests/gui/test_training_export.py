"""Curves export as PNG and the history as CSV; earlier runs show dimmed for comparison; the
hover readout names the epoch and the values under the mouse."""

import csv

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from nnstudio.gui.training.export import export_curves_png, export_history_csv
from tests.gui.training_fixtures import curve_points, training_window, use_example, wait_state  # noqa: F401


def train_twice(qtbot, window):
    doc = use_example(window, "gauss", epochs=4)
    window.training.controller.train()
    wait_state(qtbot, window, "idle")
    window.training.controller.reset_weights()
    window.training.controller.train()
    wait_state(qtbot, window, "idle")
    return doc


def test_png_and_csv_exports(qtbot, training_window, tmp_path):
    window = training_window
    doc = train_twice(qtbot, window)
    png = export_curves_png([window.training.curves.loss_plot, window.training.curves.accuracy_plot],
                            tmp_path / "curves.png", width=800)
    image = QImage(png)
    assert not image.isNull() and image.width() == 1600
    path = export_history_csv(doc.history, tmp_path / "history.csv")
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 8
    assert [r["run"] for r in rows] == ["1"] * 4 + ["2"] * 4
    assert float(rows[-1]["test_accuracy"]) == doc.history.current.final("test_accuracy")
    assert window.training.export_png_action in window.menus["export"].actions()


def test_earlier_runs_show_dimmed_when_ticked(qtbot, training_window):
    window = training_window
    doc = train_twice(qtbot, window)
    table = window.training.runs_table
    qtbot.waitUntil(lambda: table.rowCount() == 2)          # the table refreshes at most 4 times a second
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "finished")
    newest = doc.history.current
    assert table.item(0, 1).text() == newest.name and table.item(0, 3).text() == "4"
    assert float(table.item(0, 8).text()) == pytest.approx(newest.final("test_accuracy"), rel=1e-3)
    assert table.item(0, 0).checkState() == Qt.Checked and table.item(1, 0).checkState() == Qt.Unchecked
    first = doc.history.runs[0]
    table.set_compared(first.id)
    keys = set(window.training.curves.loss_plot.curves)
    assert f"run{first.id}:loss" in keys
    x, _ = curve_points(window, "lossPlot", f"run{first.id}:loss")
    assert len(x) == 4
    table.set_compared(first.id, False)
    assert f"run{first.id}:loss" not in window.training.curves.loss_plot.curves


def test_hover_readout_names_epoch_and_values(qtbot, training_window):
    window = training_window
    train_twice(qtbot, window)
    curves = window.training.curves
    plot = curves.loss_plot
    vb = plot.getPlotItem().vb
    scene_pos = vb.mapViewToScene(pg.Point(2, vb.viewRect().center().y()))
    curves._on_mouse(plot, scene_pos)
    assert "Epoch 2 " in curves.readout.full_text and "loss: training" in curves.readout.full_text
    assert curves.accuracy_plot.cursor.isVisible() and curves.accuracy_plot.cursor.value() == 2
    curves._on_mouse(plot, None)
    assert curves.readout.full_text.startswith("Epoch 4 ")


def test_log_scale_toggle(qtbot, training_window):
    window = training_window
    window.training.log_check.setChecked(True)
    assert window.training.curves.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_fit_follows_the_data_until_the_user_zooms(qtbot, training_window):
    window = training_window
    train_twice(qtbot, window)
    plot = window.training.curves.loss_plot
    (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
    x, y = curve_points(window, "lossPlot", "batch")
    assert x0 <= x.min() and x.max() <= x1 and y0 <= y.min() and y.max() <= y1
    plot.getPlotItem().vb.sigRangeChangedManually.emit([True, True])       # what a drag or wheel sends
    assert not plot.following
    window.findChild(pg.QtWidgets.QPushButton, "curvesAutoRange").click()
    assert plot.following
