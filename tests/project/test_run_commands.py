"""Renaming and deleting runs: undoable, and the latest run (the weights' run) stays."""

from __future__ import annotations

import pytest

from nnstudio.errors import NNStudioError
from nnstudio.project import ProjectDocument, load_project, make_example, save_project
from nnstudio.project.run_commands import MAX_NAME, DeleteRun, RenameRun, clean_run_name


def _doc_with_runs(n=3) -> ProjectDocument:
    doc = make_example("circle")
    for i in range(n):
        run = doc.history.new_run({"learning_rate": 0.01 * (i + 1)})
        run.epochs.append({"epoch": 1, "loss": 1.0 / (i + 1)})
    doc.set_dirty(False)
    return doc


def test_rename_and_undo(tmp_path):
    doc = _doc_with_runs()
    seen = []
    doc.changed.connect(seen.append)
    command = RenameRun(2, "  Adam,   fast  ")
    command.redo(doc)
    assert doc.history.runs[1].name == "Adam, fast" and "history" in seen and doc.dirty
    assert str(command.text) == "Rename run 2 to “Adam, fast”"
    save_project(doc, tmp_path / "p.nnstudio")
    assert load_project(tmp_path / "p.nnstudio").history.runs[1].name == "Adam, fast"
    command.undo(doc)
    assert doc.history.runs[1].name == "Run 2"


@pytest.mark.parametrize("name", ["", "   \n ", "x" * (MAX_NAME + 1)])
def test_bad_names_are_refused_in_plain_words(name):
    with pytest.raises(NNStudioError, match="name"):
        clean_run_name(name)


def test_an_earlier_run_is_deleted_and_comes_back_in_place():
    doc = _doc_with_runs()
    before = [r.id for r in doc.history.runs]
    command = DeleteRun(doc, 2)
    command.redo(doc)
    assert [r.id for r in doc.history.runs] == [1, 3]
    assert doc.history.current.id == 3
    command.undo(doc)
    assert [r.id for r in doc.history.runs] == before
    assert doc.history.runs[1].epochs == [{"epoch": 1, "loss": 0.5}]
    command.redo(doc)                            # redo after undo deletes the same run again
    assert [r.id for r in doc.history.runs] == [1, 3]


def test_the_latest_run_cannot_be_deleted():
    doc = _doc_with_runs()
    with pytest.raises(NNStudioError, match="latest run"):
        DeleteRun(doc, 3)
    with pytest.raises(NNStudioError, match="no run 9"):
        DeleteRun(doc, 9)
