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
