"""Pictures in the window: a generated picture folder opened through the dialog (progress, the
preview per class, the files left out), a CNN trained on it, and its feature maps and filters
in the neuron view; the predictions view shows the pictures with their predicted class."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListWidget, QPushButton, QSpinBox

from nnstudio.data.shapes import draw_shape
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401

Image = pytest.importorskip("PIL.Image")


def make_picture_folder(root, per_class=12, seed=0):
    """circle/ and triangle/ with PNG drawings of mixed sizes (some colour JPEGs), and a broken file."""
    rng = np.random.default_rng(seed)
    for kind, name in ((0, "circle"), (2, "triangle")):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            picture = Image.fromarray(draw_shape(kind, rng, 0.05).astype(np.uint8))
            if i % 3 == 0:
                picture.convert("RGB").resize((40, 40)).save(root / name / f"{i}.jpg", quality=95)
            else:
                picture.save(root / name / f"{i}.png")
    (root / "triangle" / "notes.png").write_text("not a picture")
    return root


def open_folder_through_dialog(qtbot, window, root):
    panel = window.training.data_panel
    seen = {}

    def drive():
        dialog = panel.picture_dialog
        dialog.set_folder(str(root))
        qtbot.waitUntil(lambda: dialog.folder is not None, timeout=20000)
        seen["progress"] = dialog.progress.value()
        seen["skipped"] = [dialog.findChild(QListWidget, "skippedPictures").item(i).text()
                           for i in range(dialog.skipped.count())]
        seen["status"] = dialog.status.text()
        seen["thumbnails"] = sum(1 for i in range(dialog.preview.count())
                                 if dialog.preview.itemAt(i).widget().pixmap() is not None
                                 and not dialog.preview.itemAt(i).widget().pixmap().isNull())
        dialog.accept()
    QTimer.singleShot(0, drive)
    panel.open_picture_folder()
    return seen


@pytest.mark.slow
def test_a_picture_folder_trains_a_cnn_and_shows_its_feature_maps(qtbot, training_window, tmp_path):
    window = training_window
    doc = use_example(window, "digits_cnn", epochs=4)
    root = make_picture_folder(tmp_path / "shapes")
    seen = open_folder_through_dialog(qtbot, window, root)
    assert seen["progress"] == 100
    assert seen["skipped"] and "notes.png" in seen["skipped"][0]
    assert "24 pictures in 2 classes" in seen["status"]
    assert seen["thumbnails"] == 16                     # 8 per class
    assert doc.data_spec["name"] == "image_folder" and doc.data_spec["path"] == str(root)
    ds = window.workspace.dataset
    assert ds.class_names == ("circle", "triangle") and ds.input_shape == (28, 28, 1)
    assert doc.layers[0]["config"]["shape"] == [28, 28, 1]
    reason = window.workspace.why_not_trainable()
    assert reason and "2" in reason                     # the example's 10 outputs do not fit 2 classes
    layers = [dict(spec, config=dict(spec["config"])) for spec in doc.layers]
    layers[-1]["config"]["units"] = 2
    doc.set_layers(layers)
    assert window.workspace.why_not_trainable() is None

    window.findChild(QPushButton, "trainButton").click()
    wait_state(qtbot, window, "idle", timeout=60000)
    assert doc.history.current.status == "finished" and len(doc.history.current.epochs) == 4

    part = window.insight
    part.dock_for(part.neurons).raise_()
    view = part.neurons
    qtbot.waitUntil(lambda: view.feature_maps.isVisible() and bool(view.feature_maps.map_labels), timeout=10000)
    maps, filters = view.feature_maps.map_labels, view.feature_maps.filter_labels
    assert [len(m) for m in maps] == [8] and [len(f) for f in filters] == [8]   # one Conv2D, 8 filters
    assert all(not label.pixmap().isNull() for label in maps[0] + filters[0])
    spin = view.feature_maps.findChild(QSpinBox, "featureMapSampleSpin")
    assert spin.maximum() == ds.n_test
    before = maps[0][0].pixmap().toImage()
    spin.setValue(2)
    qtbot.waitUntil(lambda: view.feature_maps.map_labels[0][0].pixmap().toImage() != before, timeout=5000)
    assert view.feature_maps.map_labels[0][0] is maps[0][0]   # the same network: pictures change, labels stay

    part.dock_for(part.predictions).raise_()
    predictions = part.predictions
    predictions.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: predictions.grid.count() == ds.n_test, timeout=10000)
    text = predictions.grid.item(0).text()
    assert "→" in text and any(name in text for name in ds.class_names)
