"""A small convnet as a whole: its gradients against torch (the ReLU mask that a max-pooling
applies for the Conv2D below it), and the speed devices of Conv2D/MaxPooling2D (reused buffers,
per-sample threads) leaving no trace in the numbers."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine import parallel


def _convnet(padding="same", pool_strides=None):
    model = keras.Sequential([
        keras.Input((9, 8, 2)),
        keras.layers.Conv2D(4, 3, padding=padding, activation="relu"),
        keras.layers.MaxPooling2D(2, strides=pool_strides, padding="same"),
        keras.layers.Conv2D(5, (2, 3), activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(),
        keras.layers.Dense(3),
    ])
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model


def _torch_twin(model):
    """The same network in torch (channels-first; TensorFlow's asymmetric 'same' padding by F.pad)."""
    torch = pytest.importorskip("torch")
    from nnstudio.engine.layers import _windows

    F = torch.nn.functional
    params = [torch.from_numpy(w.copy()).requires_grad_(True) for w in model.get_weights()]

    def forward(x):
        h = torch.from_numpy(x).permute(0, 3, 1, 2)
        i = 0
        for layer in model.layers:
            name = type(layer).__name__
            if name in ("Conv2D", "MaxPooling2D"):
                (kh, kw) = layer.kernel_size if name == "Conv2D" else layer.pool_size
                (sh, sw), pad = layer.strides, layer.padding
                (pt, pb) = _windows.pads(h.shape[2], kh, sh, pad)
                (pl, pr) = _windows.pads(h.shape[3], kw, sw, pad)
                if name == "Conv2D":
                    h = F.conv2d(F.pad(h, (pl, pr, pt, pb)), params[i].permute(3, 2, 0, 1), params[i + 1], stride=(sh, sw))
                    h = torch.relu(h)
                    i += 2
                else:
                    h = F.max_pool2d(F.pad(h, (pl, pr, pt, pb), value=-np.inf), (kh, kw), stride=(sh, sw))
            elif name == "AveragePooling2D":  # valid padding only
                h = F.avg_pool2d(h, layer.pool_size, stride=layer.strides)
            elif name == "Flatten":
                h = h.permute(0, 2, 3, 1).reshape(h.shape[0], -1)
            else:
                h = h @ params[i] + params[i + 1]
                i += 2
        return h
    return forward, params


@pytest.mark.parametrize("padding, pool_strides", [("same", None), ("valid", 1)], ids=["tiling-pools", "overlapping-pool"])
def test_convnet_gradients_match_torch(float64, padding, pool_strides):
    torch = pytest.importorskip("torch")
    model = _convnet(padding, pool_strides)
    rng = np.random.default_rng(3)
    for w in model.trainable_weights:
        w[...] = rng.standard_normal(w.shape) * 0.5
    x = rng.standard_normal((4, 9, 8, 2))
    y = np.array([0, 2, 1, 2])
    assert model.layers[0].relu_done_above and model.layers[1].apply_relu_below
    loss, out, grads = model.compute_gradients(x, y)

    forward, params = _torch_twin(model)
    logits = forward(x)
    expected = torch.nn.functional.cross_entropy(logits, torch.from_numpy(y))
    expected.backward()
    np.testing.assert_allclose(out, logits.detach().numpy(), rtol=1e-10, atol=1e-12)
    assert loss == pytest.approx(expected.item(), rel=1e-12)
    for g, p in zip(grads, params):
        np.testing.assert_allclose(g, p.grad.numpy(), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("pooling", ["MaxPooling2D", "AveragePooling2D"])
def test_a_conv_leaves_out_in_training_what_a_valid_pooling_drops(float64, pooling):
    """A valid 2×2 pooling of an odd-sized image reads no last row (or column): the Conv2D below
    computes none in training (below a max-pooling, it writes the rest in the windows' phase
    order), and the gradients still match torch's."""
    torch = pytest.importorskip("torch")
    pool = getattr(keras.layers, pooling)
    model = keras.Sequential([
        keras.Input((11, 12, 2)),
        keras.layers.Conv2D(4, 3, activation="relu"),         # 9×10, the pooling reads 8×10
        pool(2),
        keras.layers.Conv2D(5, (2, 3), activation="relu"),    # 3×3, the pooling reads 2×2
        pool(2),
        keras.layers.Flatten(),
        keras.layers.Dense(3),
    ])
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    conv, _, conv2, _, _, dense = model.layers
    assert (conv.output_used, conv2.output_used, dense.output_used) == ((8, 10), (2, 2), None)
    rng = np.random.default_rng(5)
    for w in model.trainable_weights:
        w[...] = rng.standard_normal(w.shape) * 0.5
    x = rng.standard_normal((4, 11, 12, 2))
    y = np.array([0, 2, 1, 2])
    phased = pooling == "MaxPooling2D"
    assert conv.output_phases == ((2, 2) if phased else None)
    assert conv.forward(x, True).shape == ((4, 2, 2, 4, 5, 4) if phased else (4, 8, 10, 4))
    assert conv.forward(x, False).shape == (4, 9, 10, 4)
    loss, out, grads = model.compute_gradients(x, y)
    np.testing.assert_allclose(out, model.predict(x, verbose=0), rtol=1e-12)

    forward, params = _torch_twin(model)
    logits = forward(x)
    expected = torch.nn.functional.cross_entropy(logits, torch.from_numpy(y))
    expected.backward()
    assert loss == pytest.approx(expected.item(), rel=1e-12)
    for g, p in zip(grads, params):
        np.testing.assert_allclose(g, p.grad.numpy(), rtol=1e-9, atol=1e-12)


def test_relu_moved_to_the_pooling_changes_no_output_and_no_gradient():
    """In training the ReLU of a Conv2D runs in the max-pooling above it (on the smaller image);
    the network's outputs are those of inference, and a backward pass after an inference forward
    (where the Conv2D applies its ReLU itself) gives the training pass's gradients."""
    model = _convnet()
    rng = np.random.default_rng(4)
    for w in model.trainable_weights:
        w[...] = rng.standard_normal(w.shape) * 0.5
    x = rng.standard_normal((4, 9, 8, 2)).astype(np.float32)
    y = np.array([0, 2, 1, 2])
    conv, pool = model.layers[0], model.layers[1]
    assert conv.relu_done_above and pool.apply_relu_below
    assert (conv.forward(x, True) < 0).any()  # its training output: before the ReLU
    np.testing.assert_array_equal(model.forward(x, True), model.forward(x, False))
    _, _, trained = model.compute_gradients(x, y)
    _, dy = model.loss.forward_backward(y, model.forward(x, False))
    model.backward(dy)
    for g, (layer, name) in zip(trained, model._variables):
        np.testing.assert_allclose(layer.grads[name], g, rtol=1e-6, atol=1e-7)


def test_relu_mask_moves_to_the_pooling_only_when_they_are_neighbours():
    model = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(2, 3, activation="relu"),
                              keras.layers.Dropout(0.5), keras.layers.MaxPooling2D(2),
                              keras.layers.Conv2D(2, 2, activation="tanh"), keras.layers.MaxPooling2D(1)])
    conv, _, pool, conv2, pool2 = model.layers
    assert not conv.relu_done_above and not pool.apply_relu_below
    assert not conv2.relu_done_above and not pool2.apply_relu_below


