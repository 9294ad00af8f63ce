"""The workspace's large files read off the UI thread: a project's CSV table read again when its
test share changes, on undo and redo (opening a project reads it with the file itself).

Installed as ``workspace.background_load``; a newer read replaces one still running. Cancel leaves
the project without data and says how to read it again.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject

from nnstudio.gui.background import BackgroundTask
from nnstudio.project.opening import prepare_data


class BackgroundDataLoader(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.task = BackgroundTask(window)

    def __call__(self, spec, done):
        self.task.wait()   # an older read is abandoned: its data is no longer wanted
        name = os.path.basename(str(spec.get("path") or ""))
        self.task.start(lambda progress, cancelled: prepare_data(spec, progress=progress, should_cancel=cancelled),
                        self.tr("Reading {0}…").format(name),
                        lambda result: done(*result),
                        lambda message: done(None, message),
                        cancelled=lambda: done(None, self.tr("Reading the data was cancelled: change the data "
                                                             "settings, or undo and redo, to read it again.")))

    def busy(self) -> bool:
        return self.task.busy()

    def shutdown(self):
        self.task.wait()
