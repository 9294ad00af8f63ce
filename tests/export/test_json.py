"""JSON export: architecture and weights as nested lists (docs/export-json.md)."""

import json

import numpy as np
import pytest

from nnstudio.errors import ExportError, ProjectFileError
from nnstudio.export import export_json, export_model, load_json
from tests.export.conftest import sample_inputs


def test_round_trip_predicts_the_same_and_keeps_training_settings(model, tmp_path):
    path = tmp_path / "net.json"
    assert export_model(model, "json", path) == [path]
    again = load_json(path)
    x = sample_inputs(model)
    np.testing.assert_array_equal(again.predict(x), model.predict(x))
    assert again.get_compile_config() == model.get_compile_config()


def test_documented_schema(models, tmp_path):
    model = models["cnn"]
    doc = json.loads(export_json(model, tmp_path / "cnn.json").read_text())
    assert doc["format"] == "nnstudio.model" and doc["format_version"] == 1
    assert doc["input_shape"] == [8, 8, 1] and doc["output_shape"] == [10]
    assert doc["architecture"] == model.get_config()
    conv = model.layers[0]
    entry = doc["weights"][0]
    assert (entry["layer"], entry["name"], entry["shape"], entry["dtype"]) == (conv.name, "kernel", [3, 3, 1, 6],
                                                                              "float32")
    np.testing.assert_array_equal(np.array(entry["values"], dtype="float32"), conv.weights_dict["kernel"])
    assert len(doc["weights"]) == len(model.get_weights())


def test_non_finite_weights_are_refused_before_writing(tmp_path):
    from tests.export.conftest import make_regression

    model = make_regression()
    model.layers[0].weights_dict["bias"][0] = np.nan
    with pytest.raises(ExportError, match=f"'{model.layers[0].name}'.*NaN"):
        export_json(model, tmp_path / "nan.json")
    assert not list(tmp_path.iterdir())


def test_other_json_is_a_plain_error(tmp_path):
    (tmp_path / "x.json").write_text('{"hello": 1}')
    with pytest.raises(ProjectFileError, match="not a network exported by NN Studio"):
        load_json(tmp_path / "x.json")
    (tmp_path / "y.json").write_text("{")
    with pytest.raises(ProjectFileError, match="not a JSON file"):
        load_json(tmp_path / "y.json")
