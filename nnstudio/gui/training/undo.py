"""Project commands from the training and data panels go on the window's undo stack
(``ProjectUndoStack``), so they undo, redo and merge like network edits."""

from __future__ import annotations


def push(undo_stack, doc, command) -> bool:
    """Apply ``command`` to ``doc`` as one undoable step (False when it failed and was taken back)."""
    return undo_stack.push_command(doc, command)
