"""One description per layer type: every engine layer has one, and what it says holds for the engine."""

import pytest

from nnstudio.engine.layers import LAYER_CLASSES, deserialize
from nnstudio.project.layer_types import FAMILY_COLORS, GROUPS, LAYER_TYPES, family_of, summary_of
from nnstudio.project.model_factory import last_activation
from nnstudio.project.network import new_layer_spec


def test_every_engine_layer_type_has_exactly_one_description():
    assert set(LAYER_TYPES) == set(LAYER_CLASSES)
    assert {t.group for t in LAYER_TYPES.values()} == {key for key, _ in GROUPS}
    assert all(t.family in FAMILY_COLORS for t in LAYER_TYPES.values())
    assert family_of("Input") == family_of("InputLayer") == "input"


@pytest.mark.parametrize("name", sorted(LAYER_TYPES))
def test_defaults_build_an_engine_layer_whose_config_has_every_setting_and_export_argument(name):
    described = LAYER_TYPES[name]
    spec = new_layer_spec(name)
    config = deserialize(spec).get_config()
    if name == "InputLayer":
        return
    assert set(described.fields) <= set(config) | {"name"}
    assert set(described.code_args + described.code_kwargs) <= set(config)
    assert summary_of(spec) is not None
    assert described.export is not None


def test_summaries_read_as_before():
    assert summary_of({"class_name": "Dense", "config": {"units": 64, "activation": "relu"}}) == "64 units · relu"
    assert summary_of({"class_name": "Dense", "config": {"units": 1, "activation": "linear"}}) == "1 unit"
    conv = {"filters": 8, "kernel_size": [3, 3], "strides": [2, 2], "padding": "same", "activation": "relu"}
    assert summary_of({"class_name": "Conv2D", "config": conv}) == "8 filters 3×3 /2 · same · relu"
    assert summary_of({"class_name": "AveragePooling2D", "config": {"pool_size": [2, 2], "padding": "same"}}) == \
        "2×2 · same"
    assert summary_of(new_layer_spec("GlobalAveragePooling2D")) == "one average per channel"
    assert summary_of({"class_name": "Dropout", "config": {"rate": 0.2}}) == "rate 0.2"


def test_output_activation_looks_through_layers_that_keep_the_activation():
    layers = [new_layer_spec("Dense", activation="softmax"), new_layer_spec("Dropout"), new_layer_spec("Flatten")]
    assert last_activation(layers) == "softmax"
    assert last_activation(layers + [new_layer_spec("LeakyReLU")]) == "relu"
