"""Project files from the window: save/open round trip (with weights), refusals that leave the
project untouched, unsaved-changes prompts, title, recent files, examples and the gallery."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnstudio.errors import ProjectFileError
from nnstudio.gui.builder.recent_files import recent_files
from nnstudio.project.examples import EXAMPLES
from nnstudio.project.file_format import project_to_json
from nnstudio.project.model_factory import model_for_project
from tests.project.project_files import edit_project_file


def trained_weights(window):
    """Give the project weights and optimizer state as training would (one batch of Adam)."""
    ds = window.workspace.dataset
    model = model_for_project(window.doc, ds, with_weights=False)
    model.train_on_batch(ds.x_train[:16], ds.y_train[:16])
    window.doc.set_weights(model.get_weights(), model.optimizer.get_state())


def same_project(a, b):
    assert project_to_json(a) | {"app": ""} == project_to_json(b) | {"app": ""}
    assert len(a.weights) == len(b.weights)
    for x, y in zip(a.weights, b.weights):
        np.testing.assert_array_equal(x, y)
    assert a.optimizer_state.iterations == b.optimizer_state.iterations
    slots_a, slots_b = a.optimizer_state.values(), b.optimizer_state.values()   # as the formula names them
    assert sorted(slots_a) == sorted(slots_b)
    for k in slots_a:
        np.testing.assert_array_equal(slots_a[k], slots_b[k])


def test_save_open_round_trip_with_weights(window, tmp_path):
    window.builder.insert_layer(2, "Dropout")
    trained_weights(window)
    saved = window.doc.copy()
    path = tmp_path / "round.nnstudio"
    window.save_project(path)
    assert not window.doc.dirty and not window.isWindowModified()
    assert "round.nnstudio" in window.windowTitle()
    window.builder.insert_layer(1, "Dense")                       # change it, then reopen
    assert window.isWindowModified()
    window.open_project(path)
    same_project(saved, window.doc)
    assert window.undo_stack.count() == 0 and not window.doc.dirty
    assert window.doc.path == str(path)
    assert recent_files()[0] == str(path)
    assert window.workspace.report.ok
    assert [b.content.name for b in window.builder.canvas.layer_blocks()] == \
        [s["config"]["name"] for s in saved.layers]


def _bad_files(good, folder):
    newer = folder / "newer.nnstudio"
    edit_project_file(good, newer, project=lambda d: d.update(schema_version=99))
    truncated = folder / "truncated.nnstudio"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    unknown = folder / "unknown.nnstudio"
    edit_project_file(good, unknown, project=lambda d: d["network"]["layers"][1].update(class_name="Conv3D"))
    shapes = folder / "shapes.nnstudio"
    edit_project_file(good, shapes, weights=lambda a: a.update({"weights/0000": np.zeros((3, 5), np.float32)}))
    return {"newer": (newer, "newer NN Studio"), "truncated": (truncated, "damaged"),
            "unknown": (unknown, "'Conv3D'"), "shapes": (shapes, "have shape (3, 5)")}


def open_and_wait(window, path, qtbot):
    """File ▸ Open's path (the file is read off the UI thread), until its work is over."""
    window.builder.files.open_interactive(str(path))
    qtbot.waitUntil(lambda: not window.builder.files.task.busy(), timeout=30000)


def test_bad_files_are_refused_with_a_message_and_nothing_changes(window, tmp_path, message_boxes, qtbot):
    trained_weights(window)
    good = tmp_path / "good.nnstudio"
    window.save_project(good)
    window.builder.insert_layer(2, "Dropout")
    window.doc.set_dirty(False)
    before = window.doc.copy()
    depth = window.undo_stack.count()
    for kind, (path, phrase) in _bad_files(good, tmp_path).items():
        open_and_wait(window, path, qtbot)                        # File ▸ Open's path, with its dialog
        kind_, title, text = message_boxes.shown[-1]
        assert kind_ == "warning" and phrase in text, (kind, text)
        assert "Traceback" not in text
        with pytest.raises(ProjectFileError):                    # the scripted contract raises
            window.open_project(path)
        assert window.doc.layers == before.layers, kind
        assert window.doc.path == str(good) and window.undo_stack.count() == depth
        for a, b in zip(window.doc.weights, before.weights):
            np.testing.assert_array_equal(a, b)
    assert len(message_boxes.shown) == 4


def test_unsaved_changes_prompt_on_new_open_and_close(window, tmp_path, message_boxes, monkeypatch):
    files = window.builder.files
    window.builder.insert_layer(2, "Dropout")
    assert window.doc.dirty
    edited = copy.deepcopy(window.doc.layers)
    message_boxes.answer = QMessageBox.Cancel
    files.new_project_interactive()
    assert window.doc.layers == edited and message_boxes.texts("question")
    assert window.builder.can_close() is False
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    files.open_interactive()
    assert window.doc.layers == edited
    # Save: asks for a name (Save As), then goes on
    target = tmp_path / "kept.nnstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    message_boxes.answer = QMessageBox.Save
    files.new_project_interactive()
    assert target.exists() and window.doc.path is None
    assert [s["class_name"] for s in window.doc.layers] == ["InputLayer", "Dense"]
    assert window.workspace.report.ok
    window.builder.insert_layer(1, "Dense")
    message_boxes.answer = QMessageBox.Discard
    assert window.builder.can_close() is True


def test_title_and_modified_follow_the_undo_stack(window, tmp_path):
    path = tmp_path / "t.nnstudio"
    window.save_project(path)
    assert window.windowTitle().startswith("t.nnstudio[*]") and not window.isWindowModified()
    window.builder.insert_layer(2, "ReLU")
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified() and not window.doc.dirty
    trained_weights(window)                       # a change outside the undo stack stays unsaved
    assert window.doc.dirty
    window.builder.insert_layer(2, "ReLU")
    window.undo_stack.undo()
    assert window.doc.dirty


def test_recent_files_menu(window, tmp_path):
    for i in range(10):
        window.save_project(tmp_path / f"p{i}.nnstudio")
    files = recent_files()
    assert len(files) == 8 and files[0].endswith("p9.nnstudio")
    menu = window.builder.files.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == files


def test_examples_menu_loads_an_undoable_example(window, tmp_path, qtbot):
    window.save_project(tmp_path / "mine.nnstudio")
    mine = copy.deepcopy(window.doc.layers)
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName().startswith("example-")}
    assert set(actions) == {f"example-{k}" for k in EXAMPLES}
    actions["example-digits_cnn"].trigger()        # made off the UI thread, then taken as one undo step
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=10000)
    assert window.doc.title == "Digits (CNN)" and window.doc.path is None
    assert [s["class_name"] for s in window.doc.layers][1] == "Conv2D"
    assert window.workspace.report.ok and window.workspace.dataset.input_shape == (8, 8, 1)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.doc.layers == mine and window.doc.path == str(tmp_path / "mine.nnstudio")


def test_example_gallery_shows_pictures_and_notes(window, qtbot):
    from nnstudio.gui.builder.example_gallery import ExampleGallery

    gallery = ExampleGallery(window, current_key="spiral")
    qtbot.addWidget(gallery)
    assert gallery.list.count() == len(EXAMPLES)
    assert all(not gallery.list.item(i).icon().isNull() for i in range(gallery.list.count()))
    assert gallery.selected_key() == "spiral"
    assert "spiral" in gallery.note.text().lower()
    gallery.list.setCurrentRow(list(EXAMPLES).index("iris"))
    assert gallery.note.text() == EXAMPLES["iris"].make().teacher_note
    assert gallery.description.text().startswith(EXAMPLES["iris"].description)
