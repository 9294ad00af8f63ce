"""Every export writes a layer through its layer type's description: a new layer type is its engine
class plus one description, and nothing else. Shown for every described type, and with a layer type
that exists only in this test (GlobalMaxPooling2D), exported to ONNX, PyTorch code, Keras code and
.keras and checked against the engine where the peer framework is installed."""

import dataclasses
import importlib.util

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine.layers import LAYER_CLASSES, Layer, deserialize
from nnstudio.engine.saving.keras_layers import layer_config
from nnstudio.export import export_model
from nnstudio.export.keras_code import keras_script
from nnstudio.export.onnx_format import build_onnx
from nnstudio.export.pytorch_code import pytorch_script
from nnstudio.export.training_settings import resolve
from nnstudio.i18n import N_
from nnstudio.project.layer_types import LAYER_TYPES, LayerExport, LayerType, TorchCode
from nnstudio.project.network import new_layer_spec
from tests.export.conftest import sample_inputs
from tests.export.peers import have, run_python

_IMAGE_LAYERS = {"Conv2D", "MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D", "Flatten"}


def _model_around(kind):
    """Input → the layer type with its palette defaults → Flatten (for an image) → Dense 2."""
    shape = (6, 6, 2) if kind in _IMAGE_LAYERS else (64,) if kind == "Reshape" else (8,)
    layer = deserialize(new_layer_spec(kind))
    model = keras.Sequential([keras.Input(shape), layer], name="around")
    if len(layer.output_shape) > 1:
        model.add(keras.layers.Flatten(name="flatten_after"))
    model.add(keras.layers.Dense(2, name="dense_after"))
    return model, layer


def _spy(monkeypatch, kind):
    """Wrap the description's ONNX and PyTorch writers; returns the layers each was asked to write."""
    described = LAYER_TYPES[kind]
    calls = {"onnx": [], "torch": []}

    def wrap(name, writer):
        if writer is None:
            return None

        def spy(step, *args):
            calls[name].append(args[-1].layer if name == "onnx" else step.layer)
            return writer(step, *args)
        return spy

    export = dataclasses.replace(described.export, onnx=wrap("onnx", described.export.onnx),
                                 torch=wrap("torch", described.export.torch))
    monkeypatch.setitem(LAYER_TYPES, kind, dataclasses.replace(described, export=export))
    return calls


@pytest.mark.parametrize("kind", sorted(set(LAYER_TYPES) - {"InputLayer"}))
def test_every_export_writes_each_layer_type_through_its_description(kind, monkeypatch):
    pytest.importorskip("onnx")
    calls = _spy(monkeypatch, kind)
    model, layer = _model_around(kind)
    export = LAYER_TYPES[kind].export
    settings = resolve(model, None)

    graph = build_onnx(model).graph
    if export.onnx is not None:
        assert layer in calls["onnx"]
        assert any(node.name.startswith(f"{layer.name}/") for node in graph.node)
    elif export.activation:
        assert any(node.name.startswith(f"{layer.name}/{layer.activation.name}") for node in graph.node)
    else:  # Dropout: nothing at inference
        assert not any(node.name.startswith(layer.name) for node in graph.node)

    script = pytorch_script(model, "net.py", settings)
    if export.torch is not None:
        assert layer in calls["torch"]
    elif export.activation:
        assert f"x = F.{layer.activation.name}(x" in script

    assert f"keras.layers.{kind}(" in keras_script(model, "net.py", settings)
    written = layer_config(layer)
    assert written["class_name"] == kind
    assert type(layer).KERAS_CONSTANTS.items() <= written["config"].items()


# ----- a layer type that exists only here ------------------------------------------------------------
class GlobalMaxPooling2D(Layer):
    """The largest value of each channel over the whole image (Keras's GlobalMaxPooling2D)."""

    KERAS_CONSTANTS = {"data_format": "channels_last", "keepdims": False}

    def __init__(self, keepdims=False, **kwargs):
        super().__init__(**kwargs)

    def compute_output_shape(self, input_shape):
        return (input_shape[2],)

    def forward(self, x, training=False):
        return x.max(axis=(1, 2))


