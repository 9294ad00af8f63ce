"""Central finite differences against a layer's or loss's analytic gradients (float64).

The error is relative in norm, ``‖analytic − numeric‖ / max(‖analytic‖, ‖numeric‖)``, so a
gradient with a few tiny entries does not blow up the measure; the checks demand ≤ 1e-6.
"""

from __future__ import annotations

import numpy as np

TOLERANCE = 1e-6
STEP = 1e-6


def numeric_gradient(f, a, step=STEP):
    """d f() / d a by central differences, perturbing ``a`` in place one entry at a time."""
    grad = np.zeros(a.shape, dtype=np.float64)
    for idx in np.ndindex(a.shape):
        orig = a[idx]
        a[idx] = orig + step
        up = f()
        a[idx] = orig - step
        down = f()
        a[idx] = orig
        grad[idx] = (up - down) / (2 * step)
    return grad


def relative_error(analytic, numeric):
    analytic, numeric = np.asarray(analytic, np.float64), np.asarray(numeric, np.float64)
    assert analytic.shape == numeric.shape, (analytic.shape, numeric.shape)
    scale = max(np.linalg.norm(analytic), np.linalg.norm(numeric))
    return 0.0 if scale == 0 else float(np.linalg.norm(analytic - numeric) / scale)


def check_layer(layer, x, training=True, seed=0, check_input=True):
    """Check dx and every trainable weight's gradient of ``sum(layer(x) * r)`` for a fixed random r.

    Returns ``{"input": err, name: err, ...}`` so a failing assert shows every error at once.
    """
    assert x.dtype == np.float64, "gradient checks run in float64"
    if not layer.built:
        layer.build(x.shape[1:])
    for w in layer.weights_dict.values():
        assert w.dtype == np.float64, "build the layer under the float64 fixture"
    r = np.random.default_rng(seed).standard_normal(layer.forward(x, training).shape)

    def objective():
        return float((layer.forward(x, training) * r).sum())

    layer.forward(x, training)
    dx = layer.backward(r.copy())
    analytic = {name: layer.grads[name].copy() for name in layer.trainable_names}
    errors = {}
    if check_input:
        errors["input"] = relative_error(dx, numeric_gradient(objective, x))
    for name in layer.trainable_names:
        errors[name] = relative_error(analytic[name], numeric_gradient(objective, layer.weights_dict[name]))
    return errors


def check_loss(loss, y_true, y_pred):
    """Check ``dL/dy_pred`` of a loss's ``forward_backward`` against its own loss value."""
    assert y_pred.dtype == np.float64
    _, grad = loss.forward_backward(y_true, y_pred)
    numeric = numeric_gradient(lambda: loss.forward_backward(y_true, y_pred)[0], y_pred)
    return relative_error(grad, numeric)


def assert_small(errors, tol=TOLERANCE):
    bad = {k: v for k, v in errors.items() if not v <= tol}
    assert not bad, f"relative gradient errors above {tol:g}: {bad} (all: {errors})"


def away_from_zero(rng, shape, low=0.1, high=1.0):
    """Random values with |v| in [low, high]: no entry near a kink at 0 (ReLU, |x|)."""
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(low, high, size=shape)
