"""Files handed to the app from outside (command line, double click, macOS FileOpen) and what the
app remembers between starts (recent files, window size and dock arrangement)."""

import json
import os
import subprocess
import sys
import textwrap

from nnstudio.gui.builder.recent_files import recent_files
from nnstudio.gui.file_open import open_from_outside
from nnstudio.project import make_example, save_project


def opened_from_outside(window, path, qtbot):
    """``open_from_outside`` and wait until the file is read (off the UI thread) and taken."""
    open_from_outside(window, path)
    qtbot.waitUntil(lambda: not window.builder.files.task.busy(), timeout=30000)


def test_a_file_from_the_command_line_opens_and_joins_the_recent_files(window, tmp_path, message_boxes, qtbot):
    path = tmp_path / "from the desktop.nnstudio"
    save_project(make_example("iris"), path)
    opened_from_outside(window, path, qtbot)
    assert window.doc.path == str(path) and window.doc.title == make_example("iris").title
    assert recent_files()[0] == str(path)
    assert "from the desktop.nnstudio" in window.windowTitle()
    assert message_boxes.shown == []


def test_a_damaged_file_gets_a_message_and_the_window_keeps_its_project(window, tmp_path, message_boxes, qtbot):
    before = window.doc.layers
    path = tmp_path / "broken.nnstudio"
    path.write_bytes(b"this is not a project")
    opened_from_outside(window, path, qtbot)
    assert len(message_boxes.texts("warning")) == 1
    assert window.doc.layers == before and window.doc.path is None


START = """
import json, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDockWidget
QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, sys.argv[1])
from nnstudio.gui.app import ensure_app
from nnstudio.gui.main_window import MainWindow


def start():
    # as run_gui: locals and the event loop. Module globals may be destroyed in either order at
    # interpreter shutdown, and a window closed without an event loop leaves its plots' pending
    # layout events to the destructors; both crashed the process now and then
    app = ensure_app()
    window = MainWindow()
    window.show()

    def act():
        inspector = window.findChild(QDockWidget, "inspectorDock")
        print(json.dumps({"size": [window.width(), window.height()], "floating": inspector.isFloating(),
                          "recent": window.builder.files.recent_menu.actions()[0].data()}))
        if sys.argv[2] == "arrange":
            window.resize(1234, 876)
            inspector.setFloating(True)
            window.save_project(sys.argv[3])
        window.close()

    QTimer.singleShot(0, act)
    return app.exec()


sys.exit(start())
"""


def start_app(tmp_path, *args):
    """One start of the app in its own process, on a 1600×1000 offscreen screen, with its settings in
    ``tmp_path``; returns what it showed before the script changed anything."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 1600, "height": 1000}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    r = subprocess.run([sys.executable, "-c", START, str(tmp_path / "settings"), *map(str, args)],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_window_size_docks_and_recent_files_are_remembered_between_starts(tmp_path):
    project = tmp_path / "mine.nnstudio"
    first = start_app(tmp_path, "arrange", project)
    assert first["size"] != [1234, 876] and not first["floating"] and first["recent"] is None
    second = start_app(tmp_path, "look")
    assert second == {"size": [1234, 876], "floating": True, "recent": str(project)}


def test_macos_file_open_events_open_the_project(tmp_path):
    """Finder sends a double-clicked file to the app object as a FileOpen event."""
    path = tmp_path / "sent by finder.nnstudio"
    save_project(make_example("xor"), path)
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QCoreApplication, QSettings, QTimer
        from PySide6.QtGui import QFileOpenEvent
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, {str(tmp_path)!r})
        from nnstudio.gui.app import ensure_app
        from nnstudio.gui.file_open import accept_files
        from nnstudio.gui.main_window import MainWindow


        def start():
            # as run_gui and START above: locals and the event loop
            app = ensure_app()
            window = MainWindow()
            window.show()
            accept_files(app, window)
            QCoreApplication.sendEvent(app, QFileOpenEvent({str(path)!r}))

            def finish():
                if window.builder.files.task.busy():   # the file is read off the UI thread
                    QTimer.singleShot(10, finish)
                    return
                print(window.doc.path)
                window.close()

            QTimer.singleShot(0, finish)
            return app.exec()


        sys.exit(start())
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == str(path)
