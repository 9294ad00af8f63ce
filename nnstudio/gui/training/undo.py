"""Project commands from the training and data panels go on the window's QUndoStack through the
builder's adapter (``ProjectUndoCommand``), so they undo, redo and merge like network edits."""

from __future__ import annotations

from nnstudio.gui.builder.undo_adapter import ProjectUndoCommand


def push(undo_stack, doc, command):
    """Apply ``command`` to ``doc`` as one undoable step."""
    undo_stack.push(ProjectUndoCommand(doc, command))
