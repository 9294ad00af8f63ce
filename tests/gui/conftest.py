"""Shared GUI fixtures: settings kept in a temporary folder (no test touches the user's layout or
recent files), garbage collected on the UI thread only, a main window that is always shut down
cleanly, and message-box capture."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory):
    """QSettings of the whole GUI test session live in a temporary INI folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("NN Studio Tests")
    QCoreApplication.setApplicationName("NN Studio Tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.fixture(autouse=True)
def collect_on_ui_thread(qapp):
    """As in the app (``ensure_app``): cycles are collected on the UI thread only, never by a worker
    thread that happens to allocate (collecting an old Qt wrapper there can hang the process)."""
    from nnstudio.gui import ui_thread_gc

    collector = ui_thread_gc.install(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def full_speed(request, monkeypatch):
    """GUI tests train at full speed: the app's "watch" pace for 2-D examples would make every run
    take seconds. Tests marked ``paced`` keep the app's defaults."""
    if request.node.get_closest_marker("paced") is None:
        monkeypatch.setattr("nnstudio.gui.training.part.default_pace", lambda doc, input_shape=None: None)


@pytest.fixture
def main_window(qtbot):
    """``MainWindow()`` on the default example, shown; at teardown any training is stopped and the
    window closed without an unsaved-changes prompt."""
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    shutdown = getattr(window.training, "shutdown", None)
    if shutdown is not None:
        shutdown()
    window.doc.set_dirty(False)
    window.close()
    window.deleteLater()


@pytest.fixture(scope="module")
def shared_window(qapp, isolated_settings):
    """One main window per test module (building a window takes ~0.5 s); see ``window``."""
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    yield window
    shutdown = getattr(window.training, "shutdown", None)
    if shutdown is not None:
        shutdown()
    window.doc.set_dirty(False)
    window.close()
    window.deleteLater()


@pytest.fixture
def window(shared_window, qtbot):
    """The module's main window, reset to a fresh default example with an empty undo stack."""
    from nnstudio.project.examples import DEFAULT_EXAMPLE, make_example

    w = shared_window
    builder = w.builder
    if builder.editing_enabled is False:
        builder.set_editing_enabled(True)
    builder.palette.search.clear()
    builder.files._replace(make_example(DEFAULT_EXAMPLE), None)
    builder.canvas.auto_layout()
    w.statusBar().clearMessage()
    w.show()
    qtbot.waitUntil(w.isVisible)
    yield w
    w.doc.set_dirty(False)


class MessageBoxes:
    """Records what QMessageBox would have shown; ``answer`` is what ``question`` returns."""

    def __init__(self):
        self.shown = []       # (kind, title, text)
        self.answer = None

    def texts(self, kind=None):
        return [t for k, _title, t in self.shown if kind is None or k == kind]


@pytest.fixture
def message_boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()
    boxes.answer = QMessageBox.Cancel

    def fake(kind):
        def show(parent, title, text, *args, **kwargs):
            boxes.shown.append((kind, title, text))
            return boxes.answer if kind == "question" else QMessageBox.Ok
        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return boxes


def send_drop(canvas, mime, pos, leave_first=False):
    """Drag ``mime`` over the canvas viewport to viewport point ``pos`` and drop it there, as Qt's
    drag loop would (offscreen, a real mouse drag drops nothing). Returns whether the marker showed."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    viewport = canvas.viewport()
    actions = Qt.CopyAction | Qt.MoveAction
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, actions, mime, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, mime, Qt.LeftButton, Qt.NoModifier))
    marker_shown = canvas.marker.isVisible()
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return marker_shown


def palette_mime(window, class_name):
    """The palette's own drag payload for ``class_name`` (through the view's model)."""
    from PySide6.QtWidgets import QAbstractItemView

    view = window.findChild(QAbstractItemView, "layerPalette")
    index = window.builder.palette.index_of(class_name)
    assert index.isValid(), class_name
    return view.model().mimeData([index])


def run_script_under_xvfb(script, timeout=90) -> dict:
    """Run ``script`` on a real X server (xvfb-run, platform xcb) and return the JSON object it
    printed last (tests of what only real windows and real input show)."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(script)],
                          capture_output=True, text=True, timeout=timeout, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no result (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-2000:]}"
    return json.loads(lines[-1])
