"""Project commands on the window's QUndoStack: a QUndoCommand that applies a Qt-free command.

``id()`` is the command's ``merge_id`` (typing in a spin box merges into one undo step through
``merge_with``).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from nnstudio.gui.user_text import user_text


class ProjectUndoCommand(QUndoCommand):
    def __init__(self, doc, command, parent=None):
        super().__init__(user_text(command.text), parent)   # Edit ▸ Undo …, in the user's language
        self.doc = doc
        self.command = command

    def id(self):
        return self.command.merge_id if self.command.merge_id is not None else -1

    def mergeWith(self, other):
        if not isinstance(other, ProjectUndoCommand) or other.doc is not self.doc:
            return False
        if self.command.merge_with(other.command):
            self.setText(user_text(self.command.text))
            return True
        return False

    def redo(self):
        self.command.redo(self.doc)

    def undo(self):
        self.command.undo(self.doc)
