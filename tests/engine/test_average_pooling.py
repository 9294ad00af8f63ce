"""AveragePooling2D and GlobalAveragePooling2D: finite-difference gradients, forward and backward
against torch, and TensorFlow's 'same' rule (a window over the border averages the cells inside)."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine.layers import window_pads
from tests.engine.gradcheck import assert_small, check_layer

CASES = [  # input (h, w, c), pool_size, strides, padding
    ((6, 6, 2), 2, None, "valid"),
    ((7, 7, 2), 2, None, "same"),      # odd size: the last window hangs over the bottom/right
    ((7, 8, 3), 3, 2, "valid"),        # overlapping windows
    ((7, 8, 3), 3, 2, "same"),
    ((5, 7, 1), (2, 3), (1, 2), "same"),
]
IDS = [f"{h}x{w}x{c}-p{p}-s{s}-{pad}" for (h, w, c), p, s, pad in CASES]


@pytest.mark.parametrize("shape, pool, strides, padding", CASES, ids=IDS)
def test_average_pooling_gradients(float64, shape, pool, strides, padding):
    layer = keras.layers.AveragePooling2D(pool, strides=strides, padding=padding)
    x = np.random.default_rng(0).standard_normal((2, *shape))
    assert_small(check_layer(layer, x))


def _torch_average_pool(torch, x, layer):
    """TensorFlow's average pooling written with torch: window sums over the zero-padded image
    divided by how many cells of each window lie inside the image."""
    F = torch.nn.functional
    (kh, kw), (sh, sw) = layer.pool_size, layer.strides
    h, w = x.shape[1:3]
    (pt, pb), (pl, pr) = window_pads(h, kh, sh, layer.padding), window_pads(w, kw, sw, layer.padding)
    xt = torch.from_numpy(x).permute(0, 3, 1, 2).requires_grad_(True)
    sums = F.avg_pool2d(F.pad(xt, (pl, pr, pt, pb)), (kh, kw), stride=(sh, sw), divisor_override=1)
    counts = F.avg_pool2d(F.pad(torch.ones_like(xt[:1, :1]), (pl, pr, pt, pb)), (kh, kw), stride=(sh, sw),
                          divisor_override=1)
    return xt, (sums / counts).permute(0, 2, 3, 1)


@pytest.mark.parametrize("shape, pool, strides, padding", CASES, ids=IDS)
def test_average_pooling_forward_and_backward_match_torch(float64, shape, pool, strides, padding):
    torch = pytest.importorskip("torch")
    layer = keras.layers.AveragePooling2D(pool, strides=strides, padding=padding)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((3, *shape))
    xt, expected = _torch_average_pool(torch, x, layer)
    ours = layer(x)
    assert ours.shape[1:] == layer.output_shape == tuple(expected.shape[1:])
    np.testing.assert_allclose(ours, expected.detach().numpy(), rtol=1e-12, atol=1e-12)
    dy = rng.standard_normal(ours.shape)
    (expected * torch.from_numpy(dy)).sum().backward()
    np.testing.assert_allclose(layer.backward(dy), xt.grad.permute(0, 2, 3, 1).numpy(), rtol=1e-12, atol=1e-12)
    if padding == "valid":       # plain average pooling is torch's own
        plain = torch.nn.functional.avg_pool2d(torch.from_numpy(x).permute(0, 3, 1, 2), layer.pool_size,
                                               stride=layer.strides)
        np.testing.assert_allclose(ours, plain.permute(0, 2, 3, 1).numpy(), rtol=1e-12)


def test_same_padding_averages_only_the_cells_inside_the_image():
    layer = keras.layers.AveragePooling2D(2, padding="same")
    x = np.arange(9, dtype=np.float32).reshape(1, 3, 3, 1)      # 0 1 2 / 3 4 5 / 6 7 8
    np.testing.assert_allclose(layer(x)[0, :, :, 0], [[2, 3.5], [6.5, 8]])
    assert layer(x).dtype == np.float32


def test_global_average_pooling_gradients_and_torch(float64):
    layer = keras.layers.GlobalAveragePooling2D()
    rng = np.random.default_rng(2)
    x = rng.standard_normal((2, 5, 4, 3))
    assert_small(check_layer(layer, x))
    assert layer.compute_output_shape((5, 4, 3)) == (3,)
    torch = pytest.importorskip("torch")
    xt = torch.from_numpy(x).permute(0, 3, 1, 2).requires_grad_(True)
    expected = xt.mean(dim=(2, 3))
    np.testing.assert_allclose(layer(x), expected.detach().numpy(), rtol=1e-12)
    dy = rng.standard_normal((2, 3))
    (expected * torch.from_numpy(dy)).sum().backward()
    np.testing.assert_allclose(layer.backward(dy), xt.grad.permute(0, 2, 3, 1).numpy(), rtol=1e-12)


def test_pooling_refuses_what_it_cannot_do():
    with pytest.raises(ValueError, match="keepdims=True"):
        keras.layers.GlobalAveragePooling2D(keepdims=True)
    with pytest.raises(ValueError, match="needs an image"):
        keras.layers.GlobalAveragePooling2D().compute_output_shape((8,))
    with pytest.raises(ValueError, match="does not fit"):
        keras.layers.AveragePooling2D(4).compute_output_shape((3, 3, 1))
    layer = keras.layers.AveragePooling2D((2, 3), strides=1, padding="same", name="avg")
    clone = keras.layers.AveragePooling2D.from_config(layer.get_config())
    assert clone.get_config() == layer.get_config()


def test_a_small_convnet_with_both_layers_learns():
    rng = np.random.default_rng(3)
    x = rng.standard_normal((64, 8, 8, 1)).astype(np.float32)
    x += rng.choice([-0.5, 0.5], size=(64, 1, 1, 1)).astype(np.float32)
    y = (x.mean(axis=(1, 2, 3)) > 0).astype(np.int64)        # a brighter or a darker image
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(4, 3, padding="same", activation="relu"),
                              keras.layers.AveragePooling2D(2), keras.layers.GlobalAveragePooling2D(),
                              keras.layers.Dense(2)])
    model.compile(optimizer=keras.optimizers.Adam(0.03),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    history = model.fit(x, y, batch_size=16, epochs=30, verbose=0)
    assert history.history["loss"][-1] < 0.5 * history.history["loss"][0]
    assert history.history["accuracy"][-1] > 0.9
