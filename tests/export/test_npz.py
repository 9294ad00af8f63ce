"""NumPy .npz export: named weight arrays + architecture JSON, read back without pickle."""

import json

import numpy as np
import pytest

from nnstudio.errors import ProjectFileError
from nnstudio.export import export_model, export_npz, load_npz
from tests.export.conftest import sample_inputs


def test_round_trip_predicts_the_same(model, tmp_path):
    path = tmp_path / "net.npz"
    assert export_model(model, "npz", path) == [path]
    again = load_npz(path)
    x = sample_inputs(model)
    np.testing.assert_array_equal(again.predict(x), model.predict(x))
    assert [la.name for la in again.layers] == [la.name for la in model.layers]


def test_layout_is_one_array_per_weight_and_the_architecture(models, tmp_path):
    model = models["cnn"]
    path = export_npz(model, tmp_path / "cnn.npz")
    with np.load(path, allow_pickle=False) as data:
        bn = model.layers[1].name
        assert {f"{bn}/gamma", f"{bn}/beta", f"{bn}/moving_mean", f"{bn}/moving_variance"} <= set(data.files)
        dense = model.layers[-1]
        np.testing.assert_array_equal(data[f"{dense.name}/kernel"], dense.weights_dict["kernel"])
        arch = data["__architecture__"]
        assert arch.shape == () and arch.dtype.kind == "U"
        assert json.loads(str(arch)) == model.get_config()
        assert len(data.files) == 1 + sum(len(la.weights_dict) for la in model.layers)


def test_missing_or_damaged_files_are_plain_errors(models, tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        load_npz(tmp_path / "nothing.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ProjectFileError, match="not a NumPy"):
        load_npz(tmp_path / "junk.npz")
    np.savez(tmp_path / "plain.npz", a=np.zeros(3))
    with pytest.raises(ProjectFileError, match="__architecture__"):
        load_npz(tmp_path / "plain.npz")


def test_pickled_arrays_are_refused_not_unpickled(models, tmp_path):
    model = models["regression"]
    path = export_npz(model, tmp_path / "r.npz")
    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    first = next(k for k in arrays if not k.startswith("__"))
    arrays[first] = np.array([object()], dtype=object)
    np.savez(tmp_path / "evil.npz", **arrays)
    with pytest.raises(ProjectFileError):
        load_npz(tmp_path / "evil.npz")


def test_a_weight_of_the_wrong_shape_is_named(models, tmp_path):
    model = models["regression"]
    path = export_npz(model, tmp_path / "r.npz")
    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    name = model.layers[0].name
    arrays[f"{name}/kernel"] = np.zeros((2, 2), "float32")
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(ProjectFileError, match=f"kernel of layer '{name}'"):
        load_npz(tmp_path / "bad.npz")


def test_a_failed_export_leaves_the_previous_file(models, tmp_path, monkeypatch):
    path = tmp_path / "keep.npz"
    path.write_bytes(b"previous")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", boom)
    with pytest.raises(ProjectFileError, match="No space left"):
        export_npz(models["mlp"], path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.npz"]  # no temporary file left behind
