"""Opening is a transaction: every hostile file of the corpus ends in one warning, and the project
that was open stays exactly as it was (same bytes when saved again, same title, same undo steps);
a window that fails while taking a valid file puts the previous project back."""

from __future__ import annotations

import hashlib
import time
import zipfile

import pytest

from nnstudio.errors import ProjectFileError
from tests.gui.test_builder_files import open_and_wait, trained_weights
from tests.hostile_corpus import PROJECT_CASES, good_project


def saved_hash(window, path):
    """Save, then hash what the file holds (its members' bytes; the zip's timestamps aside)."""
    window.save_project(path)
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            digest.update(name.encode() + z.read(name))
    return digest.hexdigest()


def test_every_hostile_file_leaves_the_open_project_intact(window, tmp_path, message_boxes, qtbot):
    trained_weights(window)
    window.builder.insert_layer(2, "Dropout")
    first = tmp_path / "mine.nnstudio"
    before = saved_hash(window, first)
    window.builder.insert_layer(2, "Dropout")      # an unsaved change and an undo step the file keeps
    window.doc.set_dirty(False)
    title, depth, layers = window.windowTitle(), window.undo_stack.count(), list(window.doc.layers)
    for case, (make, phrase) in sorted(PROJECT_CASES.items()):
        shown = len(message_boxes.shown)
        open_and_wait(window, make(tmp_path), qtbot)
        assert len(message_boxes.shown) == shown + 1, case
        kind, _, text = message_boxes.shown[-1]
        assert kind == "warning" and phrase in text, (case, text)
        assert window.windowTitle() == title and window.undo_stack.count() == depth, case
        assert window.doc.layers == layers, case
    window.undo_stack.undo()
    assert saved_hash(window, tmp_path / "again.nnstudio") == before


def test_a_window_that_fails_to_take_a_file_puts_the_previous_project_back(window, tmp_path, message_boxes,
                                                                          qtbot, monkeypatch):
    first = tmp_path / "mine.nnstudio"
    before = saved_hash(window, first)
    title = window.windowTitle()
    good = good_project(tmp_path)

    def broken():
        raise RuntimeError("a view could not show the new project")
    with monkeypatch.context() as patch:
        patch.setattr(window.builder, "after_project_replaced", broken)
        with pytest.raises(ProjectFileError, match="left as it was"):
            window.open_project(good)
        assert window.windowTitle() == title and window.doc.path == str(first)
        assert saved_hash(window, tmp_path / "again.nnstudio") == before
        open_and_wait(window, good, qtbot)
        assert "left as it was" in message_boxes.shown[-1][2]
    open_and_wait(window, good, qtbot)               # the same file opens once the window can take it
    assert window.doc.path == str(good) and window.windowTitle().startswith("good.nnstudio")


def slow_data(monkeypatch, steps=200):
    """Data that takes ``steps`` × 10 ms to load (progress and Cancel between steps) wherever a
    project or an example is prepared; returns the list of steps taken so far."""
    import nnstudio.project.opening as opening
    from nnstudio.data import Cancelled

    real = opening.load_dataset
    started = []

    def slow(spec, progress=None, should_cancel=None):
        for i in range(steps):
            started.append(i)
            progress(i / steps)
            if should_cancel():
                raise Cancelled("cancelled")
            time.sleep(0.01)
        return real(spec)
    monkeypatch.setattr(opening, "load_dataset", slow)
    return started


def test_a_slow_open_shows_progress_and_can_be_cancelled(window, tmp_path, message_boxes, qtbot, monkeypatch):
    started = slow_data(monkeypatch)
    layers = list(window.doc.layers)
    window.builder.files.open_interactive(str(good_project(tmp_path)))
    qtbot.waitUntil(lambda: len(started) > 5)
    assert window.builder.files.task.busy()
    window.builder.files.task.cancel()
    qtbot.waitUntil(lambda: not window.builder.files.task.busy())
    assert window.doc.layers == layers and not message_boxes.shown


def test_a_broken_file_on_the_command_line_opens_the_window_with_a_message(window, tmp_path, message_boxes, qtbot):
    from nnstudio.gui.file_open import open_from_outside

    broken = tmp_path / "broken.nnstudio"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    layers = list(window.doc.layers)
    open_from_outside(window, broken)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    kind, title, text = message_boxes.shown[-1]
    assert kind == "warning" and text.startswith("broken.nnstudio is damaged")
    assert window.doc.layers == layers and window.isVisible()


def test_opening_is_refused_with_a_lasting_message_while_training(window, tmp_path, message_boxes):
    window.workspace.training_active = True
    try:
        window.builder.files.open_interactive(str(good_project(tmp_path)))
        window.builder.files.new_project_interactive()
    finally:
        window.workspace.training_active = False
    assert [kind for kind, _, _ in message_boxes.shown] == ["information", "information"]
    assert "stop it" in message_boxes.shown[-1][2]
    assert window.doc.path is None or not window.doc.path.endswith("good.nnstudio")
