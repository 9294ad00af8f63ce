"""The flat layout of a model's trainable weights and of their gradients.

``Sequential`` makes its trainable weights consecutive views of one 1-D array, and their
gradients views of another, so that an optimizer can update all of them with one elementwise pass
over two flat arrays (see optimizers/base.py) instead of one pass per weight. The layers see
ordinary arrays of their own shapes and fill them in place.
"""

from __future__ import annotations

import numpy as np


def pack(variables, weights=None, grads=None):
    """Re-home the weights ``[(layer, name), ...]`` into one flat array and give each a gradient
    view of another (new ones, or the given ``weights`` and ``grads``). Values are kept;
    ``weights_dict`` keeps its keys and order. Nothing happens when the weights differ in dtype."""
    arrays = [layer.weights_dict[n] for layer, n in variables]
    if not arrays or len({a.dtype for a in arrays}) != 1:
        return
    dtype, total = arrays[0].dtype, sum(a.size for a in arrays)
    if weights is None:
        weights, grads = np.empty(total, dtype), np.zeros(total, dtype)
    offset = 0
    for (layer, name), a in zip(variables, arrays):
        view = weights[offset:offset + a.size].reshape(a.shape)
        view[...] = a
        layer.weights_dict[name] = view
        layer.grads[name] = grads[offset:offset + a.size].reshape(a.shape)
        offset += a.size


def tiled_base(arrays):
    """The 1-D contiguous array that ``arrays`` tile exactly, in order, as views; else None."""
    if not arrays:
        return None
    base = arrays[0].base
    if base is None or base.ndim != 1 or not base.flags.c_contiguous:
        return None
    start = expected = base.__array_interface__["data"][0]
    for a in arrays:
        if a.base is not base or not a.flags.c_contiguous or a.__array_interface__["data"][0] != expected:
            return None
        expected += a.nbytes
    return base if expected == start + base.nbytes else None
