"""Weight initializers (Keras's names and formulas) drawing from the engine's generator."""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine import backend
from nnstudio.i18n import M_


def _fans(shape):
    if len(shape) == 1:
        return shape[0], shape[0]
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = int(np.prod(shape[:-2]))  # conv kernels: (kh, kw, in, out)
    return shape[-2] * receptive, shape[-1] * receptive


def _truncated_normal(shape, stddev, dtype):
    """Normal draws re-drawn outside two standard deviations (Keras's TruncatedNormal)."""
    rng = backend.rng()
    out = rng.standard_normal(shape)
    bad = np.abs(out) > 2
    while bad.any():
        out[bad] = rng.standard_normal(int(bad.sum()))
        bad = np.abs(out) > 2
    return (out * stddev).astype(dtype)


class Initializer:
    name = ""

    def __call__(self, shape, dtype=None):
        raise NotImplementedError

    def get_config(self):
        return {}


class Zeros(Initializer):
    name = "zeros"

    def __call__(self, shape, dtype=None):
        return np.zeros(shape, dtype=dtype or backend.floatx())


class Ones(Initializer):
    name = "ones"

    def __call__(self, shape, dtype=None):
        return np.ones(shape, dtype=dtype or backend.floatx())


class Constant(Initializer):
    """Every value ``value`` (Keras's ``Constant``); not offered in the panel's list."""

    name = "constant"

    def __init__(self, value=0.0):
        self.value = float(value)

    def __call__(self, shape, dtype=None):
        return np.full(shape, self.value, dtype=dtype or backend.floatx())

    def get_config(self):
        return {"value": self.value}


class RandomNormal(Initializer):
    name = "random_normal"

    def __init__(self, mean=0.0, stddev=0.05):
        self.mean, self.stddev = float(mean), float(stddev)

    def __call__(self, shape, dtype=None):
        return (backend.rng().normal(self.mean, self.stddev, shape)).astype(dtype or backend.floatx())

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev}


class RandomUniform(Initializer):
    name = "random_uniform"

    def __init__(self, minval=-0.05, maxval=0.05):
        self.minval, self.maxval = float(minval), float(maxval)

    def __call__(self, shape, dtype=None):
        return backend.rng().uniform(self.minval, self.maxval, shape).astype(dtype or backend.floatx())

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval}


class VarianceScaling(Initializer):
    """Keras's VarianceScaling: scale / fan, as a truncated normal or a uniform."""

    def __init__(self, scale, mode, distribution):
        self.scale, self.mode, self.distribution = scale, mode, distribution

    def __call__(self, shape, dtype=None):
        dtype = dtype or backend.floatx()
        fan_in, fan_out = _fans(shape)
        fan = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2}[self.mode]
        variance = self.scale / max(1.0, fan)
        if self.distribution == "uniform":
            limit = math.sqrt(3 * variance)
            return backend.rng().uniform(-limit, limit, shape).astype(dtype)
        # 0.879... is the stddev of a unit normal truncated at two standard deviations
        return _truncated_normal(shape, math.sqrt(variance) / 0.87962566103423978, dtype)


def _scaling(name, scale, mode, distribution):
    class_name = "".join(part.capitalize() for part in name.split("_"))
    init = lambda self: VarianceScaling.__init__(self, scale, mode, distribution)  # noqa: E731
    return type(class_name, (VarianceScaling,), {"name": name, "__init__": init})


GlorotUniform = _scaling("glorot_uniform", 1.0, "fan_avg", "uniform")
GlorotNormal = _scaling("glorot_normal", 1.0, "fan_avg", "normal")
HeUniform = _scaling("he_uniform", 2.0, "fan_in", "uniform")
HeNormal = _scaling("he_normal", 2.0, "fan_in", "normal")
LecunUniform = _scaling("lecun_uniform", 1.0, "fan_in", "uniform")
LecunNormal = _scaling("lecun_normal", 1.0, "fan_in", "normal")

_REGISTRY = {
    cls.name: cls
    for cls in (Zeros, Ones, Constant, RandomNormal, RandomUniform, GlorotUniform, GlorotNormal,
                HeUniform, HeNormal, LecunUniform, LecunNormal)
}
_REGISTRY["lecun"] = LecunNormal

#: Names offered to users.
NAMES = ("glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform",
         "lecun_normal", "random_normal", "random_uniform", "zeros", "ones")


def get(identifier) -> Initializer:
    if isinstance(identifier, Initializer):
        return identifier
    if isinstance(identifier, str) and identifier in _REGISTRY:
        return _REGISTRY[identifier]()
    if isinstance(identifier, dict) and identifier.get("class_name"):
        snake = backend.to_snake(identifier["class_name"])
        if snake in _REGISTRY:
            return _REGISTRY[snake](**(identifier.get("config") or {})) if snake in (
                "random_normal", "random_uniform", "constant") else _REGISTRY[snake]()
    raise ValueError(M_("errors", "Unknown initializer. Expected one of {names}. Received: initializer={value!r}")
                     .format(names=", ".join(NAMES), value=identifier))


def serialize(init: Initializer):
    cfg = init.get_config()
    return init.name if not cfg or cfg == type(init)().get_config() else {"class_name": init.name, "config": cfg}