def _image_axes(step):
    return (2, 3) if step.axis == 1 else (1, 2)


GLOBAL_MAX_POOLING = LayerType(
    "GlobalMaxPooling2D", "convolution", "convolution", N_("LayerCatalog", "GlobalMaxPooling2D"), "",
    export=LayerExport(
        onnx=lambda g, x, step: g.node("ReduceMax", [x], step.layer.name, axes=list(_image_axes(step)), keepdims=0),
        torch=lambda step, a: TorchCode(forward=(f"x = x.amax(dim={_image_axes(step)})",))))


@pytest.fixture
def max_pooling_model(monkeypatch):
    monkeypatch.setitem(LAYER_CLASSES, "GlobalMaxPooling2D", GlobalMaxPooling2D)
    monkeypatch.setitem(LAYER_TYPES, "GlobalMaxPooling2D", GLOBAL_MAX_POOLING)
    return keras.Sequential([keras.Input((6, 5, 2)), keras.layers.Conv2D(3, 3, padding="same", activation="tanh"),
                             GlobalMaxPooling2D(name="global_max"), keras.layers.Dense(2)], name="max_net")


def test_a_new_layer_type_exports_to_onnx_from_its_description_alone(max_pooling_model, tmp_path):
    pytest.importorskip("onnx")
    from onnx.reference import ReferenceEvaluator

    x = sample_inputs(max_pooling_model)
    [path] = export_model(max_pooling_model, "onnx", tmp_path / "net.onnx")
    got = ReferenceEvaluator(str(path)).run(None, {"input": x})[0]
    np.testing.assert_allclose(got, max_pooling_model.predict(x), atol=1e-5, rtol=0)
    if have("onnxruntime"):
        import onnxruntime as ort

        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        np.testing.assert_allclose(session.run(["output"], {"input": x})[0], max_pooling_model.predict(x),
                                   atol=1e-5, rtol=0)


def test_a_new_layer_type_exports_to_pytorch_code_from_its_description_alone(max_pooling_model, tmp_path):
    pytest.importorskip("torch")
    written = export_model(max_pooling_model, "pytorch-code", tmp_path / "net_torch.py")
    spec = importlib.util.spec_from_file_location("generated_max_net", written[0])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    x = sample_inputs(max_pooling_model)
    np.testing.assert_allclose(module.predict(x), max_pooling_model.predict(x), atol=1e-5, rtol=0)


def test_a_new_layer_type_is_saved_as_keras_and_read_back(max_pooling_model, tmp_path):
    path = tmp_path / "net.keras"
    export_model(max_pooling_model, "keras", path)
    x = sample_inputs(max_pooling_model)
    again = keras.models.load_model(path)
    assert type(again.layers[1]) is GlobalMaxPooling2D
    np.testing.assert_allclose(again.predict(x), max_pooling_model.predict(x), atol=1e-6, rtol=0)
    code = export_model(max_pooling_model, "keras-code", tmp_path / "net_keras.py")[0]
    assert 'keras.layers.GlobalMaxPooling2D(name="global_max")' in code.read_text(encoding="utf-8")
    if not have("keras", "torch"):
        return
    np.save(tmp_path / "x.npy", x)
    np.save(tmp_path / "want.npy", max_pooling_model.predict(x))
    run_python("""
        import numpy as np, keras
        from net_keras import predict
        model = keras.models.load_model("net.keras")
        x, want = np.load("x.npy"), np.load("want.npy")
        np.testing.assert_allclose(model.predict(x, verbose=0), want, atol=1e-5, rtol=0)
        np.testing.assert_allclose(predict(x), want, atol=1e-5, rtol=0)
    """, cwd=tmp_path)
