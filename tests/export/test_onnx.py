"""ONNX export: checked graph, channels-last input 'input' with a dynamic batch, output 'output',
predictions equal to the engine's under ONNX's reference evaluator and onnxruntime."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.export import export_model, export_onnx
from tests.export.conftest import sample_inputs
from tests.export.peers import have

onnx = pytest.importorskip("onnx")
from onnx.reference import ReferenceEvaluator  # noqa: E402


def _ort_run(path, x):
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(["output"], {"input": x})[0]


def test_reference_evaluator_and_onnxruntime_predict_like_the_engine(model, tmp_path):
    path = tmp_path / "net.onnx"
    assert export_model(model, "onnx", path) == [path]
    proto = onnx.load(str(path))
    onnx.checker.check_model(proto, full_check=True)
    expected_batch = [7, 1]
    for n in expected_batch:  # the batch dimension is dynamic
        x = sample_inputs(model, n=n, seed=n)
        want = model.predict(x)
        got = ReferenceEvaluator(proto).run(None, {"input": x})[0]
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, atol=1e-5, rtol=0)
        if have("onnxruntime"):
            np.testing.assert_allclose(_ort_run(path, x), want, atol=1e-5, rtol=0)


def test_documented_names_shapes_and_opset(models, tmp_path):
    model = models["cnn"]
    proto = onnx.load(str(export_onnx(model, tmp_path / "cnn.onnx")))
    (inp,), (out,) = proto.graph.input, proto.graph.output
    dims = lambda v: [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]  # noqa: E731
    assert (inp.name, dims(inp)) == ("input", ["N", 8, 8, 1])
    assert (out.name, dims(out)) == ("output", ["N", 10])
    assert inp.type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    assert max(o.version for o in proto.opset_import if o.domain in ("", "ai.onnx")) >= 17
    ops = [n.op_type for n in proto.graph.node]
    assert "Dropout" not in ops and ops.count("Conv") == 3 and "BatchNormalization" in ops
    # channels-first inside: one Transpose in, one back out before Flatten
    assert ops.count("Transpose") == 2 and ops.index("Flatten") == ops.index("Transpose", 1) + 1


def test_an_image_reshaped_back_and_normalised_channels_last(tmp_path):
    """Reshape to an image, Conv, Reshape again; BatchNormalization on a channels-last image and a 3-D tensor."""
    keras.utils.set_random_seed(5)
    L = keras.layers
    model = keras.Sequential([keras.Input((12,)), L.Reshape((2, 3, 2)), L.BatchNormalization(),
                              L.Conv2D(3, (2, 2), padding="same", activation="softmax"),
                              L.MaxPooling2D((1, 2), strides=(1, 1)), L.Reshape((4, 3)),
                              L.BatchNormalization(), L.Activation("softmax")])
    model.compile("adam", "mse")
    x = np.random.default_rng(0).normal(size=(16, 12)).astype("float32")
    model.train_on_batch(x, np.zeros((16, 4, 3), "float32"))
    proto = onnx.load(str(export_onnx(model, tmp_path / "m.onnx")))
    np.testing.assert_allclose(ReferenceEvaluator(proto).run(None, {"input": x})[0], model.predict(x), atol=1e-5)


def test_softplus_does_not_overflow_for_large_inputs(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Activation("softplus")])
    proto = onnx.load(str(export_onnx(model, tmp_path / "sp.onnx")))
    x = np.array([[-200.0, 0.5, 200.0]], dtype="float32")
    np.testing.assert_allclose(ReferenceEvaluator(proto).run(None, {"input": x})[0], model.predict(x), rtol=1e-6)
