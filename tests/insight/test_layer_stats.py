import numpy as np

from nnstudio import keras
from nnstudio.insight.layer_stats import dead_relu_units, probe_gradients
from nnstudio.insight.outputs import layer_outputs
from nnstudio.insight.weight_history import WeightHistory


def _model():
    keras.utils.set_random_seed(0)
    model = keras.models.Sequential([keras.layers.Input((3,)), keras.layers.Dense(4, activation="relu"),
                                     keras.layers.Dense(2)])
    model.compile(optimizer="sgd", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model


def test_a_unit_that_never_fires_counts_as_dead():
    model = _model()
    model.layers[0].weights_dict["bias"][1] = -1000.0   # unit 1 never gets above 0
    x = np.random.default_rng(0).normal(size=(64, 3)).astype("float32")
    (dead,) = dead_relu_units(layer_outputs(model, x), model)
    assert dead.layer_name == model.layers[0].name
    assert dead.dead >= 1 and dead.total == 4
    assert dead.share == dead.dead / 4


def test_probe_gradients_equal_the_engine_and_change_nothing():
    model = _model()
    x = np.random.default_rng(1).normal(size=(16, 3)).astype("float32")
    y = np.arange(16) % 2
    before = model.get_weights()
    grads = probe_gradients(model, x, y, 2)
    assert all(np.array_equal(a, b) for a, b in zip(before, model.get_weights()))
    _, _, expected = model.compute_gradients(x, y.astype(np.intp))
    assert len(grads) == len(expected)
    for (_, _, g), e in zip(grads, expected):
        assert np.allclose(g, e)


def test_weight_history_records_each_kernel():
    model = _model()
    history = WeightHistory()
    history.reset(model)
    assert [h.layer_name for h in history.layers] == [la.name for la in model.layers]
    history.record_weights(1, model.get_weights())
    history.record_weights(2, [w * 2 for w in model.get_weights()])
    x = np.zeros((4, 3), "float32")
    history.record_gradients(2, probe_gradients(model, x, np.zeros(4, int), 2))
    h = history.layers[0]
    assert h.weights.labels == [1, 2] and h.weights.matrix().sum() == 2 * 12
    assert h.gradients.labels == [2]
    assert history.latest_label() == 2
