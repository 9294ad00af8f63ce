"""model.save / keras.models.load_model / save_weights / load_weights in Keras 3's own formats."""

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import zipfile

import h5py
import numpy as np
import pytest

from nnstudio import keras
from nnstudio.errors import ProjectFileError

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _model(optimizer="adam"):
    L = keras.layers
    model = keras.Sequential([
        keras.Input((6, 6, 1), name="input_layer"),
        L.Conv2D(3, 3, padding="same", activation="relu", name="conv2d"),
        L.BatchNormalization(name="batch_normalization"),
        L.MaxPooling2D(name="max_pooling2d"),
        L.Flatten(name="flatten"),
        L.Dense(5, name="dense"),
        L.ReLU(name="re_lu"),
        L.Dropout(0.1, name="dropout"),
        L.Dense(3, activation="softmax", name="dense_1"),
    ], name="sequential")
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def _data(n=16):
    rng = np.random.default_rng(0)
    return rng.random((n, 6, 6, 1)).astype("float32"), rng.integers(0, 3, n)


def _trained(optimizer="adam"):
    model = _model(optimizer)
    x, y = _data()
    model.fit(x, y, batch_size=8, epochs=2, verbose=0, shuffle=False)
    return model


def _h5_tree(f):
    out = []
    f.visititems(lambda name, obj: out.append(
        (name, obj.shape if isinstance(obj, h5py.Dataset) else None,
         str(obj.dtype) if isinstance(obj, h5py.Dataset) else None, dict(obj.attrs))))
    return out


def test_save_and_load_round_trip_keeps_weights_settings_and_optimizer_state(tmp_path):
    model = _trained()
    model.save(tmp_path / "m.keras")
    again = keras.models.load_model(tmp_path / "m.keras")
    x, y = _data()
    np.testing.assert_array_equal(again.predict(x), model.predict(x))
    assert again.get_compile_config() == model.get_compile_config()
    assert again.optimizer.iterations == model.optimizer.iterations == 4
    # resuming training continues exactly where the original would (same dropout masks: same seed)
    keras.utils.set_random_seed(1)
    model.train_on_batch(x[:8], y[:8])
    keras.utils.set_random_seed(1)
    again.train_on_batch(x[:8], y[:8])
    for a, b in zip(again.get_weights(), model.get_weights()):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("optimizer", [keras.optimizers.SGD(0.1, momentum=0.9), keras.optimizers.RMSprop(momentum=0.5),
                                       keras.optimizers.Adagrad(0.05)])
def test_optimizer_slots_survive_keras_sign_and_scale_conventions(tmp_path, optimizer):
    model = _trained(optimizer)
    model.save(tmp_path / "m.keras")
    again = keras.models.load_model(tmp_path / "m.keras")
    for mine, theirs in zip(model.optimizer.slots, again.optimizer.slots):
        for k in mine:
            np.testing.assert_allclose(theirs[k], mine[k], rtol=1e-5, atol=1e-7)


def test_archive_layout_is_keras_v3(tmp_path):
    model = _trained()
    model.save(tmp_path / "m.keras")
    with zipfile.ZipFile(tmp_path / "m.keras") as z:
        assert z.namelist() == ["metadata.json", "config.json", "model.weights.h5"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist())
        config = json.loads(z.read("config.json"))
        assert "keras_version" in json.loads(z.read("metadata.json"))
        z.extract("model.weights.h5", tmp_path)
    assert config["class_name"] == "Sequential" and config["compile_config"]["optimizer"]["class_name"] == "Adam"
    layers = config["config"]["layers"]
    assert layers[0]["config"]["batch_shape"] == [None, 6, 6, 1]
    assert layers[1]["config"]["kernel_initializer"]["class_name"] == "GlorotUniform"
    with h5py.File(tmp_path / "model.weights.h5") as f:
        tree = {name: (shape, dtype, attrs) for name, shape, dtype, attrs in _h5_tree(f)}
    assert tree["vars"][2] == {"name": "sequential"}
    assert tree["layers/conv2d/vars/0"][:2] == ((3, 3, 1, 3), "float32")
    assert tree["layers/batch_normalization/vars/3"][0] == (3,)
    assert tree["layers/dense_1/vars"][2] == {"name": "dense_1"}
    assert "layers/dropout/vars" in tree and "layers/dropout/vars/0" not in tree
    assert tree["optimizer/vars/0"][:2] == ((), "int32") and tree["optimizer/vars/1"][:2] == ((), "float32")
    # Adam: momentum and velocity of each trainable variable in turn (conv kernel, conv bias, gamma, …)
    assert tree["optimizer/vars/2"][0] == tree["optimizer/vars/3"][0] == (3, 3, 1, 3)
    assert len([k for k in tree if k.startswith("optimizer/vars/")]) == 2 + 2 * 8


def test_groups_are_keyed_by_class_and_position_not_layer_name(tmp_path):
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, name="first"),
                              keras.layers.Dense(2, name="second")])
    model.save_weights(tmp_path / "w.weights.h5")
    with h5py.File(tmp_path / "w.weights.h5") as f:
        assert sorted(f["layers"]) == ["dense", "dense_1"]
        assert f["layers/dense_1/vars"].attrs["name"] == "second"
        assert "optimizer" not in f  # not compiled


def test_weights_round_trip_and_from_a_keras_file(tmp_path):
    model = _trained()
    model.save_weights(tmp_path / "w.weights.h5")
    model.save(tmp_path / "m.keras")
    x, _ = _data()
    for source in ("w.weights.h5", "m.keras"):
        fresh = _model()
        fresh.load_weights(tmp_path / source)
        np.testing.assert_array_equal(fresh.predict(x), model.predict(x))


