"""Activation functions (``keras.activations.*``) against torch's, and the activation layers'
gradients (Activation, ReLU, LeakyReLU)."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine import activations
from tests.engine.gradcheck import assert_small, away_from_zero, check_layer


def _torch_reference(name, x):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    t = torch.from_numpy(x)
    fn = {
        "relu": F.relu, "leaky_relu": lambda v: F.leaky_relu(v, 0.2), "elu": F.elu, "gelu": F.gelu,
        "sigmoid": torch.sigmoid, "tanh": torch.tanh, "softmax": lambda v: F.softmax(v, dim=-1),
        "swish": F.silu, "softplus": F.softplus, "linear": lambda v: v,
    }[name]
    return fn(t).numpy()


@pytest.mark.parametrize("name", activations.NAMES)
def test_activation_values_match_torch(float64, name):
    x = np.random.default_rng(1).standard_normal((4, 6)) * 3
    x[0, :3] = [-40.0, 40.0, 0.0]  # far tails must not overflow
    ours = getattr(keras.activations, name)(x)
    np.testing.assert_allclose(ours, _torch_reference(name, x), rtol=1e-12, atol=1e-15)


def test_silu_is_swish_and_strings_resolve():
    x = np.linspace(-3, 3, 7)
    np.testing.assert_array_equal(keras.activations.silu(x), keras.activations.swish(x))
    assert activations.get("silu").name == "swish"
    assert activations.get(keras.activations.tanh).name == "tanh"
    assert activations.get(None).name == "linear"
    with pytest.raises(ValueError, match="activation='soft_max'"):
        activations.get("soft_max")


def test_activations_keep_float32():
    x = np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)
    for name in activations.NAMES:
        fn = activations.get(name)
        y = fn.forward(x)
        assert y.dtype == np.float32, name
        assert fn.backward(np.ones_like(x), x, y).dtype == np.float32, name


@pytest.mark.parametrize("make", [
    lambda: keras.layers.Activation("tanh"),
    lambda: keras.layers.Activation("softmax"),
    lambda: keras.layers.Activation("gelu"),
    lambda: keras.layers.ReLU(),
    lambda: keras.layers.LeakyReLU(),
    lambda: keras.layers.LeakyReLU(negative_slope=0.05),
    lambda: keras.layers.LeakyReLU(negative_slope=1.5),
    lambda: keras.layers.Activation(activations.ELU(alpha=0.5)),
    lambda: keras.layers.Activation("softplus"),
    lambda: keras.layers.Activation("sigmoid"),
], ids=["tanh", "softmax", "gelu", "relu", "leaky_relu", "leaky_relu_0.05", "leaky_relu_1.5", "elu_0.5",
        "softplus", "sigmoid"])
def test_activation_layer_gradients(float64, make):
    x = away_from_zero(np.random.default_rng(2), (3, 4, 5))  # |x| ≥ 0.1: no kink at 0
    assert_small(check_layer(make(), x))


def test_leaky_relu_layer_default_slope_is_keras_0_3():
    layer = keras.layers.LeakyReLU()
    np.testing.assert_allclose(layer(np.array([[-2.0, 3.0]])), [[-0.6, 3.0]], rtol=1e-6)
    assert layer.get_config()["negative_slope"] == pytest.approx(0.3)
    with pytest.raises(ValueError, match="negative_slope=-1"):
        keras.layers.LeakyReLU(negative_slope=-1)


def test_activation_functions_take_scalars_lists_and_ints():
    assert float(keras.activations.relu(-2.0)) == 0.0
    assert float(keras.activations.sigmoid(0.0)) == 0.5
    out = keras.activations.softplus([[0, 1], [2, 3]])
    assert out.dtype == np.float32 and out.shape == (2, 2)
    np.testing.assert_allclose(out, np.log1p(np.exp([[0, 1], [2, 3]])), rtol=1e-6)


def test_leaky_relu_and_elu_values_with_non_default_parameters(float64):
    z = np.array([[-2.0, -0.5, 0.0, 0.5, 2.0]])
    np.testing.assert_allclose(activations.LeakyReLUFn(1.5).forward(z), np.where(z > 0, z, 1.5 * z))
    np.testing.assert_allclose(activations.ELU(0.5).forward(z), np.where(z > 0, z, 0.5 * np.expm1(z)))
