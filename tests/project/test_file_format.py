"""The .nnstudio file: a reopened project is the same project; bad files are refused in plain words."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.errors import ProjectFileError
from nnstudio.project import load_project, make_example, model_for_project, save_project
from nnstudio.project.file_format import project_to_json
from tests.project.project_files import edit_project_file, trained_project


@pytest.fixture
def trained(tmp_path):
    path = tmp_path / "p.nnstudio"
    return trained_project("circle", path), path


def test_round_trip(trained):
    doc, path = trained
    back = load_project(path)
    assert project_to_json(back) == project_to_json(doc)
    for a, b in zip(doc.weights, back.weights):
        np.testing.assert_array_equal(a, b)
    assert back.optimizer_state.iterations == 1
    assert back.history.runs[0].batch_loss == pytest.approx([0.7, 0.6])


def test_refusals(trained, tmp_path):
    _, path = trained
    cases = {
        "newer NN Studio": edit_project_file(path, tmp_path / "a", project=lambda d: d.update(schema_version=2)),
        "does not know: 'Conv3D'": edit_project_file(path, tmp_path / "b",
                                         project=lambda d: d["network"]["layers"][1].update(class_name="Conv3D")),
        "but the network needs (2, 4)": edit_project_file(path, tmp_path / "c",
                                              weights=lambda a: a.update({"weights/0000": np.zeros((2, 5))})),
    }
    truncated = tmp_path / "d"
    truncated.write_bytes(path.read_bytes()[:300])
    cases["damaged"] = truncated
    for phrase, bad in cases.items():
        with pytest.raises(ProjectFileError, match=phrase.replace("(", r"\(").replace(")", r"\)")):
            load_project(bad)


def test_the_file_holds_adams_m_and_v_as_torch_names_them(tmp_path):
    """Adam keeps m and v rescaled in memory; the file (an outside tool's view) holds m and v
    themselves, and training resumes from it exactly as from memory."""
    from nnstudio import keras

    doc = make_example("circle")
    ds = load_dataset(doc.data_spec)
    model = model_for_project(doc, ds, with_weights=False)
    assert isinstance(model.optimizer, keras.optimizers.Adam)
    x, y = model.prepare(ds.x_train[:16], ds.y_train[:16])
    _, _, grads = model.compute_gradients(x, y)
    model.train_batch(x, y)                      # one step from zero: m = (1−β₁)g, v = (1−β₂)g²
    opt = model.optimizer
    doc.set_weights(model.get_weights(), opt.get_state())
    save_project(doc, tmp_path / "p.nnstudio")
    with zipfile.ZipFile(tmp_path / "p.nnstudio") as z, np.load(io.BytesIO(z.read("weights.npz"))) as npz:
        for i, g in enumerate(grads):
            np.testing.assert_allclose(npz[f"optimizer/slots/{i}/m"], (1 - opt.beta_1) * g, rtol=1e-5, atol=1e-9)
            np.testing.assert_allclose(npz[f"optimizer/slots/{i}/v"], (1 - opt.beta_2) * g * g, rtol=1e-5, atol=1e-12)
    back = load_project(tmp_path / "p.nnstudio")
    resumed = model_for_project(back, ds)
    model.train_batch(x, y)
    resumed.train_batch(x, y)
    for a, b in zip(model.get_weights(), resumed.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_an_optimizer_state_that_does_not_fit_leaves_the_optimizer_fresh(trained, tmp_path):
    """A file's optimizer slots of the wrong shape or not numbers: the weights load, Adam starts afresh."""
    _, path = trained
    ds = load_dataset(make_example("circle").data_spec)
    for i, bad in enumerate((lambda m: np.zeros((7, 7), np.float32), lambda m: np.full(m.shape, "m"))):
        edited = edit_project_file(path, tmp_path / f"bad{i}", weights=lambda a, bad=bad: a.update(
            {"optimizer/slots/0/m": bad(a["optimizer/slots/0/m"])}))
        doc = load_project(edited)
        model = model_for_project(doc, ds)
        assert model.optimizer.iterations == 0
        np.testing.assert_array_equal(model.get_weights()[0], doc.weights[0])
