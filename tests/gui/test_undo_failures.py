"""A step that fails inside Qt's undo stack (which cannot pass a Python exception on) is taken back,
dropped from the stack and reported in plain words; the project stays as it was."""

from __future__ import annotations

from nnstudio.project import commands
from tests.gui.test_hostile_open import saved_hash
from tests.gui.test_hostile_paste import HUGE


def _failing_view(window, fail_on):
    """A view that raises when the document announces ``fail_on`` (what a broken view would do)."""
    armed = [True]

    def listener(what):
        if armed[0] and what == fail_on:
            raise RuntimeError("a view could not show the change")
    window.doc.changed.connect(listener)
    return armed, listener


def test_a_failing_edit_is_taken_back_and_reported(window, message_boxes):
    layers, depth = list(window.doc.layers), window.undo_stack.count()
    armed, listener = _failing_view(window, "network")
    try:
        assert window.builder.push(commands.InsertLayer(1, "Dropout")) is False
    finally:
        window.doc.changed.disconnect(listener)
    assert window.doc.layers == layers
    assert window.undo_stack.count() == depth and not window.undo_stack.canRedo()
    kind, title, text = message_boxes.shown[-1]
    assert kind == "warning" and "Insert Dropout" in text and "as it was before" in text
    assert "Error" not in text and "a view could not" not in text
    assert window.builder.push(commands.InsertLayer(1, "Dropout"))      # the same edit works once the view does
    assert len(window.doc.layers) == len(layers) + 1


def test_a_redo_that_fails_leaves_the_undone_project_and_drops_the_step(window, message_boxes):
    layers = list(window.doc.layers)
    window.builder.insert_layer(1, "Dropout")
    window.undo_stack.undo()
    armed, listener = _failing_view(window, "network")
    try:
        window.undo_stack.redo()
    finally:
        window.doc.changed.disconnect(listener)
    assert window.doc.layers == layers and not window.undo_stack.canRedo()
    assert "as it was before" in message_boxes.shown[-1][2]


def test_a_paste_whose_network_step_fails_changes_nothing(window, message_boxes, tmp_path):
    before = saved_hash(window, tmp_path / "mine.nnstudio")
    layers, training, depth = list(window.doc.layers), window.doc.training.to_dict(), window.undo_stack.count()
    armed, listener = _failing_view(window, "network")
    try:
        applied = window.builder.import_keras_code(HUGE.replace("1000000000", "8") +
                                                   "\nmodel.compile(optimizer='sgd', loss='mse')\n")
    finally:
        window.doc.changed.disconnect(listener)
    assert applied is not None
    assert window.doc.layers == layers and window.doc.training.to_dict() == training
    assert window.undo_stack.count() == depth and not window.undo_stack.canRedo()
    assert "as it was before" in message_boxes.shown[-1][2]
    assert saved_hash(window, tmp_path / "again.nnstudio") == before
