"""Every export refuses, before writing anything, a model it cannot represent, naming the layer and why."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine.layers import Layer
from nnstudio.errors import ExportError
from nnstudio.export import FORMATS, check_exportable, export_model


class Squash(Layer):
    """A layer NN Studio's exporters have never heard of."""

    def forward(self, x, training=False):
        return x / (1 + np.abs(x))


def _paths(tmp_path, fmt):
    return tmp_path / f"out{FORMATS[fmt]}"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_unknown_layer_is_named_and_nothing_is_written(tmp_path, fmt):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4), Squash(name="squash_it"),
                              keras.layers.Dense(1)])
    with pytest.raises(ExportError, match=r"Layer 'squash_it' \(Squash\) cannot be exported"):
        check_exportable(model, fmt)
    with pytest.raises(ExportError, match="squash_it"):
        export_model(model, fmt, _paths(tmp_path, fmt))
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_lists_the_formats(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    with pytest.raises(ExportError, match="npz, json, keras, keras-weights, onnx, keras-code, pytorch-code"):
        export_model(model, "tflite", tmp_path / "x.tflite")


def test_a_model_without_input_shape_is_refused(tmp_path):
    model = keras.Sequential([keras.layers.Dense(2)])
    with pytest.raises(ExportError, match="no input shape"):
        export_model(model, "onnx", tmp_path / "x.onnx")


def test_duplicate_layer_names_are_refused(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="twin"),
                              keras.layers.Dense(2, name="twin")])
    for fmt in ("npz", "keras"):
        with pytest.raises(ExportError, match="twin"):
            export_model(model, fmt, _paths(tmp_path, fmt))
    assert list(tmp_path.iterdir()) == []


def test_keras_needs_names_without_slash_and_plain_activation_parameters(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="a/b")])
    with pytest.raises(ExportError, match="'a/b'.*'/'"):
        export_model(model, "keras", tmp_path / "x.keras")
    from nnstudio.engine.activations import LeakyReLUFn

    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation=LeakyReLUFn(0.5), name="lr")])
    with pytest.raises(ExportError, match="'lr'.*leaky_relu"):
        export_model(model, "keras-code", tmp_path / "x.py")
    export_model(model, "onnx", tmp_path / "x.onnx")  # ONNX carries the slope: fine


def test_pytorch_code_refuses_batchnorm_on_more_than_three_axes(tmp_path):
    model = keras.Sequential([keras.Input((8,)), keras.layers.Reshape((2, 2, 1, 2)),
                              keras.layers.BatchNormalization(name="bn4")])
    with pytest.raises(ExportError, match="'bn4'.*at most 3 axes"):
        export_model(model, "pytorch-code", tmp_path / "x.py")
    assert list(tmp_path.iterdir()) == []


def test_training_settings_that_cannot_be_code_are_named(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    with pytest.raises(ExportError, match="optimizer"):
        export_model(model, "pytorch-code", tmp_path / "x.py", training={"optimizer": "nadam"})
    with pytest.raises(ExportError, match="batch_size"):
        export_model(model, "keras-code", tmp_path / "x.py", training={"batch_size": 0})
    assert list(tmp_path.iterdir()) == []


def test_keras_files_need_their_keras_suffix(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    with pytest.raises(ExportError, match=r"\.weights\.h5"):
        export_model(model, "keras-weights", tmp_path / "x.h5")
