"""Precision, random state and unique names shared by the whole engine.

Every random draw of the engine (initializers, dropout masks, shuffling) comes from one
``numpy.random.Generator`` so that ``set_random_seed(n)`` makes a whole run repeatable. Code that
must not share it (a model built on the UI thread while a worker trains) passes its own generator
to ``Sequential.build(rng=…)`` and a seed to ``fit_loop(seed=…)``; :func:`using_generator` makes
it the one :func:`rng` returns on that thread meanwhile.
"""

from __future__ import annotations

import random as _py_random
import re
import threading
from collections import defaultdict
from contextlib import contextmanager

import numpy as np

from nnstudio.i18n import M_

_FLOATX = "float32"
_EPSILON = 1e-7
_rng = np.random.default_rng()
_name_counts: defaultdict[str, int] = defaultdict(int)
_local = threading.local()   # .rng: the generator of a using_generator() block on this thread


def floatx() -> str:
    """The default float type of weights and data: ``'float32'`` or ``'float64'``."""
    return _FLOATX


def set_floatx(value: str) -> None:
    global _FLOATX
    if value not in ("float32", "float64"):
        raise ValueError(M_("errors", "Unknown floatx type. Expected 'float32' or 'float64'. Received: value={value!r}")
                         .format(value=value))
    _FLOATX = value


def epsilon() -> float:
    return _EPSILON


def set_epsilon(value: float) -> None:
    global _EPSILON
    _EPSILON = float(value)


def rng() -> np.random.Generator:
    """The generator of the innermost :func:`using_generator` block on this thread, else the
    engine's shared one (reseeded by :func:`set_random_seed`)."""
    return getattr(_local, "rng", None) or _rng


@contextmanager
def using_generator(generator: np.random.Generator | None):
    """Draw from ``generator`` on this thread inside the block (None: the shared generator)."""
    if generator is None:
        yield
        return
    outer = getattr(_local, "rng", None)
    _local.rng = generator
    try:
        yield
    finally:
        _local.rng = outer


def set_random_seed(seed: int) -> None:
    """Seed every source of randomness the engine uses, Python's and NumPy's global ones too."""
    global _rng
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool) or seed < 0:
        raise ValueError(M_("errors", "Expected a non-negative integer seed. Received: seed={seed!r}")
                         .format(seed=seed))
    _rng = np.random.default_rng(int(seed))
    _py_random.seed(int(seed))
    np.random.seed(int(seed) % (2**32))


def unique_name(base: str) -> str:
    """Keras-style names: ``dense``, ``dense_1``, ``dense_2`` … within a session."""
    n = _name_counts[base]
    _name_counts[base] += 1
    return base if n == 0 else f"{base}_{n}"


def clear_session() -> None:
    """Forget the names handed out so far (Keras's ``clear_session``)."""
    _name_counts.clear()


def to_snake(name: str) -> str:
    """Keras's snake case: ``BatchNormalization`` -> ``batch_normalization``, ``ReLU`` -> ``re_lu``."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def as_float_array(x, dtype=None) -> np.ndarray:
    """Data as a contiguous float array of the engine's precision (no copy when it already is)."""
    return np.ascontiguousarray(x, dtype=dtype or _FLOATX)
