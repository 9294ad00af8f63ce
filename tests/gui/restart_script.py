"""Run under Xvfb by test_classroom_restart.py: Restart now on a project saved from the closing
prompt; prints {"args": …, "before": …, "after": …, "data": …} as JSON."""

import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
os.environ["NNSTUDIO_NO_TOUR"] = "1"

from PySide6.QtCore import QProcess, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

folder = tempfile.mkdtemp()
for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
    QSettings.setPath(fmt, QSettings.UserScope, folder)

from nnstudio.gui.app import ensure_app  # noqa: E402
from nnstudio.gui.main_window import MainWindow  # noqa: E402


def settle(app, n=30):
    for _ in range(n):
        app.processEvents()


def main():
    app = ensure_app()
    window = MainWindow()
    window.show()
    settle(app)
    window.resize(1200, 760)
    window.move(37, 29)
    settle(app)
    before = window.geometry().getRect()
    window.builder.load_example("spiral")          # unsaved: closing asks; the user saves it
    saved = os.path.join(folder, "spiral.nnstudio")
    window.builder.files.maybe_save = lambda: bool(window.save_project(saved))
    started = []
    QProcess.startDetached = lambda program, args: started.append(list(args)) or True
    QApplication.quit = lambda *a: None
    window.classroom.language.restart()
    again = MainWindow()                            # what the new process builds (app.run_gui)
    if started and started[0][-1].endswith(".nnstudio"):
        again.open_project(started[0][-1])
    again.show()
    settle(app)
    print(json.dumps({"args": started, "before": before, "after": again.geometry().getRect(),
                      "data": again.doc.data_spec.get("name"), "saved": saved}))
    again.builder.can_close = lambda: True
    again.close()


if __name__ == "__main__":
    main()
