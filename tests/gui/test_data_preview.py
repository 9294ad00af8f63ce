"""The data preview shows each kind of data the way a user expects (offscreen)."""

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar

from nnstudio.data import load_dataset
from nnstudio.gui.data_preview import IMAGES_PER_CLASS, MAX_TABLE_ROWS, DataPreview
from nnstudio.insight.palette import CLASS_HEX
from tests.gui.training_fixtures import training_window  # noqa: F401


@pytest.fixture
def preview(qtbot):
    widget = DataPreview()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_points_show_as_a_scatter_with_one_dot_per_sample(preview):
    ds = load_dataset({"name": "spiral", "n_samples": 300})
    preview.set_dataset(ds)
    assert preview.current_view() is preview.plot
    assert preview.point_count() == 300
    colours = {p.brush().color().name().upper() for p in preview.scatter.points()}
    assert colours == {CLASS_HEX[0], CLASS_HEX[1]}
    assert preview.balance.rows == [("0", 75, 75), ("1", 75, 75)]


def test_regression_points_are_coloured_by_value(preview):
    preview.set_dataset(load_dataset({"name": "plane", "n_samples": 200}))
    assert preview.point_count() == 200
    assert len({p.brush().color().name() for p in preview.scatter.points()}) > 20
    assert preview.balance.rows == []
    text = " ".join(label.text() for label in preview.balance.findChildren(QLabel))
    assert "100 training samples" in text


def test_images_show_a_few_samples_per_class_with_labels(preview):
    ds = load_dataset({"name": "digits", "layout": "image"})
    preview.set_dataset(ds)
    assert preview.current_view() is preview.image_grid
    assert len(preview.image_cells) == 10 * IMAGES_PER_CLASS
    assert all(not cell.pixmap().isNull() for cell in preview.image_cells)
    labels = [w.text() for w in preview.image_grid.findChildren(QLabel) if w.text()]
    assert "Class 7" in labels
    assert len(preview.balance.rows) == 10
    assert sum(row[1] for row in preview.balance.rows) == ds.n_train


def test_tables_show_the_first_raw_rows(preview):
    preview.set_dataset(load_dataset({"name": "iris"}))
    assert preview.current_view() is preview.table
    assert preview.table.rowCount() == 120 and preview.table.columnCount() == 5
    assert preview.table.item(0, 4).text() in ("setosa", "versicolor", "virginica")
    preview.set_dataset(load_dataset({"name": "classic"}))
    assert preview.table.rowCount() == MAX_TABLE_ROWS and preview.table.columnCount() == 33
    bars = preview.balance.findChildren(QProgressBar)
    assert len(bars) == 20 and {b.value() for b in bars} == {480, 120}


def test_switching_kinds_and_clearing_leaves_nothing_behind(preview, qtbot):
    preview.set_dataset(load_dataset({"name": "digits"}))
    preview.set_dataset(load_dataset({"name": "xor"}))
    assert preview.image_cells == [] and preview.point_count() == 500
    preview.set_dataset(None)
    assert preview.point_count() == 0 and preview.balance.rows == []
    assert preview.summary_label.text() == ""


@pytest.mark.parametrize("example", ["spiral", "shapes_cnn", "iris"])
def test_the_plot_and_the_class_table_never_overlap_in_a_short_dock(qtbot, training_window, example):
    """On a 1366×768 projector while a run is active (its notice takes room), the scatter's x-axis
    label, the pictures or the table stay above the class table: the dock scrolls instead."""
    from PySide6.QtCore import QPoint

    from nnstudio.gui import first_screen
    from tests.gui.training_fixtures import use_example

    window = training_window
    window.resize(1366, 768)
    first_screen.arrange(window)
    use_example(window, example)
    panel = window.training.data_panel
    panel.set_run_active(True)
    preview = panel.preview

    def top(widget):
        return widget.mapTo(preview, QPoint(0, 0)).y()

    def laid_out():
        return top(preview.balance) >= top(preview.stack) + preview.stack.height() and \
            top(preview.stack) >= top(preview.summary_label) + preview.summary_label.height()
    qtbot.waitUntil(lambda: preview.stack.height() > 0 and laid_out(), timeout=3000)
    view = preview.current_view()
    assert top(view) + view.height() <= top(preview.balance)
    if view is preview.plot:
        label = view.mapFromScene(view.getPlotItem().getAxis("bottom").label.sceneBoundingRect()).boundingRect()
        assert view.mapTo(preview, label.bottomLeft()).y() <= top(preview.balance)
