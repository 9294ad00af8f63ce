"""Activation functions, each with its derivative written right under it.

An activation is an object with ``forward(z) -> y`` and ``backward(dy, z, y) -> dz``; layers keep
``z`` and ``y`` from the forward pass so backward needs no recomputation. ``get(name)`` resolves
Keras's string names (``'relu'``, ``'swish'`` or ``'silu'``, ...). The module-level functions
(``relu(x)``, ...) are the ``keras.activations.*`` callables.
"""

from __future__ import annotations

import math

import numpy as np


class ActivationFn:
    name = "linear"
    needs_z = False  # backward uses the pre-activation z (otherwise y suffices)

    def forward(self, z):
        return z

    def backward(self, dy, z, y):
        return dy

    def __call__(self, x):
        return self.forward(np.asarray(x))

    def __repr__(self):
        return f"<activation {self.name}>"


class Linear(ActivationFn):
    name = "linear"


class ReLU(ActivationFn):
    name = "relu"

    def forward(self, z):
        return np.maximum(z, 0)

    def backward(self, dy, z, y):
        return dy * (y > 0)


class LeakyReLUFn(ActivationFn):
    name = "leaky_relu"
    needs_z = True

    def __init__(self, negative_slope=0.2):
        self.negative_slope = float(negative_slope)

    def forward(self, z):
        return np.where(z > 0, z, z * self.negative_slope)

    def backward(self, dy, z, y):
        return np.where(z > 0, dy, dy * self.negative_slope)


class ELU(ActivationFn):
    name = "elu"
    needs_z = True

    def __init__(self, alpha=1.0):
        self.alpha = float(alpha)

    def forward(self, z):
        return np.where(z > 0, z, self.alpha * np.expm1(np.minimum(z, 0)))

    def backward(self, dy, z, y):
        # d/dz alpha*(e^z - 1) = alpha*e^z = y + alpha for z <= 0
        return np.where(z > 0, dy, dy * (y + self.alpha))


class GELU(ActivationFn):
    """Exact GELU, x·Φ(x) (Keras's default ``approximate=False``)."""

    name = "gelu"
    needs_z = True

    def forward(self, z):
        from scipy.special import erf

        return (0.5 * z * (1.0 + erf(z * (1 / math.sqrt(2))))).astype(z.dtype, copy=False)

    def backward(self, dy, z, y):
        from scipy.special import erf

        cdf = 0.5 * (1.0 + erf(z * (1 / math.sqrt(2))))
        pdf = np.exp(-0.5 * z * z) * (1 / math.sqrt(2 * math.pi))
        return (dy * (cdf + z * pdf)).astype(z.dtype, copy=False)


def _sigmoid(z):
    # exp of a non-positive number only: no overflow on either side
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


class Sigmoid(ActivationFn):
    name = "sigmoid"

    def forward(self, z):
        return _sigmoid(z)

    def backward(self, dy, z, y):
        return dy * y * (1 - y)


class Tanh(ActivationFn):
    name = "tanh"

    def forward(self, z):
        return np.tanh(z)

    def backward(self, dy, z, y):
        return dy * (1 - y * y)


class Softmax(ActivationFn):
    name = "softmax"

    def forward(self, z):
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        e /= e.sum(axis=-1, keepdims=True)
        return e

    def backward(self, dy, z, y):
        # Jacobian-vector product of softmax: y * (dy - <dy, y>)
        return y * (dy - (dy * y).sum(axis=-1, keepdims=True))


class Swish(ActivationFn):
    name = "swish"
    needs_z = True

    def forward(self, z):
        return z * _sigmoid(z)

    def backward(self, dy, z, y):
        s = _sigmoid(z)
        return dy * (s + z * s * (1 - s))


class Softplus(ActivationFn):
    name = "softplus"
    needs_z = True

    def forward(self, z):
        return np.logaddexp(z, 0).astype(z.dtype, copy=False)

    def backward(self, dy, z, y):
        return dy * _sigmoid(z)


_REGISTRY = {
    "linear": Linear,
    "relu": ReLU,
    "leaky_relu": LeakyReLUFn,
    "elu": ELU,
    "gelu": GELU,
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "softmax": Softmax,
    "swish": Swish,
    "silu": Swish,
    "softplus": Softplus,
}

#: Names offered to users (``silu`` is an alias of ``swish``).
NAMES = ("relu", "leaky_relu", "elu", "gelu", "sigmoid", "tanh", "softmax", "swish", "softplus", "linear")


def get(identifier) -> ActivationFn:
    """Resolve ``None``, a name, an :class:`ActivationFn` or a module function to an activation."""
    if identifier is None:
        return Linear()
    if isinstance(identifier, ActivationFn):
        return identifier
    if callable(identifier) and getattr(identifier, "__name__", None) in _REGISTRY:
        identifier = identifier.__name__
    if isinstance(identifier, str) and identifier in _REGISTRY:
        return _REGISTRY[identifier]()
    raise ValueError(
        f"Unknown activation. Expected one of {', '.join(NAMES)}. Received: activation={identifier!r}"
    )


def serialize(fn: ActivationFn) -> str:
    return fn.name


def _fn(name):
    impl = _REGISTRY[name]()

    def f(x, **kwargs):
        return (impl if not kwargs else _REGISTRY[name](**kwargs)).forward(np.asarray(x))

    f.__name__ = name
    f.__doc__ = f"The {name} activation (keras.activations.{name})."
    return f


relu = _fn("relu")
leaky_relu = _fn("leaky_relu")
elu = _fn("elu")
gelu = _fn("gelu")
sigmoid = _fn("sigmoid")
tanh = _fn("tanh")
softmax = _fn("softmax")
swish = _fn("swish")
silu = _fn("silu")
softplus = _fn("softplus")
linear = _fn("linear")