def test_predictions_in_chunks_do_not_share_buffers():
    """Outputs are fresh arrays: chunks of a prediction (and outputs kept by a view) stay as they were."""
    model = _convnet()
    x = np.random.default_rng(0).standard_normal((10, 9, 8, 2)).astype(np.float32)
    whole = model.predict(x, batch_size=10, verbose=0)
    first = model.layers[0].forward(x[:3], False)
    kept = first.copy()
    model.layers[0].forward(x[3:6], False)
    np.testing.assert_array_equal(first, kept)
    np.testing.assert_array_equal(model.predict(x, batch_size=3, verbose=0), whole)
    # inference keeps no buffers (a prediction over thousands of pictures would hold them for good);
    # a training step keeps its own for the next step
    assert all(not layer._scratch._arrays for layer in model.layers if hasattr(layer, "_scratch"))
    model.train_on_batch(x, np.zeros(10, int))
    assert model.layers[0]._scratch._arrays and model.layers[1]._scratch._arrays


def test_threads_leave_the_numbers_unchanged():
    """Per-sample work split over threads (timed against one thread, alternately) gives the same
    bits as one thread alone."""
    rng = np.random.default_rng(1)
    x = rng.standard_normal((64, 20, 20, 8)).astype(np.float32)
    conv = keras.layers.Conv2D(16, 3, padding="same", activation="relu")
    pool = keras.layers.MaxPooling2D(2)
    conv.build(x.shape[1:])
    pool.build(conv.output_shape)
    previous = parallel.num_threads()

    def step():
        y = pool.forward(conv.forward(x, True), True)
        dy = pool.backward(np.ones_like(y))
        return y.copy(), conv.backward(dy).copy(), conv.grads["kernel"].copy()
    try:
        parallel.set_num_threads(1)
        alone = step()
        parallel.set_num_threads(2)
        for _ in range(10):  # through the timed trials of both choices
            for a, b in zip(step(), alone):
                np.testing.assert_array_equal(a, b)
    finally:
        parallel.set_num_threads(previous)