def test_misuse_and_bad_files(tmp_path):
    model = _trained()
    with pytest.raises(ValueError, match="filepath"):
        model.save(tmp_path / "m.h5")
    with pytest.raises(ValueError, match="weights.h5"):
        model.save_weights(tmp_path / "m.h5")
    model.save(tmp_path / "m.keras")
    with pytest.raises(ProjectFileError, match="already exists"):
        model.save(tmp_path / "m.keras", overwrite=False)
    with pytest.raises(ProjectFileError, match="does not exist"):
        keras.models.load_model(tmp_path / "missing.keras")
    (tmp_path / "junk.keras").write_bytes(b"junk")
    with pytest.raises(ProjectFileError, match="not a Keras model file"):
        keras.models.load_model(tmp_path / "junk.keras")
    with zipfile.ZipFile(tmp_path / "half.keras", "w") as z:
        z.writestr("metadata.json", "{}")
    with pytest.raises(ProjectFileError, match="config.json is missing"):
        keras.models.load_model(tmp_path / "half.keras")
    with pytest.raises(ProjectFileError, match="legacy"):
        keras.models.load_model(tmp_path / "old.h5")
    other = keras.Sequential([keras.Input((6, 6, 1)), keras.layers.Flatten(), keras.layers.Dense(3, name="d")])
    with pytest.raises(ProjectFileError, match="'d'"):
        other.load_weights(tmp_path / "m.keras")


def test_functional_models_are_refused_in_plain_words(tmp_path):
    with zipfile.ZipFile(tmp_path / "f.keras", "w") as z:
        z.writestr("config.json", json.dumps({"class_name": "Functional", "config": {"layers": []}}))
        z.writestr("model.weights.h5", b"")
    with pytest.raises(ProjectFileError, match="Functional model; NN Studio reads Sequential"):
        keras.models.load_model(tmp_path / "f.keras")


REAL_KERAS = """
import keras, numpy as np
L = keras.layers
model = keras.Sequential([
    keras.Input((6, 6, 1), name="input_layer"),
    L.Conv2D(3, 3, padding="same", activation="relu", name="conv2d"),
    L.BatchNormalization(name="batch_normalization"), L.MaxPooling2D(name="max_pooling2d"),
    L.Flatten(name="flatten"), L.Dense(5, name="dense"), L.ReLU(name="re_lu"), L.Dropout(0.1, name="dropout"),
    L.Dense(3, activation="softmax", name="dense_1"),
], name="sequential")
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
rng = np.random.default_rng(0)
model.fit(rng.random((16, 6, 6, 1)), rng.integers(0, 3, 16), batch_size=8, epochs=2, verbose=0)
model.save("real.keras")
"""


def test_the_weights_file_mirrors_what_real_keras_writes(tmp_path):
    if not all(importlib.util.find_spec(m) for m in ("keras", "torch")):
        pytest.skip("real Keras with the torch backend is not installed")
    env = dict(os.environ, KERAS_BACKEND="torch", OMP_NUM_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(REAL_KERAS)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    _trained().save(tmp_path / "ours.keras")
    trees = []
    for name in ("real.keras", "ours.keras"):
        with zipfile.ZipFile(tmp_path / name) as z:
            assert z.namelist() == ["metadata.json", "config.json", "model.weights.h5"]
            (tmp_path / name).with_suffix(".h5").write_bytes(z.read("model.weights.h5"))
        with h5py.File((tmp_path / name).with_suffix(".h5")) as f:
            trees.append(_h5_tree(f))
    assert trees[1] == trees[0]


def test_keras_training_settings_the_engine_lacks(tmp_path):
    """A metric the engine cannot compute is left out with a warning; an optimizer it lacks is refused,
    with the way out (compile=False) in the message."""
    model = _model()
    model.save(tmp_path / "m.keras")
    with zipfile.ZipFile(tmp_path / "m.keras") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    config = json.loads(parts["config.json"])
    config["compile_config"]["metrics"] = ["accuracy", "AUC"]
    parts["config.json"] = json.dumps(config)
    with zipfile.ZipFile(tmp_path / "metric.keras", "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.warns(UserWarning, match="AUC"):
        assert keras.models.load_model(tmp_path / "metric.keras").metrics_names == ["accuracy"]
    config["compile_config"]["optimizer"] = {"class_name": "Nadam", "config": {"learning_rate": 0.01}}
    parts["config.json"] = json.dumps(config)
    with zipfile.ZipFile(tmp_path / "nadam.keras", "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.raises(ProjectFileError, match="Nadam.*compile=False"):
        keras.models.load_model(tmp_path / "nadam.keras")
    assert not keras.models.load_model(tmp_path / "nadam.keras", compile=False).compiled


def test_a_save_removes_what_killed_saves_left_behind(tmp_path):
    """A save killed mid-write leaves its hidden .part file; the next save of that file removes it
    (a fresh one, maybe another save in progress, stays)."""
    import os
    import time

    from nnstudio.engine.saving.files import STALE_PART_SECONDS, write_text

    target = tmp_path / "my project.nnstudio"
    stale = tmp_path / ".my project.nnstudio.k1ll3d.part"
    fresh = tmp_path / ".my project.nnstudio.busy.part"
    other = tmp_path / ".other.nnstudio.k1ll3d.part"
    for part in (stale, fresh, other):
        part.write_bytes(b"half a file")
    old = time.time() - STALE_PART_SECONDS - 5
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_text(target, "saved")
    assert target.read_text() == "saved"
    assert not stale.exists() and fresh.exists() and other.exists()
