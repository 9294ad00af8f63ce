"""Screenshots of pictures in the window for the docs (run under Xvfb at 1600×1000):

    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/gui/pictures_screenshots.py docs/screenshots

Writes pictures-folder-dialog.png (a generated picture folder opened: the preview per class, the
files left out and what happens to the network), pictures-folder-opened.png (the window after
it: the default example's network replaced by the suggested CNN, the status bar saying so),
pictures-draw-examples.png (the pad to draw your own examples, three classes drawn),
pictures-feature-maps.png (the Shapes (CNN) example trained: filters and
feature maps in the neuron view) and pictures-predictions.png (test pictures with their
predicted class).
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402

QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())

from nnstudio.gui.app import ensure_app  # noqa: E402


def _circle(cx, cy, r, n=24, start=0.0, end=2 * math.pi):
    return [(cx + r * math.cos(start + (end - start) * k / n), cy + r * math.sin(start + (end - start) * k / n))
            for k in range(n + 1)]


SMILEY = [_circle(128, 128, 90), _circle(95, 100, 6, 8), _circle(161, 100, 6, 8),
          _circle(128, 130, 50, 12, 0.3, math.pi - 0.3)]
SUN = [_circle(128, 128, 40)] + [[(128 + 55 * math.cos(a), 128 + 55 * math.sin(a)),
                                  (128 + 95 * math.cos(a), 128 + 95 * math.sin(a))]
                                 for a in (k * math.pi / 4 for k in range(8))]
HOUSE = [[(60, 120), (128, 50), (196, 120)], [(70, 120), (70, 210), (186, 210), (186, 120)],
         [(110, 210), (110, 160), (146, 160), (146, 210)]]


def settle(app, seconds=0.5):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(folder):
    os.makedirs(folder, exist_ok=True)
    os.environ["NNSTUDIO_NO_TOUR"] = "1"
    app = ensure_app()
    from nnstudio.gui.main_window import MainWindow
    from nnstudio.project import make_example
    from tests.gui.test_pictures import make_picture_folder

    window = MainWindow()
    window.move(0, 0)
    window.resize(1600, 1000)
    window.show()
    settle(app)

    root = make_picture_folder(Path(tempfile.mkdtemp()) / "shapes", per_class=10)
    panel = window.training.data_panel

    def shoot_dialog():
        dialog = panel.picture_dialog
        dialog.set_folder(str(root))
        while dialog.folder is None:
            settle(app, 0.1)
        settle(app)
        dialog.grab().save(os.path.join(folder, "pictures-folder-dialog.png"))
        dialog.accept()
    QTimer.singleShot(0, shoot_dialog)
    panel.open_picture_folder()
    settle(app, 1.0)
    window.grab().save(os.path.join(folder, "pictures-folder-opened.png"))

    def shoot_pad():
        dialog = panel.draw_dialog
        dialog.move(200, 100)
        settle(app)
        for name, strokes in (("smiley", SMILEY), ("sun", SUN), ("house", HOUSE)):
            dialog.add_class(name)
            for i in range(6 if name != "house" else 3):
                dialog.pad.draw_strokes([[(x + 3 * i, y - 2 * i) for x, y in s] for s in strokes])
                dialog.add_example()
        dialog.pad.draw_strokes(HOUSE[:2])
        settle(app)
        dialog.grab().save(os.path.join(folder, "pictures-draw-examples.png"))
        dialog.saved_folder = "not saved"      # close without the "lose the drawings?" question
        dialog.reject()
    QTimer.singleShot(0, shoot_pad)
    panel.draw_examples()

    window.doc.replace_with(make_example("shapes_cnn"))
    window.doc.training.epochs = 6
    settle(app, 1.0)
    window.training.controller.toggle()
    while window.workspace.training_active:
        settle(app, 0.2)
    part = window.insight
    part.dock_for(part.neurons).raise_()
    end = time.monotonic() + 15    # the part redraws a shown view within a few seconds
    while not part.neurons.feature_maps.isVisible() and time.monotonic() < end:
        settle(app, 0.2)
    settle(app, 1.0)
    window.grab().save(os.path.join(folder, "pictures-feature-maps.png"))
    part.dock_for(part.predictions).raise_()
    part.predictions.tabs.setCurrentIndex(1)
    end = time.monotonic() + 15
    while part.predictions.grid.count() == 0 and time.monotonic() < end:
        settle(app, 0.2)
    settle(app, 1.0)
    window.grab().save(os.path.join(folder, "pictures-predictions.png"))
    window.training.shutdown()
    window.undo_stack.blockSignals(True)
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
