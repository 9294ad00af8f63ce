"""A REAL mouse drag from the palette to the canvas, under Xvfb (run by test_builder_real_drag.py).

The window is shown on the X server; ``xdotool`` (a separate process, so Qt's drag loop never
waits for Python) moves the pointer to the palette's Dense item, presses, moves to the gap
between two blocks in several steps and releases. The script prints the layer list before and
after as JSON and exits. Usage: xvfb-run -a -s "-screen 0 1600x1000x24" python real_drag_script.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402

QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())

from nnstudio.gui.app import ensure_app  # noqa: E402


def main() -> int:
    app = ensure_app()
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1500, 950)
    window.move(0, 0)
    window.show()
    before = [s["class_name"] for s in window.doc.layers]
    result = {"before": before, "after": None, "error": None}

    window.builder.palette_dock.raise_()     # the Layers tab, as a user clicks it (the Data tab opens first)

    def drag():
        palette = window.builder.palette
        view = palette.view
        index = palette.index_of("Dense")
        view.scrollTo(index)
        start = view.viewport().mapToGlobal(view.visualRect(index).center())
        canvas = window.builder.canvas
        end = canvas.viewport().mapToGlobal(canvas.drop_point(2))
        steps = []
        for i in range(1, 11):
            x = start.x() + (end.x() - start.x()) * i // 10
            y = start.y() + (end.y() - start.y()) * i // 10
            steps += ["mousemove", str(x), str(y), "sleep", "0.05"]
        command = ["xdotool", "mousemove", str(start.x()), str(start.y()), "sleep", "0.3", "mousedown", "1",
                   "sleep", "0.2", "mousemove", str(start.x() + 12), str(start.y() + 4), "sleep", "0.1",
                   *steps, "sleep", "0.3", "mouseup", "1"]
        result["from"], result["to"] = [start.x(), start.y()], [end.x(), end.y()]
        subprocess.Popen(command)   # runs on its own while Qt's drag loop (QDrag.exec) runs here

    def check():
        now = [s["class_name"] for s in window.doc.layers]
        if now != before or check.ticks > 80:
            result["after"] = now
            result["names"] = [s["config"]["name"] for s in window.doc.layers]
            window.doc.set_dirty(False)
            app.quit()
        check.ticks += 1

    check.ticks = 0
    QTimer.singleShot(1200, drag)
    poll = QTimer()
    poll.timeout.connect(check)
    QTimer.singleShot(1300, lambda: poll.start(100))
    app.exec()
    print(json.dumps(result))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
