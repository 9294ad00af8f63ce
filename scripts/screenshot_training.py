"""Screenshots of training in the app, mid-run and after: docs/screenshots/training-{mid,done}.png.

Run under a real X server so fonts and styles are the ones users see:
    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_training.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from nnstudio.gui.app import ensure_app  # noqa: E402
from nnstudio.project import make_example  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def wait(app, condition, timeout=60.0):
    end = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def main(example="spiral"):
    os.environ["NNSTUDIO_NO_TOUR"] = "1"
    from PySide6.QtCore import QSettings

    settings_dir = tempfile.mkdtemp(prefix="nnstudio-shots-")      # the default layout, not the last one
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, settings_dir)
    app = ensure_app()
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.doc.replace_with(make_example(example))
    window.doc.set_dirty(False)
    wait(app, lambda: False, 0.5)
    controller = window.training.controller
    controller.train()
    # mid-run: a third of the epochs, then pause so the picture is steady
    wait(app, lambda: controller.latest is not None and controller.latest.epoch >= controller.latest.epochs // 3)
    controller.pause()
    wait(app, lambda: controller.state == "paused")
    wait(app, lambda: False, 0.3)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "training-mid.png"))
    controller.train()
    wait(app, lambda: controller.state == "idle", 120)
    wait(app, lambda: False, 0.3)
    window.grab().save(str(OUT / "training-done.png"))
    print(OUT / "training-mid.png", OUT / "training-done.png")
    window.training.shutdown()
    window.builder.can_close = lambda: True
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
