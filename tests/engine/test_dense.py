"""Dense: gradients for every activation, with and without bias and with kernel penalties;
Keras weight layout; argument errors."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine import activations
from tests.engine.gradcheck import assert_small, away_from_zero, check_layer, numeric_gradient, relative_error

KINKED = {"relu", "leaky_relu"}  # derivative jumps at z = 0


def _dense_input(activation, use_bias, n=4, d_in=5, units=3):
    """A built float64 Dense and an input whose pre-activations stay ≥ 1e-2 away from 0
    (the first seed that gives that: deterministic, and no kink inside the finite differences)."""
    for seed in range(100):
        rng = np.random.default_rng(seed)
        layer = keras.layers.Dense(units, activation=activation, use_bias=use_bias)
        layer.build((d_in,))
        x = rng.standard_normal((n, d_in))
        layer.weights_dict["kernel"][...] = rng.standard_normal((d_in, units)) * 0.7
        if use_bias:
            layer.weights_dict["bias"][...] = rng.standard_normal(units) * 0.5
        z = x @ layer.weights_dict["kernel"] + (layer.weights_dict["bias"] if use_bias else 0)
        if activation not in KINKED or np.abs(z).min() > 1e-2:
            return layer, x
    raise AssertionError("no seed keeps the pre-activations away from the kink")


@pytest.mark.parametrize("use_bias", [True, False], ids=["bias", "no_bias"])
@pytest.mark.parametrize("activation", activations.NAMES)
def test_dense_gradients_every_activation(float64, activation, use_bias):
    layer, x = _dense_input(activation, use_bias)
    errors = check_layer(layer, x)
    assert set(errors) == {"input", "kernel", "bias"} if use_bias else {"input", "kernel"}
    assert_small(errors)


@pytest.mark.parametrize("regularizer", [
    keras.regularizers.L1(0.03), keras.regularizers.L2(0.05), keras.regularizers.L1L2(l1=0.02, l2=0.04)],
    ids=["l1", "l2", "l1_l2"])
def test_dense_kernel_regularizer_enters_model_loss_and_gradient(float64, regularizer):
    rng = np.random.default_rng(3)
    model = keras.Sequential([
        keras.Input((4,)),
        keras.layers.Dense(5, activation="tanh", kernel_regularizer=regularizer),
        keras.layers.Dense(2, kernel_regularizer=regularizer),
    ])
    model.compile(optimizer="sgd", loss="mse")
    # |w| ≥ 0.1 keeps every weight clear of the L1 kink at 0
    model.set_weights([away_from_zero(rng, w.shape) for w in model.get_weights()])
    x, y = rng.standard_normal((6, 4)), rng.standard_normal((6, 2))

    loss, _, grads = model.compute_gradients(x, y)
    plain = float(np.mean((model.predict(x) - y) ** 2))
    kernels = [model.layers[0].weights_dict["kernel"], model.layers[1].weights_dict["kernel"]]
    penalty = sum(regularizer.l1 * np.abs(k).sum() + regularizer.l2 * np.square(k).sum() for k in kernels)
    assert loss == pytest.approx(plain + penalty, rel=1e-12)

    errors = {}
    for (layer, name), g in zip(model._variables, grads):
        numeric = numeric_gradient(lambda: model.compute_gradients(x, y)[0], layer.weights_dict[name])
        errors[f"{layer.name}.{name}"] = relative_error(g, numeric)
    assert_small(errors)


def test_dense_forward_is_affine_map_then_activation(float64):
    rng = np.random.default_rng(0)
    layer = keras.layers.Dense(4, activation="tanh")
    layer.build((3,))
    layer.set_weights([rng.standard_normal((3, 4)), rng.standard_normal(4)])
    x = rng.standard_normal((5, 3))
    kernel, bias = layer.get_weights()
    np.testing.assert_allclose(layer(x), np.tanh(x @ kernel + bias), rtol=1e-14)


def test_dense_weights_in_keras_order_and_shapes():
    model = keras.Sequential([keras.Input((7,)), keras.layers.Dense(3), keras.layers.Dense(2, use_bias=False)])
    shapes = [w.shape for w in model.get_weights()]
    assert shapes == [(7, 3), (3,), (3, 2)]
    assert all(w.dtype == np.float32 for w in model.get_weights())
    new = [np.full(s, i + 1.0, dtype=np.float32) for i, s in enumerate(shapes)]
    model.set_weights(new)
    kernel, bias = model.layers[0].get_weights()
    assert (kernel == 1).all() and (bias == 2).all()
    hidden = 7 * 1 + 2  # each of the 3 hidden units
    np.testing.assert_array_equal(model.predict(np.ones((1, 7))), [[3 * hidden * 3] * 2])
    with pytest.raises(ValueError, match=r"\(3, 2\)"):
        model.set_weights([*new[:2], np.zeros((2, 3))])


@pytest.mark.parametrize("kwargs, fragment", [
    ({"units": 0}, "units=0"),
    ({"units": -3}, "units=-3"),
    ({"units": 2.5}, "units=2.5"),
    ({"units": "10"}, "units='10'"),
    ({"units": 4, "activation": "relux"}, "activation='relux'"),
    ({"units": 4, "kernel_initializer": "glorot"}, "initializer='glorot'"),
    ({"units": 4, "kernel_regularizer": "l3"}, "kernel_regularizer='l3'"),
    ({"units": 4, "bogus": 1}, "bogus=1"),
])
def test_dense_bad_arguments_name_argument_and_value(kwargs, fragment):
    with pytest.raises(ValueError) as info:
        keras.layers.Dense(**kwargs)
    assert fragment in str(info.value)


def test_dense_config_round_trip():
    layer = keras.layers.Dense(6, activation="gelu", use_bias=False, kernel_regularizer=keras.regularizers.L2(0.1))
    clone = keras.layers.Dense.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()
    assert clone.units == 6 and clone.activation.name == "gelu" and not clone.use_bias
    assert clone.kernel_regularizer.l2 == pytest.approx(0.1)
