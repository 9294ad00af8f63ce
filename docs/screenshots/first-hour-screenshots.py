"""The README's teacher quick-start pictures, at a classroom projector's 1366×768:

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/first-hour-screenshots.py [OUT_DIR]

writes first-hour-start.png (first start: data, network, boundary), first-hour-spiral-paced.png
(the spiral at the "watch" pace, about halfway through its run), first-hour-presentation.png
(presentation mode during that run) and first-hour-zh_CN.png (the first screen in Chinese).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["NNSTUDIO_NO_TOUR"] = "1"
SIZE = (1366, 768)


def settle(app, seconds):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app, condition, timeout=120.0):
    end = time.time() + timeout
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    return condition()


def new_window(app):
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.builder.can_close = lambda: True
    window.resize(*SIZE)
    window.show()
    settle(app, 1.5)
    return window


def main(out: Path):
    from PySide6.QtCore import QSettings

    out.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp()
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, folder)
    from nnstudio.gui.app import ensure_app
    from nnstudio.gui.classroom.language import install_translators

    app = ensure_app(["nnstudio"])
    try:
        install_translators(app, "en")
        window = new_window(app)
        window.grab().save(str(out / "first-hour-start.png"))

        window.builder.load_example("spiral")              # opens at the "watch" pace
        settle(app, 1.0)
        controller = window.training.controller
        controller.train()
        epochs = window.doc.training.epochs
        wait(app, lambda: controller.latest is not None and controller.latest.epoch >= epochs // 2)
        settle(app, 1.2)                                    # the boundary view catches up
        window.grab().save(str(out / "first-hour-spiral-paced.png"))
        window.classroom.set_presentation(True)
        settle(app, 2.5)
        window.grab().save(str(out / "first-hour-presentation.png"))
        window.classroom.set_presentation(False)
        controller.stop()
        wait(app, lambda: controller.state == "idle")
        settle(app, 0.5)
        window.close()

        install_translators(app, "zh_CN")
        window = new_window(app)
        window.grab().save(str(out / "first-hour-zh_CN.png"))
        window.close()
        install_translators(app, "en")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
