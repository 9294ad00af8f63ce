"""Against real Keras 3 (torch backend, in a subprocess): it loads our .keras and .weights.h5, the
generated Keras script rebuilds the network, and our loader reads .keras files real Keras wrote."""

import json
import zipfile

import numpy as np
import pytest

from nnstudio import keras as ours
from nnstudio.engine import optimizers
from nnstudio.export import export_model
from tests.export.conftest import sample_inputs
from tests.export.peers import require_keras, run_python

PEER_SCRIPT = """
import importlib, json, sys, warnings
import numpy as np
import keras

warnings.simplefilter("error", UserWarning)  # e.g. "Skipping variable loading for optimizer"
x = np.load("x.npy")
out = {}
model = keras.models.load_model("net.keras")
out["keras_file"] = model.predict(x, verbose=0)
out["optimizer"] = type(model.optimizer).__name__ if model.optimizer else None
out["iterations"] = int(model.optimizer.iterations.numpy()) if model.optimizer else None

code = importlib.import_module("net_keras_code")
built = code.build_model()
out["code_build_model"] = built.predict(x, verbose=0)
out["code_predict"] = code.predict(x)

fresh = code.build_model(weights=None)
fresh.load_weights("net.weights.h5")
out["weights_file"] = fresh.predict(x, verbose=0)

code.compile_model(built)
built.save("real.keras")  # a file written by real Keras, for our loader
if len(sys.argv) > 1 and sys.argv[1] == "train":
    code.main(["--train", "--data", "data.npz", "--epochs", "1", "--output", "trained.weights.h5"])
np.savez("peer.npz", **{k: np.asarray(v) for k, v in out.items() if v is not None})
print(json.dumps({k: v for k, v in out.items() if not isinstance(v, np.ndarray)}))
"""


def test_real_keras_reads_our_files_and_we_read_its_own(model, model_name, tmp_path):
    require_keras()
    x = sample_inputs(model)
    np.save(tmp_path / "x.npy", x)
    export_model(model, "keras", tmp_path / "net.keras")
    export_model(model, "keras-weights", tmp_path / "net.weights.h5")
    written = export_model(model, "keras-code", tmp_path / "net_keras_code.py")
    assert [p.name for p in written] == ["net_keras_code.py", "net_keras_code.weights.h5"]
    train = model_name == "regression"
    if train:
        y = x @ np.ones((x.shape[1], 1), "float32")
        np.savez(tmp_path / "data.npz", x=x, y=y)
    info = json.loads(run_python(PEER_SCRIPT, tmp_path, args=["train"] if train else []).splitlines()[-1])

    want = model.predict(x)
    with np.load(tmp_path / "peer.npz") as peer:
        for key in ("keras_file", "code_build_model", "code_predict", "weights_file"):
            np.testing.assert_allclose(peer[key], want, atol=1e-5, rtol=0, err_msg=key)
    assert info["optimizer"] == type(model.optimizer).__name__
    assert info["iterations"] == model.optimizer.iterations  # optimizer state travelled with the file

    real = ours.models.load_model(tmp_path / "real.keras")
    np.testing.assert_allclose(real.predict(x), want, atol=1e-5, rtol=0)
    assert type(real.optimizer) is type(model.optimizer)
    assert real.optimizer.get_config() == model.optimizer.get_config()
    assert type(real.loss) is type(model.loss) and real.metrics_names == model.metrics_names
    if train:
        assert (tmp_path / "trained.weights.h5").stat().st_size > 0


REAL_KERAS_MODEL = """
import numpy as np
import keras

keras.utils.set_random_seed(7)
L = keras.layers
model = keras.Sequential([
    keras.Input((9, 9, 2)),
    L.Conv2D(5, 3, strides=2, padding="same", activation="gelu"),
    L.BatchNormalization(momentum=0.8, epsilon=1e-2),
    L.MaxPooling2D(pool_size=2, strides=1, padding="same"),
    L.Conv2D(4, (2, 3), padding="valid", activation="swish", kernel_regularizer=keras.regularizers.L2(1e-3)),
    L.Flatten(),
    L.Dense(12, activation="leaky_relu"),
    L.ReLU(), L.LeakyReLU(negative_slope=0.2), L.Dropout(0.1),
    L.Reshape((3, 4)), L.BatchNormalization(), L.Flatten(),
    L.Dense(6, activation="softplus"), L.Activation("elu"), L.Dense(4), L.Activation("softmax"),
])
model.compile(optimizer=keras.optimizers.AdamW(learning_rate=0.003, weight_decay=0.01),
              loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
rng = np.random.default_rng(0)
x = rng.random((32, 9, 9, 2)).astype("float32")
model.fit(x, rng.integers(0, 4, 32), epochs=2, batch_size=8, verbose=0)
model.save("real.keras")
np.savez("real.npz", x=x, y=model.predict(x, verbose=0))
"""


def test_our_loader_reads_a_model_real_keras_built_and_trained(tmp_path):
    require_keras()
    run_python(REAL_KERAS_MODEL, tmp_path)
    model = ours.models.load_model(tmp_path / "real.keras")
    with np.load(tmp_path / "real.npz") as data:
        np.testing.assert_allclose(model.predict(data["x"]), data["y"], atol=1e-5, rtol=0)
    assert isinstance(model.optimizer, optimizers.AdamW)
    assert model.optimizer.learning_rate == 0.003 and model.optimizer.weight_decay == 0.01
    assert model.optimizer.iterations == 8  # 2 epochs × 4 batches: the state came along
    assert [type(la).__name__ for la in model.layers][:3] == ["Conv2D", "BatchNormalization", "MaxPooling2D"]
    assert model.layers[1].momentum == 0.8 and model.layers[1].epsilon == 1e-2
    assert model.metrics_names == ["accuracy"]
    # and back out again: our copy of a real-Keras file is a file real Keras reads
    with zipfile.ZipFile(tmp_path / "real.keras") as z:
        assert json.loads(z.read("config.json"))["class_name"] == "Sequential"


@pytest.mark.parametrize("kind", ["LSTM", "Conv1D"])
def test_layers_outside_the_shared_set_are_refused_by_name(tmp_path, kind):
    from nnstudio.errors import ProjectFileError

    config = {"module": "keras", "class_name": "Sequential", "config": {"name": "s", "layers": [
        {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [None, 5, 3], "name": "i"}},
        {"module": "keras.layers", "class_name": kind, "config": {"name": "odd", "units": 4}}]}}
    with zipfile.ZipFile(tmp_path / "odd.keras", "w") as z:
        z.writestr("metadata.json", "{}")
        z.writestr("config.json", json.dumps(config))
        z.writestr("model.weights.h5", b"")
    with pytest.raises(ProjectFileError, match=f"{kind} layer \\('odd'\\)"):
        ours.models.load_model(tmp_path / "odd.keras")
