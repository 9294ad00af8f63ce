"""Conv2D: gradients for both paddings, strides and non-square kernels; forward and gradients
against torch (channels-first, TensorFlow's asymmetric 'same' padding done with F.pad)."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine.layers import _windows
from tests.engine.gradcheck import assert_small, check_layer

CASES = [  # (input h, w, c), filters, kernel, strides, padding
    ((7, 7, 2), 3, 3, 1, "valid"),
    ((7, 7, 2), 3, 3, 1, "same"),
    ((7, 7, 2), 3, 3, 2, "valid"),
    ((7, 7, 2), 3, 3, 2, "same"),      # odd size, stride 2: one extra pad row/column at bottom/right
    ((6, 7, 1), 2, (2, 3), (2, 1), "same"),
    ((7, 6, 3), 2, (3, 2), (1, 2), "valid"),
    ((5, 8, 2), 4, (1, 4), 3, "same"),
    ((6, 5, 2), 3, (2, 3), 1, "same"),   # stride 1, non-square kernel: the input gradient by shifted products
]
IDS = [f"{h}x{w}x{c}-k{k}-s{s}-{p}" for (h, w, c), _, k, s, p in CASES]


def _layer(shape, filters, kernel, strides, padding, activation=None, use_bias=True, seed=0):
    rng = np.random.default_rng(seed)
    layer = keras.layers.Conv2D(filters, kernel, strides=strides, padding=padding, activation=activation,
                                use_bias=use_bias)
    layer.build(shape)
    for w in layer.weights_dict.values():
        w[...] = rng.standard_normal(w.shape) * 0.5
    return layer, rng.standard_normal((2, *shape))


@pytest.mark.parametrize("shape, filters, kernel, strides, padding", CASES, ids=IDS)
def test_conv2d_gradients(float64, shape, filters, kernel, strides, padding):
    layer, x = _layer(shape, filters, kernel, strides, padding)
    assert_small(check_layer(layer, x))


@pytest.mark.parametrize("activation, use_bias", [("tanh", True), ("swish", False)])
def test_conv2d_gradients_with_activation(float64, activation, use_bias):
    layer, x = _layer((6, 5, 2), 3, 3, 2, "same", activation=activation, use_bias=use_bias)
    assert_small(check_layer(layer, x))


def _torch_conv(x, kernel, bias, strides, padding):
    """TensorFlow-semantics conv in torch: NHWC -> NCHW, explicit (possibly asymmetric) padding."""
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    kh, kw = kernel.shape[:2]
    sh, sw = strides
    (pt, pb), (pl, pr) = (_windows.pads(x.shape[1], kh, sh, padding), _windows.pads(x.shape[2], kw, sw, padding))
    xt = torch.from_numpy(x).permute(0, 3, 1, 2).requires_grad_(True)
    wt = torch.from_numpy(kernel).permute(3, 2, 0, 1).requires_grad_(True)
    bt = torch.from_numpy(bias).requires_grad_(True)
    y = F.conv2d(F.pad(xt, (pl, pr, pt, pb)), wt, bt, stride=(sh, sw))
    return y, xt, wt, bt


@pytest.mark.parametrize("shape, filters, kernel, strides, padding", CASES, ids=IDS)
def test_conv2d_forward_and_gradients_match_torch(float64, shape, filters, kernel, strides, padding):
    layer, x = _layer(shape, filters, kernel, strides, padding)
    kernel_w, bias = layer.get_weights()
    yt, xt, wt, bt = _torch_conv(x, kernel_w, bias, layer.strides, padding)
    ours = layer.forward(x, training=True)
    assert ours.shape[1:] == layer.output_shape
    np.testing.assert_allclose(ours, yt.detach().permute(0, 2, 3, 1).numpy(), rtol=1e-12, atol=1e-12)

    r = np.random.default_rng(9).standard_normal(ours.shape)
    dx = layer.backward(r)
    import torch

    (yt * torch.from_numpy(r).permute(0, 3, 1, 2)).sum().backward()
    np.testing.assert_allclose(dx, xt.grad.permute(0, 2, 3, 1).numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(layer.grads["kernel"], wt.grad.permute(2, 3, 1, 0).numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(layer.grads["bias"], bt.grad.numpy(), rtol=1e-10, atol=1e-12)


def test_conv2d_same_stride2_on_odd_size_pads_bottom_right():
    assert _windows.pads(7, 3, 2, "same") == (1, 1)
    assert _windows.pads(8, 3, 2, "same") == (0, 1)  # TF: the extra cell goes after
    assert _windows.pads(6, 4, 1, "same") == (1, 2)
    layer = keras.layers.Conv2D(1, 3, strides=2, padding="same")
    assert layer.compute_output_shape((7, 8, 1)) == (4, 4, 1)


def test_conv2d_weights_in_keras_order_and_shapes():
    model = keras.Sequential([keras.Input((9, 8, 3)), keras.layers.Conv2D(5, (3, 2), padding="same")])
    kernel, bias = model.get_weights()
    assert kernel.shape == (3, 2, 3, 5) and bias.shape == (5,)
    assert model.count_params() == 3 * 2 * 3 * 5 + 5
    assert model.output_shape == (9, 8, 5)


@pytest.mark.parametrize("kwargs, fragment", [
    ({"filters": 0, "kernel_size": 3}, "filters=0"),
    ({"filters": 4, "kernel_size": 0}, "kernel_size=0"),
    ({"filters": 4, "kernel_size": 3, "strides": (1, -1)}, "strides=(1, -1)"),
    ({"filters": 4, "kernel_size": 3, "padding": "full"}, "padding='full'"),
    ({"filters": 4, "kernel_size": 3, "data_format": "channels_first"}, "data_format='channels_first'"),
])
def test_conv2d_bad_arguments(kwargs, fragment):
    with pytest.raises(ValueError) as info:
        keras.layers.Conv2D(**kwargs)
    assert fragment in str(info.value)


def test_the_kernel_gradient_of_a_tall_narrow_patch_matrix_is_summed_in_parts_exactly(float64):
    rng = np.random.default_rng(4)
    a, b = rng.standard_normal((10_007, 10)), rng.standard_normal((10_007, 4))   # a ragged last part
    out = np.empty((10, 4))
    assert 10_007 >= 2 * max(256, _windows.PART_BYTES // (14 * 8))                # more than one part
    np.testing.assert_allclose(_windows.transposed_product(a, b, out), a.T @ b, rtol=1e-12, atol=1e-12)


def test_a_first_layer_on_a_large_batch_matches_torch(float64):
    """A 28×28 grey batch of 40: the kernel gradient goes over 27,040 patch rows in parts."""
    layer, _ = _layer((28, 28, 1), 4, 3, 1, "valid")
    x = np.random.default_rng(5).standard_normal((40, 28, 28, 1))
    kernel_w, bias = layer.get_weights()
    yt, xt, wt, bt = _torch_conv(x, kernel_w, bias, layer.strides, "valid")
    r = np.random.default_rng(6).standard_normal(yt.shape).transpose(0, 2, 3, 1)
    layer.forward(x, training=True)
    layer.backward(r)
    import torch

    (yt * torch.from_numpy(np.ascontiguousarray(r.transpose(0, 3, 1, 2)))).sum().backward()
    np.testing.assert_allclose(layer.grads["kernel"], wt.grad.permute(2, 3, 1, 0).numpy(), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(layer.grads["bias"], bt.grad.numpy(), rtol=1e-10, atol=1e-10)
