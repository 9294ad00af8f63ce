"""Ctrl+C (SIGINT) and SIGTERM go through the window's normal close path: with unsaved changes
the user is asked (and may cancel); otherwise the window closes — in the window, and in the real
``nnstudio`` entry run as its own process, which then exits with status 0 having lost nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from nnstudio.project import load_project, make_example, save_project


def test_sigterm_and_sigint_close_the_window_as_its_close_button_does(main_window, qtbot, message_boxes):
    from nnstudio.gui.close_signals import CloseOnSignals

    closer = CloseOnSignals(main_window)
    try:
        main_window.builder.insert_layer(2, "Dropout")
        assert main_window.doc.dirty
        message_boxes.answer = QMessageBox.Cancel
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(message_boxes.texts("question")), timeout=5000)
        assert closer.received == [signal.SIGTERM]
        assert main_window.isVisible()                     # cancelled: the project stays open
        message_boxes.answer = QMessageBox.Discard
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
        assert closer.received == [signal.SIGTERM, signal.SIGINT]
        assert len(message_boxes.texts("question")) == 2
    finally:
        closer.uninstall()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


SCRIPT = Path(__file__).with_name("signal_close_script.py")


def run_entry(project, signal_name, *answers):
    """The real entry in its own process (offscreen); returns (status, printed lines, stderr)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, str(SCRIPT), str(project), signal_name, *answers], capture_output=True,
                       text=True, timeout=120, env=env)
    return r.returncode, r.stdout.splitlines(), r.stderr


def saved_layers(path):
    return [s["class_name"] for s in load_project(path).layers]


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_to_the_real_app_asks_and_saves_then_exits_cleanly(tmp_path, signal_name):
    """With unsaved changes, SIGTERM or Ctrl+C asks as the close button does; Cancel keeps the
    window; Save writes the change; the app then exits with status 0 and nothing is lost."""
    project = tmp_path / "mine.nnstudio"
    save_project(make_example("xor"), project)
    before = saved_layers(project)
    status, lines, stderr = run_entry(project, signal_name, "Cancel", "Save")
    assert status == 0, (lines, stderr)
    assert [line.split()[0] for line in lines] == ["changed", "signal", "asked", "still", "signal", "asked",
                                                  "exit"], lines
    assert "“mine.nnstudio” has changes that are not saved" in lines[2]
    assert lines[3] == "still open True"
    assert saved_layers(project) == before[:1] + ["Dropout"] + before[1:]
    assert "Traceback" not in stderr


def test_discarding_on_a_signal_leaves_the_file_as_it_was(tmp_path):
    project = tmp_path / "mine.nnstudio"
    save_project(make_example("xor"), project)
    content = project.read_bytes()
    status, lines, stderr = run_entry(project, "SIGTERM", "Discard")
    assert status == 0 and lines[-1] == "exit 0", (lines, stderr)
    assert project.read_bytes() == content
