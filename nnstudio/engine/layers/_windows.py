"""Sliding-window arithmetic shared by Conv2D and MaxPooling2D (TensorFlow's padding rules)."""

from __future__ import annotations

import math

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

from nnstudio.engine import parallel
from nnstudio.i18n import M_

#: elements below which per-sample work stays on the calling thread (a hand-over costs more)
PARALLEL_MIN = 1 << 17


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


def window_slices(xp, kh, kw, sh, sw, oh, ow):
    """One (N, OH, OW, C) strided view per window position (i, j), row by row: element
    [n, y, x, c] of view i·kw + j is xp[n, y·sh + i, x·sw + j, c]. Loops over these run kh·kw
    times, never per pixel or channel."""
    return [xp[:, i:i + sh * (oh - 1) + 1:sh, j:j + sw * (ow - 1) + 1:sw, :] for i in range(kh) for j in range(kw)]


class Scratch:
    """Arrays a layer reuses from step to step (patches, padded inputs, masks): allocated once
    per shape and dtype, never returned to callers (outputs and input gradients are fresh arrays,
    so nobody sees them change)."""

    LIMIT = 12  # shapes kept (a training batch, the last smaller batch, prediction chunks, …)

    def __init__(self):
        self._arrays = {}

    def get(self, key, shape, dtype, fill=None, keep=True):
        """The array for ``key``; ``fill`` is written once, when it is allocated (so a padded
        input's border keeps it while the interior is overwritten each step). ``keep=False``
        (inference) gives a fresh array that is not kept: a prediction over thousands of pictures
        would otherwise hold patch buffers of hundreds of megabytes for good."""
        if not keep:
            return np.empty(shape, dtype) if fill is None else np.full(shape, fill, dtype)
        k = (key, tuple(shape), np.dtype(dtype), fill)
        a = self._arrays.get(k)
        if a is None:
            if len(self._arrays) >= self.LIMIT:
                self._arrays.clear()
            a = self._arrays[k] = np.empty(shape, dtype) if fill is None else np.full(shape, fill, dtype)
        return a

    def __deepcopy__(self, memo):
        return Scratch()  # copies of a layer share nothing and carry no buffers

    def __getstate__(self):
        return {}

    def __setstate__(self, state):
        self._arrays = {}


def padded(x, pad_hw, scratch, fill, keep=True):
    """``x`` (N, H, W, C) inside a border of ``fill`` (``pad_hw`` = ((top, bottom), (left, right))),
    in a reused buffer (see ``Scratch.get``); ``x`` itself when there is no border."""
    (pt, pb), (pl, pr) = pad_hw
    if not (pt or pb or pl or pr):
        return x
    n, h, w, c = x.shape
    xp = scratch.get("padded", (n, h + pt + pb, w + pl + pr, c), x.dtype, fill, keep)
    xp[:, pt:pt + h, pl:pl + w, :] = x
    return xp


def unpadded(xp, pad_hw):
    (pt, pb), (pl, pr) = pad_hw
    return xp[:, pt:xp.shape[1] - pb, pl:xp.shape[2] - pr, :]


class BatchThreads:
    """Runs per-sample work ``fn(samples)`` (a range of the batch) on the engine's threads, split
    by samples, when that measured faster than one thread (one ``parallel.ThreadChoice`` per kind
    of work: NumPy's copies and ufuncs release the GIL, and run on one core each)."""

    def __init__(self):
        self._choices = {}

    def run(self, key, fn, n, elements):
        if elements < PARALLEL_MIN or n < 2 or parallel.num_threads() <= 1:
            fn(range(n))
            return
        choice = self._choices.get(key)
        if choice is None:
            choice = self._choices[key] = parallel.ThreadChoice()
        choice.run(fn, range(n))


def _rows(samples):
    return slice(samples.start, samples.stop)


def phase_windows(xp, kh, kw, sh, sw, grid):
    """(N, PH, PW, OH, OW, kh, kw, C) strided view of ``xp`` (N, H, W, C), no copy: [n, py, px,
    y, x, i, j, c] is xp[n, (y·PH + py)·sh + i, (x·PW + px)·sw + j, c], the window of output pixel
    (y·PH + py, x·PW + px) in phase order (``grid`` = (PH, PW, OH, OW); with PH = PW = 1, the
    image's own order)."""
    ph, pw, oh, ow = grid
    s_n, s_h, s_w, s_c = xp.strides
    return as_strided(xp, (len(xp), ph, pw, oh, ow, kh, kw, xp.shape[3]),
                      (s_n, sh * s_h, sw * s_w, ph * sh * s_h, pw * sw * s_w, s_h, s_w, s_c), writeable=False)


def im2col(xp, kh, kw, sh, sw, out, threads):
    """Copy the kh×kw windows of ``xp`` (N, H, W, C) into ``out`` (N, PH, PW, OH, OW, kh, kw, C),
    a view of the patch matrix whose columns are ordered (kh, kw, C) like a Keras kernel and
    whose rows go in phase order (see ``phase_windows``). The windows are those of the first
    PH·OH rows and PW·OW columns of outputs (all of them, or those a pooling above reads).

    One copy from one strided view: when the engine's threads each train a part of the batch,
    every NumPy call hands Python's lock over between them, and many small copies cost more in
    hand-overs than the copying itself."""
    grid = out.shape[1:5]

    def copy(samples):
        rows = _rows(samples)
        np.copyto(out[rows], phase_windows(xp[rows], kh, kw, sh, sw, grid), casting="same_kind")
    threads.run("im2col", copy, len(xp), out.size)


def col2im(per_position, xp_shape, kh, kw, sh, sw, threads):
    """The (padded) input gradient from ``per_position`` (kh·kw, N, OH, OW, C), rows in the
    image's own order: each window position's share added where that position reads — kh·kw
    strided adds over whole rows."""
    dxp = np.zeros(xp_shape, per_position.dtype)
    oh, ow = per_position.shape[2], per_position.shape[3]

    def add(samples):
        rows = _rows(samples)
        for view, part in zip(window_slices(dxp[rows], kh, kw, sh, sw, oh, ow), per_position[:, rows]):
            view += part
    threads.run("col2im", add, xp_shape[0], per_position.size)
    return dxp


#: bytes of the two operands' rows that one part of ``transposed_product`` reads (fits the L2 cache)
PART_BYTES = 256 * 1024
#: ``a`` narrower than this (columns) is summed part by part
NARROW = 64


def transposed_product(a, b, out):
    """``out[...] = a.T @ b`` for tall ``a`` (m, k) and ``b`` (m, n): the kernel gradient. With few
    columns (the first conv layer's patches: k = 10 for a 3×3 grey picture), BLAS reads the long
    operands badly in one product (0.64 ms for 43,264 rows against 0.37 ms): the sum goes over
    cache-sized parts of the rows instead."""
    m, k = a.shape
    rows = max(256, PART_BYTES // ((k + b.shape[1]) * a.itemsize))
    if k >= NARROW or m < 2 * rows:
        return np.matmul(a.T, b, out=out)
    np.matmul(a[:rows].T, b[:rows], out=out)
    for start in range(rows, m, rows):
        out += np.matmul(a[start:start + rows].T, b[start:start + rows])
    return out
