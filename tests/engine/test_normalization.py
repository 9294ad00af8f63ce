"""BatchNormalization: gradients in training (and inference) mode, moving averages, against torch."""

import numpy as np
import pytest

from nnstudio import keras
from tests.engine.gradcheck import assert_small, check_layer


def _bn(shape, seed=0, **kwargs):
    rng = np.random.default_rng(seed)
    layer = keras.layers.BatchNormalization(**kwargs)
    layer.build(shape)
    layer.weights_dict["gamma"][...] = rng.uniform(0.5, 1.5, shape[-1])
    layer.weights_dict["beta"][...] = rng.standard_normal(shape[-1])
    return layer, rng


@pytest.mark.parametrize("shape", [(5,), (4, 3, 2)], ids=["vector", "image"])
def test_batchnorm_gradients_training_mode(float64, shape):
    layer, rng = _bn(shape)
    x = rng.standard_normal((6, *shape)) * 2 + 1
    assert_small(check_layer(layer, x, training=True))


def test_batchnorm_gradients_inference_mode(float64):
    layer, rng = _bn((4,))
    layer.weights_dict["moving_mean"][...] = rng.standard_normal(4)
    layer.weights_dict["moving_variance"][...] = rng.uniform(0.5, 2, 4)
    assert_small(check_layer(layer, rng.standard_normal((5, 4)), training=False))


@pytest.mark.parametrize("shape", [(6,), (5, 4, 3)], ids=["vector", "image"])
def test_batchnorm_matches_torch_training_and_inference(float64, shape):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    layer, rng = _bn(shape, momentum=0.9, epsilon=1e-3)
    gamma, beta, mean0, var0 = (w.copy() for w in layer.get_weights())
    x = rng.standard_normal((8, *shape)) * 3 + 2
    to_cf = (lambda a: a) if len(shape) == 1 else (lambda a: a.permute(0, 3, 1, 2))
    from_cf = (lambda a: a) if len(shape) == 1 else (lambda a: a.permute(0, 2, 3, 1))
    xt = to_cf(torch.from_numpy(x))
    running_mean, running_var = torch.from_numpy(mean0.copy()), torch.from_numpy(var0.copy())
    expected = F.batch_norm(xt, running_mean, running_var, torch.from_numpy(gamma), torch.from_numpy(beta),
                            training=True, momentum=1 - 0.9, eps=1e-3)
    np.testing.assert_allclose(layer(x, training=True), from_cf(expected).numpy(), rtol=1e-12, atol=1e-12)
    # Keras's moving = momentum·moving + (1 − momentum)·batch; torch's momentum is the other weight.
    # Keras keeps the biased batch variance, torch the unbiased one: compare the mean with torch,
    # the variance with the formula.
    axes = tuple(range(x.ndim - 1))
    np.testing.assert_allclose(layer.weights_dict["moving_mean"], running_mean.numpy(), rtol=1e-12)
    np.testing.assert_allclose(layer.weights_dict["moving_variance"], 0.9 * var0 + 0.1 * x.var(axis=axes), rtol=1e-12)

    mm, mv = layer.weights_dict["moving_mean"], layer.weights_dict["moving_variance"]
    expected = F.batch_norm(xt, torch.from_numpy(mm.copy()), torch.from_numpy(mv.copy()),
                            torch.from_numpy(gamma), torch.from_numpy(beta), training=False, eps=1e-3)
    np.testing.assert_allclose(layer(x, training=False), from_cf(expected).numpy(), rtol=1e-12, atol=1e-12)


def test_batchnorm_weights_in_keras_order():
    model = keras.Sequential([keras.Input((4, 4, 3)), keras.layers.BatchNormalization()])
    gamma, beta, moving_mean, moving_variance = model.get_weights()
    assert [w.shape for w in model.get_weights()] == [(3,)] * 4
    assert (gamma == 1).all() and (beta == 0).all() and (moving_mean == 0).all() and (moving_variance == 1).all()
    assert [n for layer, n in model._variables] == ["gamma", "beta"]  # moving stats are not trained
    assert model.layers[0].trainable_names == ("gamma", "beta")


def test_batchnorm_fit_updates_moving_statistics_and_not_by_optimizer():
    keras.utils.set_random_seed(1)
    model = keras.Sequential([keras.Input((3,)), keras.layers.BatchNormalization(momentum=0.5),
                              keras.layers.Dense(1)])
    model.compile("sgd", "mse")
    x = np.random.default_rng(0).normal(5, 2, (64, 3)).astype("float32")
    model.fit(x, x[:, :1], batch_size=64, epochs=30, verbose=0, shuffle=False)
    _, _, mean, var = model.layers[0].get_weights()
    np.testing.assert_allclose(mean, x.mean(axis=0), rtol=1e-4)
    np.testing.assert_allclose(var, x.var(axis=0), rtol=1e-4)


@pytest.mark.parametrize("kwargs, fragment", [({"momentum": 1.5}, "momentum=1.5"), ({"epsilon": 0}, "epsilon=0")])
def test_batchnorm_bad_arguments(kwargs, fragment):
    with pytest.raises(ValueError, match=fragment):
        keras.layers.BatchNormalization(**kwargs)
