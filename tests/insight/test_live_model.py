import numpy as np

from nnstudio.engine import backend
from nnstudio.insight.live_model import LiveModel
from nnstudio.project import make_example, model_for_project
from nnstudio.project.workspace import Workspace
from tests.insight.trained import trained_doc


def test_building_a_model_does_not_touch_the_engines_random_generator():
    trained, ws, _ = trained_doc("circle")
    fresh = make_example("xor")
    fresh_data = Workspace(fresh).dataset
    backend.set_random_seed(123)
    expected = backend.rng().random(3)
    backend.set_random_seed(123)
    model_for_project(trained, ws.dataset)     # a worker may be shuffling with this generator
    model_for_project(fresh, fresh_data)
    assert np.array_equal(backend.rng().random(3), expected)


def test_untrained_project_shows_the_weights_training_would_start_from_even_while_a_run_trains():
    doc = make_example("xor")
    ws = Workspace(doc)
    live = LiveModel(doc, ws)
    ws.training_active = True
    model = live.model()
    expected = model_for_project(doc, ws.dataset).get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), expected))


def test_weight_updates_reuse_the_model_and_network_changes_rebuild_it():
    doc, ws, _ = trained_doc("circle")
    live = LiveModel(doc, ws)
    model = live.model()
    version = live.version
    doc.set_weights([w * 0.5 for w in doc.weights])
    assert live.version > version
    assert live.model() is model
    assert np.allclose(model.get_weights()[0], doc.weights[0])
    assert len(live.take_new_weights()) == 1 and live.take_new_weights() == []
    structure = live.structure_version
    layers = [dict(s) for s in doc.layers]
    layers[1] = {"class_name": "Dense", "config": {**layers[1]["config"], "units": 5}}
    doc.set_layers(layers)
    assert live.structure_version > structure
    assert live.model() is not model
    assert live.model().layers[0].units == 5
    live.close()


def test_a_network_that_does_not_fit_the_data_gives_a_message():
    doc, ws, _ = trained_doc("circle")
    live = LiveModel(doc, ws)
    layers = [dict(s) for s in doc.layers]
    layers[0] = {"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [3]}}
    doc.set_layers(layers)
    assert live.model() is None
    assert live.error
