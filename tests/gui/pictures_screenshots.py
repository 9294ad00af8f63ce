"""Screenshots of pictures in the window for the docs (run under Xvfb at 1600×1000):

    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/gui/pictures_screenshots.py docs/screenshots

Writes pictures-folder-dialog.png (a generated picture folder opened: the preview per class and
the files left out), pictures-feature-maps.png (the Shapes (CNN) example trained: filters and
feature maps in the neuron view) and pictures-predictions.png (test pictures with their
predicted class).
"""

from __future__ import annotations

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
        dialog.reject()
    QTimer.singleShot(0, shoot_dialog)
    panel.open_picture_folder()

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
