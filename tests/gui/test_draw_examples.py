"""Draw your own examples: classes named, drawings made with (synthetic) mouse strokes on the
pad, undone and cleared, counted per class, saved as a picture folder and opened as the data —
with the network made to fit — and trained at once."""

import os

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton

from nnstudio.gui.draw_examples_dialog import DrawExamplesDialog
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401

pytest.importorskip("PIL")


def stroke(pad, points):
    """One stroke with the left button, through QTest's mouse events on the pad widget."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for p in points[1:]:
        QTest.mouseMove(pad, QPoint(*p))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def vertical(pad, x):
    stroke(pad, [(x, y) for y in range(40, 220, 20)])


def horizontal(pad, y):
    stroke(pad, [(x, y) for x in range(40, 220, 20)])


def draw_two_classes(dialog, per_class=4):
    """'bar' (vertical strokes) and 'dash' (horizontal strokes), a few drawings each."""
    for name, draw in (("bar", vertical), ("dash", horizontal)):
        dialog.findChild(QLineEdit, "drawClassNameEdit").setText(name)
        dialog.findChild(QPushButton, "drawAddClassButton").click()
        for i in range(per_class):
            draw(dialog.pad, 90 + 15 * i)
            dialog.findChild(QPushButton, "drawAddExampleButton").click()


def test_strokes_undo_clear_and_counts_per_class(qtbot, tmp_path):
    dialog = DrawExamplesDialog(folder=str(tmp_path / "drawings"))
    qtbot.addWidget(dialog)
    dialog.show()
    pad = dialog.findChild(type(dialog.pad), "drawExamplesCanvas")
    add = dialog.findChild(QPushButton, "drawAddExampleButton")
    save = dialog.findChild(QPushButton, "drawSaveButton")
    assert not add.isEnabled() and not save.isEnabled()       # no class yet
    dialog.findChild(QLineEdit, "drawClassNameEdit").setText("bar")
    QTest.keyClick(dialog.findChild(QLineEdit, "drawClassNameEdit"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.class_names() == ["bar"]    # Enter adds the class, it does not save

    vertical(pad, 128)
    ink = pad.ink()
    assert ink[128, 128] > 0.9 and ink[128, 20] == 0           # a thick pen along the stroke, nothing beside it
    assert ink[100, 128 - 12] > 0.5                            # ~30 px wide
    horizontal(pad, 60)
    assert len(pad.strokes) == 2 and pad.ink()[60, 200] > 0.9
    dialog.findChild(QPushButton, "drawUndoStrokeButton").click()
    assert len(pad.strokes) == 1 and pad.ink()[60, 200] == 0 and pad.ink()[128, 128] > 0.9
    assert add.isEnabled() and add.text() == "Add to “bar”"
    add.click()
    assert dialog.counts() == {"bar": 1} and not pad.strokes and pad.ink().max() == 0   # kept, pad wiped
    thumbs = dialog.findChild(QListWidget, "drawExamplesThumbnails")
    assert thumbs.count() == 1 and not thumbs.item(0).icon().isNull()
    assert dialog.findChild(QListWidget, "drawClassList").item(0).text() == "bar (1)"

    horizontal(pad, 100)
    dialog.findChild(QPushButton, "drawClearButton").click()
    assert not pad.strokes and pad.ink().max() == 0 and not add.isEnabled()

    dialog.add_class("bar ")                                    # the same name again: refused, said why
    assert dialog.class_names() == ["bar"] and "already" in dialog.status.text()
    dialog.add_class("dash")
    horizontal(pad, 128)
    add.click()
    assert dialog.counts() == {"bar": 1, "dash": 1} and save.isEnabled()
    thumbs.setCurrentRow(0)
    dialog.findChild(QPushButton, "drawRemoveExampleButton").click()
    assert dialog.counts() == {"bar": 1, "dash": 0} and not save.isEnabled()
    dialog.saved_folder = "done"          # no "lose the drawings?" question at teardown


def test_the_data_menu_offers_the_pad_with_a_tooltip(training_window):
    action = training_window.findChild(QAction, "drawExamplesAction")
    assert action in training_window.menus["data"].actions() and action.toolTip()
    assert training_window.findChild(QAction, "openPictureFolderAction") in training_window.menus["data"].actions()


@pytest.mark.slow
def test_drawn_examples_become_a_picture_folder_that_trains_at_once(qtbot, training_window, tmp_path):
    window = training_window
    doc = use_example(window, "circle")                         # a network for 2-D points
    before = [dict(s) for s in doc.layers]
    panel = window.training.data_panel
    folder = tmp_path / "drawings"

    def drive():
        dialog = panel.draw_dialog
        dialog.folder_edit.setText(str(folder))
        draw_two_classes(dialog)
        dialog.findChild(QPushButton, "drawSaveButton").click()
    QTimer.singleShot(0, drive)
    window.findChild(QAction, "drawExamplesAction").trigger()

    assert sorted(os.listdir(folder)) == ["bar", "dash"] and len(os.listdir(folder / "bar")) == 4
    assert doc.data_spec["name"] == "image_folder" and doc.data_spec["path"] == str(folder)
    ds = window.workspace.dataset
    assert ds.class_names == ("bar", "dash") and ds.input_shape == (28, 28, 1) and ds.n_train + ds.n_test == 8
    bar = ds.x_train_raw[ds.y_train == 0][0, :, :, 0]
    assert bar[:, 10:18].mean() > bar[:, :3].mean() + 50          # a vertical stroke, as drawn
    assert [s["class_name"] for s in doc.layers][:2] == ["InputLayer", "Conv2D"]   # the suggested CNN
    assert doc.layers[-1]["config"] == dict(doc.layers[-1]["config"], units=2, activation="softmax")
    assert "cannot take pictures" in window.statusBar().currentMessage()
    train = window.findChild(QPushButton, "trainButton")
    assert window.workspace.why_not_trainable() is None and train.isEnabled()

    train.click()
    wait_state(qtbot, window, "idle", timeout=60000)
    run = doc.history.current
    assert run.status == "finished" and len(run.epochs) == doc.training.epochs == 200   # suggested for 6 pictures
    assert run.epochs[-1]["accuracy"] == 1.0 and run.epochs[-1]["loss"] < run.epochs[0]["loss"] / 2

    window.undo_stack.undo()             # one step takes back the data and the network together
    assert doc.data_spec["name"] == "circle" and doc.layers == before