@pytest.mark.parametrize("pool_size", [(2, 2), (3, 3), (2, 3)])
@pytest.mark.parametrize("channels", [1, 3])
def test_the_phase_order_below_a_max_pooling_changes_no_number(float64, pool_size, channels):
    """A Conv2D below a tiling max-pooling writes its training output in the windows' phase
    order; outputs, loss and gradients are those of the image's own order, ties (flat regions of
    the picture give equal maxima) going to the first maximum as before."""
    def build():
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((13, 14, channels)), keras.layers.Conv2D(3, 3, activation="relu"),
                                  keras.layers.MaxPooling2D(pool_size), keras.layers.Flatten(),
                                  keras.layers.Dense(2)])
        model.compile(optimizer="sgd", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
        return model
    rng = np.random.default_rng(7)
    x = np.round(rng.random((5, 13, 14, channels)) * 2) / 2
    x[:, :6, :7] = 0.5  # a flat region: equal outputs in its windows
    y = rng.integers(0, 2, 5)
    phased, plain = build(), build()
    assert phased.layers[0].output_phases == pool_size
    plain.layers[0].output_phases = None
    assert phased.layers[0].forward(x, True).ndim == 6 and plain.layers[0].forward(x, True).ndim == 4
    a, b = phased.compute_gradients(x, y), plain.compute_gradients(x, y)
    assert a[0] == b[0]
    np.testing.assert_array_equal(a[1], b[1])
    for g, h in zip(a[2], b[2]):
        np.testing.assert_allclose(g, h, rtol=1e-13, atol=1e-15)


@pytest.mark.parametrize("relu", [False, True])
def test_a_max_pooling_of_phase_ordered_input_sends_ties_to_the_first_maximum(relu):
    """Input with many ties (whole numbers), given to a max-pooling in the image's own order and
    in its windows' phase order: the same output, and the same gradient cells."""
    rng = np.random.default_rng(8)
    x = rng.integers(-2, 3, (3, 6, 9, 2)).astype(np.float64)
    pool = keras.layers.MaxPooling2D((2, 3))
    pool.build(x.shape[1:])
    pool.apply_relu_below = relu
    phased = x.reshape(3, 3, 2, 3, 3, 2).transpose(0, 2, 4, 1, 3, 5).copy()  # [n, py, px, Y, X, c]
    dy = rng.standard_normal((3, 3, 3, 2))
    y_plain = pool.forward(x, True).copy()
    dx_plain = pool.backward(dy).copy()
    y_phased = pool.forward(phased, True).copy()
    dx_phased = pool.backward(dy)
    np.testing.assert_array_equal(y_phased, y_plain)
    np.testing.assert_array_equal(dx_phased, dx_plain.reshape(3, 3, 2, 3, 3, 2).transpose(0, 2, 4, 1, 3, 5))
    assert (dx_plain != 0).sum() == (dy * (y_plain > 0 if relu else 1) != 0).sum()  # one cell per window


def test_a_layer_called_on_its_own_gives_its_whole_output_in_training_too():
    """``layer(x, training=True)`` is Keras's layer output even inside a model whose training
    steps let the pooling apply the ReLU, leave out unread rows and use the phase order."""
    model = keras.Sequential([keras.Input((11, 12, 2)), keras.layers.Conv2D(4, 3, activation="relu"),
                              keras.layers.MaxPooling2D(2), keras.layers.Flatten(), keras.layers.Dense(2)])
    conv, pool = model.layers[:2]
    assert conv.relu_done_above and conv.output_used == (8, 10) and conv.output_phases == (2, 2)
    x = np.random.default_rng(9).standard_normal((3, 11, 12, 2)).astype(np.float32)
    alone = conv(x, training=True)
    np.testing.assert_array_equal(alone, conv(x, training=False))
    assert alone.shape == (3, 9, 10, 4) and alone.min() == 0
    np.testing.assert_array_equal(pool(alone - 1, training=True), pool(alone - 1, training=False))
    assert conv.relu_done_above and conv.output_phases == (2, 2) and pool.apply_relu_below  # the model's again
    assert model.forward(x, True).shape == (3, 2)
