"""Activation functions, each with its derivative written right under it.

An activation is an object with ``forward(z) -> y`` and ``backward(dy, z, y) -> dz``; layers keep
``z`` and ``y`` from the forward pass so backward needs no recomputation. ``get(name)`` resolves
Keras's string names (``'relu'``, ``'swish'`` or ``'silu'``, ...). The module-level functions
(``relu(x)``, ...) are the ``keras.activations.*`` callables.
"""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine import backend
from nnstudio.i18n import M_


def row_max(z):
    """max over the last axis, keepdims. Via argmax: NumPy's max-reduction over a short last axis
    is several times slower than argmax (it matters per batch in softmax and the losses)."""
    if z.ndim == 2:
        return z[np.arange(z.shape[0]), z.argmax(axis=-1)][:, None]
    return z.max(axis=-1, keepdims=True)


class ActivationFn:
    name = "linear"
    needs_z = False  # backward uses the pre-activation z (otherwise y suffices)

    def forward(self, z):
        return z

    def backward(self, dy, z, y):
        return dy

    def __call__(self, x):
        x = _as_input(x)
        return self.forward(x.reshape(x.shape or (1,))).reshape(x.shape)

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


def _step(z, low, dtype):
    """1 where z > 0, ``low`` elsewhere, as floats. Arithmetic on a 0/1 mask: np.where over a
    mixed mask is several times slower (a mispredicted branch per element)."""
    f = np.greater(z, 0).astype(dtype)
    if low:
        f *= 1.0 - low
        f += low
    return f


class LeakyReLUFn(ActivationFn):
    name = "leaky_relu"
    needs_z = True

    def __init__(self, negative_slope=0.2):
        self.negative_slope = float(negative_slope)

    def forward(self, z):
        s = self.negative_slope
        # z > 0: z; else s·z. For s ≤ 1 that is max(z, s·z) (min for s > 1).
        return np.maximum(z, z * s) if s <= 1 else np.minimum(z, z * s)

    def backward(self, dy, z, y):
        f = _step(z, self.negative_slope, dy.dtype)
        f *= dy
        return f


class ELU(ActivationFn):
    name = "elu"
    needs_z = True

    def __init__(self, alpha=1.0):
        self.alpha = float(alpha)

    def forward(self, z):
        # z > 0: z; else α(eᶻ − 1), written max(z, 0) + α·expm1(min(z, 0))
        neg = np.minimum(z, 0)
        np.expm1(neg, out=neg)
        neg *= self.alpha
        y = np.maximum(z, 0)
        y += neg
        return y

    def backward(self, dy, z, y):
        # d/dz α(eᶻ − 1) = α·eᶻ = y + α for z ≤ 0, and 1 for z > 0
        f = np.minimum(z, 0)
        np.exp(f, out=f)  # eᶻ, or 1 for z > 0
        if self.alpha != 1.0:
            f *= _step(z, self.alpha, f.dtype)
        f *= dy
        return f


_SQRT_HALF = 1 / math.sqrt(2)
_INV_SQRT_2PI = 1 / math.sqrt(2 * math.pi)


class GELU(ActivationFn):
    """Exact GELU, x·Φ(x) (Keras's default ``approximate=False``)."""

    name = "gelu"
    needs_z = True

    def __init__(self):
        self._cache = (None, None)  # (z, Φ(z)) of the last forward: backward reuses Φ

    @staticmethod
    def _cdf(z):
        from scipy.special import erf

        cdf = erf(z * _SQRT_HALF)
        cdf += 1.0
        cdf *= 0.5
        return cdf.astype(z.dtype, copy=False)

    def forward(self, z):
        cdf = self._cdf(z)
        self._cache = (z, cdf)
        return z * cdf

    def backward(self, dy, z, y):
        cached_z, cdf = self._cache
        if cached_z is not z:
            cdf = self._cdf(z)
        pdf = np.square(z)
        pdf *= -0.5
        np.exp(pdf, out=pdf)
        pdf *= _INV_SQRT_2PI
        pdf *= z
        pdf += cdf  # dy/dz = Φ(z) + z·φ(z)
        pdf *= dy
        return pdf


def _sigmoid(z):
    """1/(1 + e⁻ᶻ) as e^min(z,0) / (1 + e^−|z|): only exponentials of non-positive numbers (no
    overflow either side) and no per-element branch."""
    num = np.minimum(z, 0)
    np.exp(num, out=num)
    den = np.abs(z)
    np.negative(den, out=den)
    np.exp(den, out=den)
    den += 1
    num /= den
    return num


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
        e = np.exp(z - row_max(z))
        e /= np.add.reduce(e, axis=-1, keepdims=True)
        return e

    def backward(self, dy, z, y):
        # Jacobian-vector product of softmax: y * (dy - <dy, y>)
        return y * (dy - np.add.reduce(dy * y, axis=-1, keepdims=True))


class Swish(ActivationFn):
    name = "swish"
    needs_z = True

    def forward(self, z):
        return z * _sigmoid(z)

    def backward(self, dy, z, y):
        # d/dz z·σ(z) = σ + z·σ(1 − σ) = σ + y·(1 − σ)
        s = _sigmoid(z)
        out = 1 - s
        out *= y
        out += s
        out *= dy
        return out


class Softplus(ActivationFn):
    name = "softplus"
    needs_z = True

    def forward(self, z):
        # log(1 + eᶻ) = max(z, 0) + log1p(e^−|z|): stable both sides, and far faster than logaddexp
        t = np.abs(z)
        np.negative(t, out=t)
        np.exp(t, out=t)
        np.log1p(t, out=t)
        t += np.maximum(z, 0)
        return t

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
    raise ValueError(M_("errors", "Unknown activation. Expected one of {names}. Received: activation={value!r}")
                     .format(names=", ".join(NAMES), value=identifier))


def serialize(fn: ActivationFn) -> str:
    return fn.name


def _as_input(x):
    """An array the activations can work on in place: floats (ints become floatx), at least 1-D."""
    x = np.asarray(x)
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(backend.floatx())
    return x


def _fn(name):
    impl = _REGISTRY[name]()

    def f(x, **kwargs):
        x = _as_input(x)
        fn = impl if not kwargs else _REGISTRY[name](**kwargs)
        return fn.forward(x.reshape(x.shape or (1,))).reshape(x.shape)

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
