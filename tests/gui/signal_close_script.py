"""Run by test_close_signals.py as its own process, through the real entry (``nnstudio.cli.main``,
which calls ``run_gui``): open PROJECT, make an unsaved change, send this process SIGNAL, and answer
the unsaved-changes question with each of ANSWERS in turn (the next answer after the next signal),
as a user clicking its buttons would. Prints one line per event; exits with the app's status.

    python signal_close_script.py PROJECT SIGNAL ANSWER [ANSWER…]
"""

import os
import signal
import sys
import tempfile

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
os.environ["NNSTUDIO_NO_TOUR"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

folder = tempfile.mkdtemp()
for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
    QSettings.setPath(fmt, QSettings.UserScope, folder)

from nnstudio import cli  # noqa: E402
from nnstudio.gui.app import ensure_app  # noqa: E402

project, signal_name, answers = os.path.abspath(sys.argv[1]), sys.argv[2], list(sys.argv[3:])
sig = getattr(signal, signal_name)


def say(*words):
    print(*words, flush=True)


def later(function, ms=50):
    QTimer.singleShot(ms, function)


def window():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)


def change_then_signal():
    w = window()
    if w is None or not w.isVisible() or w.doc.path != project or w.builder.files.task.busy():
        return later(change_then_signal)
    w.builder.insert_layer(1, "Dropout")
    say("changed", len(w.doc.layers))
    send_signal()


def send_signal():
    say("signal", signal_name)
    os.kill(os.getpid(), sig)
    later(answer)


def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        return later(answer)
    reply = answers.pop(0)
    say("asked", box.text().replace("\n", " "), "->", reply)
    box.button(getattr(QMessageBox, reply)).click()
    if answers:                       # cancelled: the window stays; the next signal asks again
        later(lambda: say("still open", window() is not None and window().isVisible()) or send_signal(), 200)


app = ensure_app()
later(change_then_signal)
status = cli.main([project])
say("exit", status)
sys.exit(status)
