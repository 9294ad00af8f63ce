"""Project commands on the window's undo stack: a QUndoCommand that applies a Qt-free command.

``id()`` is the command's ``merge_id`` (typing in a spin box merges into one undo step through
``merge_with``).

Qt calls ``redo``/``undo`` and would swallow an exception raised in them (it cannot pass through
C++): the command would then sit on the stack half applied. So a failing step is taken back (the
document is left as it was before the step), marked obsolete (Qt drops it from the stack) and
reported through the stack's ``edit_failed`` signal, which the window shows in plain words.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from nnstudio.gui.user_text import user_text

log = logging.getLogger(__name__)


class ProjectUndoStack(QUndoStack):
    """The window's undo stack; ``edit_failed(message)`` when a step could not be applied."""

    edit_failed = Signal(str)

    def push_command(self, doc, command) -> bool:
        """Apply ``command`` to ``doc`` as one undoable step; False (and ``edit_failed``) when it failed."""
        step = ProjectUndoCommand(doc, command, self)
        self.push(step)
        return step.failure is None


class ProjectUndoCommand(QUndoCommand):
    def __init__(self, doc, command, stack=None, parent=None):
        super().__init__(user_text(command.text), parent)   # Edit ▸ Undo …, in the user's language
        self.doc = doc
        self.command = command
        self.stack = stack
        self.failure = None

    def id(self):
        return self.command.merge_id if self.command.merge_id is not None else -1

    def mergeWith(self, other):
        if not isinstance(other, ProjectUndoCommand) or other.doc is not self.doc or other.failure is not None:
            return False
        if self.command.merge_with(other.command):
            self.setText(user_text(self.command.text))
            return True
        return False

    def redo(self):
        self._guarded(self.command.redo, self.command.undo)

    def undo(self):
        self._guarded(self.command.undo, self.command.redo)

    def _guarded(self, step, back):
        try:
            step(self.doc)
        except Exception as e:
            log.warning("the edit %r failed; it is taken back", self.text(), exc_info=e)
            self.failure = e
            with contextlib.suppress(Exception):   # the views that failed for the change, if they fail again
                back(self.doc)
            self.setObsolete(True)
            if self.stack is not None:
                self.stack.edit_failed.emit(self.text())
