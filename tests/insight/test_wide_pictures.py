"""Pictures of 64×64 pixels (a size the folder dialog offers) and colour pictures through 32
filters: the views look inside such networks, running grids, test sets and probe batches
through in batches whose widest layer stays within the views' memory budget."""

from __future__ import annotations

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.data import load_dataset
from nnstudio.engine import budget
from nnstudio.insight import outputs
from nnstudio.insight.feature_maps import conv_pictures
from nnstudio.insight.live_model import PROBE_SIZE, LiveModel, insight_model
from nnstudio.project.document import ProjectDocument as Document
from nnstudio.project.suggested_network import suggest_for
from nnstudio.project.workspace import Workspace

Image = pytest.importorskip("PIL.Image")


def picture_folder(root, size, colour=False, per_class=6):
    rng = np.random.default_rng(0)
    for name in ("dots", "bars"):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            shape = (size, size, 3) if colour else (size, size)
            Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8)).save(root / name / f"{i}.png")
    return root


def picture_project(tmp_path, size, channels, per_class=6):
    spec = {"name": "image_folder", "path": str(picture_folder(tmp_path / "pictures", size, channels == 3, per_class)),
            "size": size, "channels": channels}
    dataset = load_dataset(spec)
    return Document(layers=suggest_for(dataset), data_spec=spec), dataset


def test_the_views_look_inside_the_network_suggested_for_64_pixel_pictures(tmp_path):
    doc, dataset = picture_project(tmp_path, 64, 1)
    model = insight_model(doc, dataset)          # declined before: a 64×64×8 layer is 32,768 values
    assert budget.widest_output(model.layers) > 8_192
    maps = conv_pictures(model, dataset.x_test[0])
    assert maps[0].maps.shape[1:] == (64, 64)
    probs = outputs.class_probabilities(model, outputs.predict(model, dataset.x_test), dataset.n_classes)
    assert probs.shape == (len(dataset.x_test), 2)


def test_a_colour_cnn_with_32_filters_is_looked_inside_too(tmp_path):
    doc, dataset = picture_project(tmp_path, 32, 3)
    doc.layers = [{"class_name": "InputLayer", "config": {"shape": [32, 32, 3]}},
                  {"class_name": "Conv2D", "config": {"filters": 32, "kernel_size": [3, 3], "padding": "same",
                                                      "activation": "relu"}},
                  {"class_name": "MaxPooling2D", "config": {"pool_size": [2, 2]}},
                  {"class_name": "Flatten", "config": {}},
                  {"class_name": "Dense", "config": {"units": 2, "activation": "softmax"}}]
    assert insight_model(doc, dataset) is not None


def test_predictions_go_through_in_batches_cut_to_the_widest_layer():
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((64, 64, 1)), keras.layers.Conv2D(16, 3, padding="same"),
                              keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(2)])
    sizes = []
    forward = model.forward

    def spy(x, training=False):
        sizes.append(len(x))
        return forward(x, training)
    model.forward = spy
    x = np.random.default_rng(1).random((1100, 64, 64, 1)).astype(np.float32)
    out = outputs.predict(model, x)
    chunk = budget.INSIGHT_BATCH_VALUES // (64 * 64 * 16)
    assert chunk == 512 and sizes == [512, 512, 76]
    np.testing.assert_allclose(out, forward(x[:600], False).tolist() + forward(x[600:], False).tolist(), rtol=1e-5)


def test_the_probe_batch_is_cut_so_that_every_layers_outputs_fit(tmp_path):
    doc, dataset = picture_project(tmp_path, 64, 1, per_class=80)
    big = dict(doc.layers[1])
    big["config"] = {**big["config"], "filters": 64}      # 64×64×64: 262,144 values, the views' limit
    doc.layers = [doc.layers[0], big, *doc.layers[2:]]
    live = LiveModel(doc, Workspace(doc))
    per_sample = budget.outputs_per_sample(live.model().layers)
    x, y = live.probe_batch()
    assert len(dataset.x_train) > budget.INSIGHT_BATCH_VALUES // per_sample  # the cut, not the data, decides
    assert len(x) == len(y) == budget.INSIGHT_BATCH_VALUES // per_sample < PROBE_SIZE
    live.close()
