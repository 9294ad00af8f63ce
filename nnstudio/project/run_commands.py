"""Undoable edits of the runs list: rename a run, delete an earlier run (Qt-free, like
``commands``; the GUI puts them on its undo stack)."""

from __future__ import annotations

from nnstudio.errors import NNStudioError
from nnstudio.i18n import M_
from nnstudio.project.commands import Command

MAX_NAME = 60


def clean_run_name(name) -> str:
    """The name a run may take: trimmed, one line, not empty, at most :data:`MAX_NAME` characters."""
    text = " ".join(str(name).split())
    if not text:
        raise NNStudioError(M_("errors", "A run needs a name."))
    if len(text) > MAX_NAME:
        raise NNStudioError(M_("errors", "A run's name can have at most {count} characters.").format(count=MAX_NAME))
    return text


def _find(doc, run_id):
    for index, run in enumerate(doc.history.runs):
        if run.id == run_id:
            return index, run
    raise NNStudioError(M_("errors", "There is no run {id} in this project.").format(id=run_id))


class RenameRun(Command):
    def __init__(self, run_id: int, name: str):
        self.run_id, self.name = run_id, clean_run_name(name)
        self.text = M_("commands", "Rename run {id} to “{name}”").format(id=run_id, name=self.name)
        self._old = None

    def redo(self, doc):
        _, run = _find(doc, self.run_id)
        self._old, run.name = run.name, self.name
        doc.notify("history")

    def undo(self, doc):
        _, run = _find(doc, self.run_id)
        run.name = self._old
        doc.notify("history")


class DeleteRun(Command):
    """Delete an earlier run. The current (last) run is the one the network's weights come from:
    it stays."""

    def __init__(self, doc, run_id: int):
        index, run = _find(doc, run_id)
        if run is doc.history.current:
            raise NNStudioError(M_("errors", "The latest run cannot be deleted: the network's weights come "
                                             "from it. Reset the weights to start a new run."))
        self.run_id = run_id
        self.text = M_("commands", "Delete run “{name}”").format(name=run.name)
        self._removed = None

    def redo(self, doc):
        index, run = _find(doc, self.run_id)
        self._removed = (index, run)
        del doc.history.runs[index]
        doc.notify("history")

    def undo(self, doc):
        index, run = self._removed
        doc.history.runs.insert(index, run)
        doc.notify("history")
