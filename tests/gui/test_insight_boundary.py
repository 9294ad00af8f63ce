"""Decision boundary view: the heatmap shows what the model predicts, live, for 2-D points and
tables; regression gets a value scale; images get an explanation."""

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.gui.insight.boundary_view import BoundaryView
from nnstudio.insight import LiveModel
from nnstudio.project import make_example, model_for_project
from nnstudio.project.workspace import Workspace
from tests.insight.trained import trained_doc


def _view(qtbot, doc, ws):
    view = BoundaryView(LiveModel(doc, ws))
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    view.refresh()
    return view


def test_trained_circle_heatmap_classes_match_predict(qtbot):
    doc, ws, logs = trained_doc("circle")
    assert logs["test_accuracy"] >= 0.95
    view = _view(qtbot, doc, ws)
    model = model_for_project(doc, ws.dataset)     # the project's own model, built independently
    for x, y in ((0.0, 0.0), (-5.3, -5.3), (5.3, 5.3), (-5.3, 5.3)):
        expected = int(model.predict(ws.dataset.featurize([[x, y]])).argmax(axis=1)[0])
        assert view.displayed_class_at(x, y) == expected
        r, c = view.grid.cell_of(x, y)
        red, _, blue, _ = view.image.image[r, c].astype(int)
        assert (blue > red) == (expected == 1)    # class 1 blue, class 0 orange
    assert view.displayed_class_at(0, 0) == 1 and view.displayed_class_at(-5.3, -5.3) == 0
    assert len(view.train_points.data) == ws.dataset.n_train


def test_new_weights_redraw_the_heatmap(qtbot):
    doc, ws, _ = trained_doc("circle")
    view = _view(qtbot, doc, ws)
    assert not view.needs_refresh()
    before = view.grid.classes.copy()
    weights = [w.copy() for w in doc.weights]
    weights[-2] = weights[-2][:, ::-1].copy()     # swap the two output units: every class flips
    weights[-1] = weights[-1][::-1].copy()
    doc.set_weights(weights)
    assert view.needs_refresh()
    view.refresh()
    assert np.array_equal(view.grid.classes, 1 - before)


def test_discretize_shows_hard_regions(qtbot):
    doc, ws, _ = trained_doc("circle")
    view = _view(qtbot, doc, ws)
    soft = view.image.image.copy()
    view.discrete_check.setChecked(True)
    hard = view.image.image
    assert not np.array_equal(soft, hard)
    assert len(np.unique(hard.reshape(-1, 4), axis=0)) == 2     # one colour per class
    assert view.discrete_check.isVisible()


def test_table_data_picks_two_features_and_says_the_rest_are_held(qtbot):
    doc, ws, _ = trained_doc("iris")
    view = _view(qtbot, doc, ws)
    assert view.x_combo.isVisible() and view.x_combo.count() == 4
    # the two inputs that tell the classes apart best come first, and the axes say so
    assert {view.plane.x_index, view.plane.y_index} == {2, 3}
    assert "tells most about the target" in view.plot.getAxis("bottom").labelText
    view.set_features(0, 1)
    assert view.plot.getAxis("bottom").labelText == "sepal length (cm)"  # the user's own choice: no note
    view.set_features(2, 3)
    assert view.plane.x_index == 2 and view.plane.y_index == 3
    title = view.plot.titleLabel.text
    assert "held at their training mean" in title and "sepal length (cm)" in title
    model = model_for_project(doc, ws.dataset)
    raw = view.plane.held.copy()
    raw[2], raw[3] = 5.5, 2.0
    expected = int(model.predict(ws.dataset.featurize(raw[None])).argmax())
    assert view.displayed_class_at(5.5, 2.0) == expected
    assert "class virginica" in view.legend.text()


def test_regression_gets_a_value_heatmap_and_colour_scale(qtbot):
    doc = make_example("gauss")
    doc.set_data_spec({"name": "plane"})
    layers = [dict(s) for s in doc.layers]
    layers[-1] = {"class_name": "Dense", "config": {**layers[-1]["config"], "units": 1}}
    doc.set_layers(layers)
    ws = Workspace(doc)
    view = _view(qtbot, doc, ws)
    assert view.message is None
    assert view.grid.values.shape == (view.RESOLUTION, view.RESOLUTION)
    assert view.colour_bar is not None
    assert not view.discrete_check.isVisible()


@pytest.mark.parametrize("key", ["digits_mlp"])
def test_images_get_an_explanation_instead(qtbot, key):
    doc = make_example(key)
    view = _view(qtbot, doc, Workspace(doc))
    assert "two" in view.message


def test_featurized_inputs_are_used_for_the_grid(qtbot):
    doc = make_example("circle")
    spec = dict(doc.data_spec, input_features=["x1", "x2", "x1^2", "x2^2"])
    layers = [dict(s) for s in doc.layers]
    layers[0] = {"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [4]}}
    doc.set_layers(layers)
    doc.set_data_spec(spec)
    ws = Workspace(doc)
    view = _view(qtbot, doc, ws)
    model = model_for_project(doc, load_dataset(spec))
    expected = int(model.predict(ws.dataset.featurize([[1.0, -2.0]])).argmax())
    assert view.displayed_class_at(1.0, -2.0) == expected
