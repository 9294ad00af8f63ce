"""The network and settings proposed for a fresh table, the loss that follows the task, and the
preprocessing kept in the project file."""

import pytest

from nnstudio.data import CsvOptions, read_csv
from nnstudio.project import commands as c
from nnstudio.project import load_project, save_project, validate_network
from nnstudio.project.examples import make_example
from nnstudio.project.suggested_network import hidden_width, suggest_layers, suggested_project
from nnstudio.project.workspace import Workspace
from tests.data.csv_samples import cars_table, mixed_table


@pytest.fixture
def cars(tmp_path):
    path = tmp_path / "cars.csv"
    path.write_text(cars_table())
    return read_csv(path, CsvOptions(target="mpg"))


def test_width_follows_inputs_and_classes():
    assert hidden_width(4, 3) == 8 and hidden_width(13, 3) == 32 and hidden_width(200, 10) == 64
    assert hidden_width(3, 20) == 64


def test_suggested_network_passes_the_check_for_classes_and_numbers(tmp_path, cars):
    path = tmp_path / "mixed.csv"
    path.write_text(mixed_table())
    for ds in (read_csv(path, CsvOptions(target="species")), cars):
        doc = suggested_project(ds, "table")
        report = validate_network(doc.layers, ds.input_shape, ds.task, ds.output_units, loss=doc.training.loss)
        assert report.ok, report.error
        assert doc.layers[-1]["config"]["units"] == ds.output_units


def test_a_class_loss_on_a_regression_target_is_reported_with_a_fix(cars):
    layers = suggest_layers(cars.input_shape, 1)
    report = validate_network(layers, cars.input_shape, "regression", 1, loss="sparse_categorical_crossentropy")
    assert not report.ok and "regression" in report.error
    fix = report.layers[report.error_index].fix
    assert fix.training == {"loss": "auto"}
    assert validate_network(layers, cars.input_shape, "regression", 1, loss="mean_squared_error").ok
    report = validate_network(suggest_layers((4,), 3), (4,), "classification", 3, loss="huber")
    assert not report.ok and "classes" in report.error


def test_changing_data_never_keeps_a_loss_that_cannot_work(cars):
    doc = make_example("classic")  # sparse categorical cross-entropy
    workspace = Workspace(doc)
    command = c.SetDataSpec(cars.spec, input_shape=cars.input_shape, task="regression",
                            layers=suggest_layers(cars.input_shape, 1))
    workspace.offer_dataset(cars.spec, cars)
    command.redo(doc)
    assert doc.training.loss == "auto" and workspace.report.ok, workspace.report.error
    assert doc.preprocessing["target"] == "mpg"
    command.undo(doc)
    assert doc.training.loss == "sparse_categorical_crossentropy" and doc.data_spec["name"] == "classic"


def test_the_project_file_keeps_the_preprocessing(tmp_path, cars):
    doc = suggested_project(cars, "cars")
    doc.preprocessing = cars.preprocessing.to_json()
    save_project(doc, tmp_path / "cars.nnstudio")
    again = load_project(tmp_path / "cars.nnstudio")
    assert again.preprocessing == cars.preprocessing.to_json()
    origin = next(col for col in again.preprocessing["columns"] if col["name"] == "origin")
    assert origin["categories"] == ["europe", "japan", "usa"]


def test_a_regression_learns_in_standard_units_and_answers_in_the_targets(cars):
    from nnstudio.project import model_for_project
    from nnstudio.project.suggested_network import suggest_for
    from nnstudio.training import TrainingSession

    layers = suggest_for(cars)
    scale = layers[-1]["config"]
    assert scale["trainable"] is False and scale["units"] == 1
    assert scale["bias_initializer"]["config"]["value"] == pytest.approx(cars.y_train.mean(), rel=1e-6)
    doc = suggested_project(cars, "cars")
    doc.training.epochs = 3
    records = []
    TrainingSession(doc.layers, doc.training, cars, report=records.append).run()
    doc.set_weights(list([r for r in records if r.weights is not None][-1].weights))
    frozen = model_for_project(doc, cars).layers[-1].weights_dict
    assert frozen["kernel"][0, 0] == pytest.approx(cars.y_train.std(), rel=1e-5)  # never trained
    assert frozen["bias"][0] == pytest.approx(cars.y_train.mean(), rel=1e-5)
