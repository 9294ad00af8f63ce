"""Sliding-window arithmetic shared by Conv2D and MaxPooling2D (TensorFlow's padding rules)."""

from __future__ import annotations

import math

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nnstudio.i18n import M_


def normalize_pair(arg, value):
    """``3`` or ``(3, 2)`` -> a pair of positive ints; the error quotes the value as received."""
    received = value
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        value = (int(value), int(value))
    try:
        a, b = value
        if any(isinstance(v, bool) or not isinstance(v, (int, np.integer)) for v in (a, b)):
            raise TypeError
    except (TypeError, ValueError):
        raise ValueError(M_("errors", "Expected an integer or a pair of positive integers. Received: {arg}={value!r}")
                         .format(arg=arg, value=received)) from None
    if a <= 0 or b <= 0:
        raise ValueError(M_("errors", "Expected positive integers. Received: {arg}={value!r}")
                         .format(arg=arg, value=received))
    return (int(a), int(b))


def normalize_padding(value):
    if not isinstance(value, str) or value.lower() not in ("valid", "same"):
        raise ValueError(M_("errors", "Expected 'valid' or 'same'. Received: padding={padding!r}")
                         .format(padding=value))
    return value.lower()


def output_size(size, k, s, padding):
    if padding == "same":
        return math.ceil(size / s)
    return (size - k) // s + 1 if size >= k else 0


def pads(size, k, s, padding):
    """(before, after) padding; 'same' puts the odd extra cell after, as TensorFlow does."""
    if padding == "valid":
        return (0, 0)
    out = math.ceil(size / s)
    total = max((out - 1) * s + k - size, 0)
    return (total // 2, total - total // 2)


def windows(xp, kh, kw, sh, sw):
    """(N, OH, OW, C, kh, kw) strided view of padded (N, H, W, C) input: no copy."""
    return sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw]
