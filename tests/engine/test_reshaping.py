"""Flatten and Reshape: gradients, shapes, errors."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.errors import ShapeError
from tests.engine.gradcheck import assert_small, check_layer


@pytest.mark.parametrize("make, shape", [
    (lambda: keras.layers.Flatten(), (3, 2, 4)),
    (lambda: keras.layers.Reshape((4, 6)), (24,)),
    (lambda: keras.layers.Reshape((-1, 2)), (3, 4)),
], ids=["flatten", "reshape", "reshape_-1"])
def test_reshaping_gradients(float64, make, shape):
    x = np.random.default_rng(0).standard_normal((2, *shape))
    assert_small(check_layer(make(), x))


def test_flatten_and_reshape_shapes():
    model = keras.Sequential([keras.Input((4, 3, 2)), keras.layers.Flatten(), keras.layers.Reshape((6, -1))])
    assert model.layers[0].output_shape == (24,)
    assert model.output_shape == (6, 4)
    x = np.arange(48, dtype=np.float32).reshape(2, 4, 3, 2)
    np.testing.assert_array_equal(model.predict(x), x.reshape(2, 6, 4))


def test_reshape_errors():
    with pytest.raises(ValueError, match=r"target_shape=\(-1, -1\)"):
        keras.layers.Reshape((-1, -1))
    with pytest.raises(ShapeError, match="reshape"):
        keras.Sequential([keras.Input((5,)), keras.layers.Reshape((2, 2))])
