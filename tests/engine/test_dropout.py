"""Dropout: gradient with the mask held fixed, inverted scaling, identity at inference."""

import numpy as np
import pytest

from nnstudio import keras
from tests.engine.gradcheck import assert_small, check_layer


@pytest.mark.parametrize("rate", [0.3, 0.0])
def test_dropout_gradient_with_frozen_mask(float64, rate):
    layer = keras.layers.Dropout(rate)
    layer.freeze_mask = True
    x = np.random.default_rng(0).standard_normal((4, 6))
    assert_small(check_layer(layer, x, training=True))


def test_dropout_scales_kept_units_and_zeroes_the_rest():
    layer = keras.layers.Dropout(0.25)
    x = np.ones((400, 50), dtype=np.float32)
    y = layer(x, training=True)
    assert y.dtype == np.float32
    assert set(np.unique(y)) == {0.0, np.float32(1 / 0.75)}
    assert abs((y == 0).mean() - 0.25) < 0.01
    dx = layer.backward(np.ones_like(x))
    np.testing.assert_array_equal(dx, y)  # same mask, same scale


def test_dropout_is_identity_at_inference_and_in_predict():
    layer = keras.layers.Dropout(0.5)
    x = np.random.default_rng(1).standard_normal((3, 4)).astype(np.float32)
    np.testing.assert_array_equal(layer(x, training=False), x)
    np.testing.assert_array_equal(layer.backward(np.ones_like(x)), np.ones_like(x))
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dropout(0.9)])
    np.testing.assert_array_equal(model.predict(x), x)


def test_dropout_frozen_mask_is_not_applied_at_inference():
    layer = keras.layers.Dropout(0.5)
    layer.freeze_mask = True
    x = np.ones((2, 8))
    layer(x, training=True)
    np.testing.assert_array_equal(layer(x, training=False), x)
    np.testing.assert_array_equal(layer.backward(np.ones_like(x)), np.ones_like(x))


@pytest.mark.parametrize("rate", [1.0, -0.1, "0.5"])
def test_dropout_bad_rate(rate):
    with pytest.raises(ValueError, match=f"rate={rate!r}"):
        keras.layers.Dropout(rate)


def test_dropout_unsupported_noise_shape_is_refused_not_ignored():
    with pytest.raises(ValueError, match=r"noise_shape=\(1, 4\)"):
        keras.layers.Dropout(0.5, noise_shape=(1, 4))


def test_a_seeded_dropout_draws_its_own_repeatable_masks():
    x = np.ones((50, 40), dtype=np.float32)

    def masks(seed, global_seed):
        keras.utils.set_random_seed(global_seed)
        layer = keras.layers.Dropout(0.5, seed=seed)
        return [layer(x, training=True) for _ in range(2)]
    a, b = masks(7, 0), masks(7, 123)           # the global seed does not matter
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[0], a[1])       # a fresh mask for each call
    assert not np.array_equal(a[0], masks(8, 0)[0])
    assert not np.array_equal(masks(None, 0)[0], masks(None, 1)[0])   # unseeded: the global generator
    assert keras.layers.Dropout(0.5, seed=7).get_config()["seed"] == 7
    assert keras.layers.Dropout(0.5).get_config()["seed"] is None


@pytest.mark.parametrize("seed", [-1, 1.5, "3", True])
def test_a_bad_dropout_seed_names_the_value(seed):
    with pytest.raises(ValueError, match="seed="):
        keras.layers.Dropout(0.5, seed=seed)
