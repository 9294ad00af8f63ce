"""Pictures in the window: a generated picture folder opened through the dialog (progress, the
preview per class, the files left out), a CNN trained on it, and its feature maps and filters
in the neuron view; the predictions view shows the pictures with their predicted class."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPushButton, QSpinBox

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
        seen["suggest"] = dialog.findChild(QCheckBox, "pictureSuggestNetwork").isChecked()
        seen["plan"] = dialog.findChild(QLabel, "pictureNetworkPlan").text()
        seen["thumbnails"] = sum(1 for i in range(dialog.preview.count())
                                 if dialog.preview.itemAt(i).widget().pixmap() is not None
                                 and not dialog.preview.itemAt(i).widget().pixmap().isNull())
        dialog.accept()
    QTimer.singleShot(0, drive)
    panel.open_picture_folder()
    return seen


def test_pictures_replace_a_network_that_cannot_take_them_in_one_undo_step(qtbot, training_window, tmp_path):
    window = training_window
    doc = use_example(window, "xor")                   # 2 inputs → 4 → 2 tanh: no pictures
    before, data_before = [dict(s) for s in doc.layers], dict(doc.data_spec)
    seen = open_folder_through_dialog(qtbot, window, make_picture_folder(tmp_path / "shapes", per_class=4))
    assert seen["suggest"] and "convolutional" in seen["plan"]
    assert [s["class_name"] for s in doc.layers] == ["InputLayer", "Conv2D", "MaxPooling2D", "Conv2D",
                                                     "MaxPooling2D", "Flatten", "Dense"]
    assert doc.layers[-1]["config"]["units"] == 2 and window.workspace.why_not_trainable() is None
    assert window.findChild(QPushButton, "trainButton").isEnabled()
    assert "cannot take pictures" in window.statusBar().currentMessage()
    assert (doc.training.optimizer, doc.training.learning_rate) == ("adam", 0.003)   # xor's 0.03 is too fast here
    assert window.undo_stack.undoText() == "Open picture folder"
    window.undo_stack.undo()
    assert doc.layers == before and doc.data_spec == data_before and doc.training.learning_rate == 0.03


@pytest.mark.parametrize("name, layers, units", [
    ("shapes", ["InputLayer", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Flatten", "Dense"], 3),
    ("digits", None, 10)])     # 8×8 digits come as 64 numbers: only the Input and the output change
def test_a_bundled_picture_set_chosen_from_the_list_fits_the_network_in_one_undo_step(qtbot, training_window,
                                                                                    name, layers, units):
    from PySide6.QtWidgets import QComboBox

    window = training_window
    doc = use_example(window, "xor")
    before, data_before = [dict(s) for s in doc.layers], dict(doc.data_spec)
    insight = window.insight
    in_front = lambda view: not insight.dock_for(view).visibleRegion().isEmpty()   # noqa: E731
    insight.dock_for(insight.boundary).raise_()
    qtbot.waitUntil(lambda: in_front(insight.boundary))
    combo = window.findChild(QComboBox, "datasetCombo")
    combo.setCurrentIndex(combo.findData(name))
    combo.activated.emit(combo.currentIndex())          # as a choice with the mouse or keys
    qtbot.waitUntil(lambda: doc.data_spec.get("name") == name, timeout=20000)
    # no plane to draw: a view of the same tab group that shows pictures comes forward instead of the note
    qtbot.waitUntil(lambda: not in_front(insight.boundary))
    beside = window.tabifiedDockWidgets(insight.dock_for(insight.boundary))
    shown = [view for view in (insight.predictions, insight.neurons) if insight.dock_for(view) in beside]
    assert shown and in_front(shown[0])
    assert [s["class_name"] for s in doc.layers] == (layers or [s["class_name"] for s in before])
    assert doc.layers[-1]["config"]["units"] == units
    assert window.workspace.why_not_trainable() is None and window.findChild(QPushButton, "trainButton").isEnabled()
    assert window.undo_stack.undoText().startswith("Choose data")
    window.undo_stack.undo()
    assert doc.layers == before and doc.data_spec == data_before


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
    assert not seen["suggest"] and "2 units (softmax)" in seen["plan"]   # the example's CNN is kept
    assert doc.data_spec["name"] == "image_folder" and doc.data_spec["path"] == str(root)
    ds = window.workspace.dataset
    assert ds.class_names == ("circle", "triangle") and ds.input_shape == (28, 28, 1)
    assert doc.layers[0]["config"]["shape"] == [28, 28, 1]
    # the example's 10 outputs became 2 (softmax), one per class, in the same undo step
    assert doc.layers[-1]["config"]["units"] == 2 and doc.layers[-1]["config"]["activation"] == "softmax"
    assert [s["class_name"] for s in doc.layers][1:3] == ["Conv2D", "MaxPooling2D"]   # the example's own CNN
    assert window.workspace.why_not_trainable() is None
    assert "2 units (softmax)" in window.statusBar().currentMessage()

    window.findChild(QPushButton, "trainButton").click()
    wait_state(qtbot, window, "idle", timeout=60000)
    assert doc.history.current.status == "finished" and len(doc.history.current.epochs) == 4

    part = window.insight
    part.dock_for(part.neurons).raise_()
    view = part.neurons
    # (the view may already show the example's digits from before: wait until it drew this model)
    qtbot.waitUntil(lambda: view.feature_maps.isVisible() and bool(view.feature_maps.map_labels)
                    and not view.needs_refresh(), timeout=10000)
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
