"""MaxPooling2D: gradients (inputs without near-ties), forward against torch, TF 'same' padding."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine.layers import _windows
from tests.engine.gradcheck import assert_small, check_layer

CASES = [  # input (h, w, c), pool_size, strides, padding
    ((6, 6, 2), 2, None, "valid"),
    ((7, 7, 2), 2, None, "valid"),
    ((7, 7, 2), 2, None, "same"),      # odd size: the last window hangs over the bottom/right
    ((7, 8, 3), 3, 2, "valid"),        # overlapping windows
    ((7, 8, 3), 3, 2, "same"),
    ((5, 7, 1), (2, 3), (1, 2), "same"),
]
IDS = [f"{h}x{w}x{c}-p{p}-s{s}-{pad}" for (h, w, c), p, s, pad in CASES]


def _distinct_input(shape, seed=0):
    """Every value distinct and ≥ 0.05 from every other: no ties within the finite-difference step."""
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape))
    return (rng.permutation(n).reshape(shape) - n / 2) * 0.05


@pytest.mark.parametrize("shape, pool, strides, padding", CASES, ids=IDS)
def test_maxpool_gradients(float64, shape, pool, strides, padding):
    layer = keras.layers.MaxPooling2D(pool, strides=strides, padding=padding)
    assert_small(check_layer(layer, _distinct_input((2, *shape))))


@pytest.mark.parametrize("shape, pool, strides, padding", CASES, ids=IDS)
def test_maxpool_forward_matches_torch(float64, shape, pool, strides, padding):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    layer = keras.layers.MaxPooling2D(pool, strides=strides, padding=padding)
    x = np.random.default_rng(1).standard_normal((3, *shape))
    (kh, kw), (sh, sw) = layer.pool_size, layer.strides
    (pt, pb), (pl, pr) = _windows.pads(shape[0], kh, sh, padding), _windows.pads(shape[1], kw, sw, padding)
    xt = F.pad(torch.from_numpy(x).permute(0, 3, 1, 2), (pl, pr, pt, pb), value=-np.inf)
    expected = F.max_pool2d(xt, (kh, kw), stride=(sh, sw)).permute(0, 2, 3, 1).numpy()
    ours = layer(x)
    assert ours.shape[1:] == layer.output_shape
    np.testing.assert_array_equal(ours, expected)


def test_maxpool_gradient_goes_to_the_maximum_only():
    layer = keras.layers.MaxPooling2D(2)
    x = np.array([[1, 5, 0, 0], [2, 3, 0, 9], [0, 0, 4, 1], [7, 0, 2, 3]], dtype=np.float32).reshape(1, 4, 4, 1)
    np.testing.assert_array_equal(layer(x)[0, :, :, 0], [[5, 9], [7, 4]])
    dx = layer.backward(np.array([[10, 20], [30, 40]], dtype=np.float32).reshape(1, 2, 2, 1))
    expected = np.zeros((4, 4))
    expected[0, 1], expected[1, 3], expected[3, 0], expected[2, 2] = 10, 20, 30, 40
    np.testing.assert_array_equal(dx[0, :, :, 0], expected)
    assert dx.dtype == np.float32


def test_maxpool_defaults_and_bad_arguments():
    layer = keras.layers.MaxPooling2D()
    assert layer.pool_size == (2, 2) and layer.strides == (2, 2) and layer.padding == "valid"
    with pytest.raises(ValueError, match="pool_size=0"):
        keras.layers.MaxPooling2D(0)
    with pytest.raises(ValueError, match="padding='causal'"):
        keras.layers.MaxPooling2D(padding="causal")
