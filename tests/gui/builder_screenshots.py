"""Screenshots of the builder for the docs (run under Xvfb at 1600×1000):

    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/gui/builder_screenshots.py docs/screenshots

Writes builder-default.png (the default example) and builder-invalid.png (a Conv2D after a Dense
on 2-D points: the block in the error colour, the reason, the Train button disabled).
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from PySide6.QtCore import QSettings  # noqa: E402

QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())

from nnstudio.gui.app import ensure_app  # noqa: E402


def settle(app, rounds=20):
    for _ in range(rounds):
        app.processEvents()


def main(folder):
    os.makedirs(folder, exist_ok=True)
    app = ensure_app()
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.move(0, 0)
    window.resize(1600, 1000)
    window.show()
    settle(app)
    window.grab().save(os.path.join(folder, "builder-default.png"))
    window.builder.insert_layer(2, "Conv2D")          # Conv2D after a Dense on 2-D points
    settle(app)
    window.grab().save(os.path.join(folder, "builder-invalid.png"))
    window.doc.set_dirty(False)
    window.close()
    print("wrote", folder)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
