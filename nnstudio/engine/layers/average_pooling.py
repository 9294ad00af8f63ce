"""AveragePooling2D, channels-last: the mean of each window. With 'same' padding a window that
hangs over the border averages only the cells inside the image (TensorFlow's rule, which Keras
and ONNX's AveragePool with count_include_pad=0 follow)."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.layers import _windows as win
from nnstudio.engine.layers.pool2d import Pool2D


class AveragePooling2D(Pool2D):
    def __init__(self, pool_size=2, strides=None, padding="valid", data_format=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, **kwargs)
        self._counts = None   # (input shape, cells of each window inside the image)

    def _window_counts(self, h, w, dtype):
        """(oh, ow, 1): how many cells of each window lie inside an h×w image."""
        if self._counts is None or self._counts[0] != (h, w, dtype):
            (kh, kw), (sh, sw) = self.pool_size, self.strides
            inside = np.pad(np.ones((1, h, w, 1), dtype), ((0, 0), win.pads(h, kh, sh, self.padding),
                                                          win.pads(w, kw, sw, self.padding), (0, 0)))
            counts = win.windows(inside, kh, kw, sh, sw).sum(axis=(-2, -1))[0]
            self._counts = ((h, w, dtype), counts)
        return self._counts[1]

    def forward(self, x, training=False):
        (kh, kw), (sh, sw) = self.pool_size, self.strides
        n, h, w, c = x.shape
        ph, pw = win.pads(h, kh, sh, self.padding), win.pads(w, kw, sw, self.padding)
        xp = np.pad(x, ((0, 0), ph, pw, (0, 0))) if (any(ph) or any(pw)) else x
        sums = win.windows(xp, kh, kw, sh, sw).sum(axis=(-2, -1))   # (n, oh, ow, c)
        self._xp_shape, self._pads = xp.shape, (ph, pw)
        return sums / self._window_counts(h, w, x.dtype)

    def backward(self, dy):
        # each input cell gets dy/count from every window it lies in
        (kh, kw), (sh, sw) = self.pool_size, self.strides
        n, oh, ow, c = dy.shape
        (pt, pb), (pl, pr) = self._pads
        share = dy / self._window_counts(self._xp_shape[1] - pt - pb, self._xp_shape[2] - pl - pr, dy.dtype)
        dxp = np.zeros(self._xp_shape, dtype=dy.dtype)
        for i in range(kh):
            for j in range(kw):
                dxp[:, i:i + sh * (oh - 1) + 1:sh, j:j + sw * (ow - 1) + 1:sw, :] += share
        return dxp[:, pt:dxp.shape[1] - pb, pl:dxp.shape[2] - pr, :]
