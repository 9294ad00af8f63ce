"""MaxPooling2D, channels-last; the gradient goes to the first maximum of each window."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.layers import _windows as win
from nnstudio.engine.layers.pool2d import Pool2D


class MaxPooling2D(Pool2D):
    # A ReLU below commutes with the maximum: max(relu(z)) = relu(max(z)), and the cell a window's
    # gradient goes to holds the window's maximum y, so its ReLU mask is [y > 0]. In training both
    # are applied here, on the pooled image (kh·kw times smaller), for a layer below that leaves them.
    can_apply_relu = True
    SHARD_OWN = ("_scratch", "_threads")

    def __init__(self, pool_size=2, strides=None, padding="valid", data_format=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, **kwargs)
        self._scratch = win.Scratch()
        self._threads = win.BatchThreads()

    def forward(self, x, training=False):
        (kh, kw), (sh, sw) = self.pool_size, self.strides
        n, h, w, c = x.shape
        pad_hw = (win.pads(h, kh, sh, self.padding), win.pads(w, kw, sw, self.padding))
        xp = win.padded(x, pad_hw, self._scratch, -np.inf, keep=training)
        oh, ow = win.output_size(h, kh, sh, self.padding), win.output_size(w, kw, sw, self.padding)
        y = np.empty((n, oh, ow, c), x.dtype)
        arg = self._scratch.get("argmax", y.shape, np.uint8 if kh * kw < 256 else np.int32, keep=training)
        better = self._scratch.get("better", y.shape, bool, keep=training)
        position = self._scratch.get("position", y.shape, arg.dtype, keep=training)

        def pool(samples):
            # a running maximum over the kh·kw window positions; ``arg`` keeps the first position
            # holding it (strictly greater replaces): the gradient goes to the first maximum
            rows = slice(samples.start, samples.stop)
            views = win.window_slices(xp[rows], kh, kw, sh, sw, oh, ow)
            yr, ar, br, pr = y[rows], arg[rows], better[rows], position[rows]
            yr[...] = views[0]
            ar[...] = 0
            for p, view in enumerate(views[1:], 1):
                np.greater(view, yr, out=br)
                np.maximum(yr, view, out=yr)
                # ar = p where br: p exceeds every earlier position, so a maximum does it without a
                # masked copy (whose branch per element mispredicts on real data)
                np.multiply(br, arg.dtype.type(p), out=pr)
                np.maximum(ar, pr, out=ar)
        self._threads.run("forward", pool, n, x.size)
        self._relu = training and self.apply_relu_below
        if self._relu:
            np.maximum(y, 0, out=y)
        self._arg, self._xp_shape, self._pads, self._y = arg, xp.shape, pad_hw, y
        return y

    def backward(self, dy):
        (kh, kw), (sh, sw) = self.pool_size, self.strides
        n, oh, ow, c = dy.shape
        hp, wp = self._xp_shape[1], self._xp_shape[2]
        overlapping = sh < kh or sw < kw
        # windows that tile the input exactly write every cell once below: no zeros needed first
        tiled = (sh, sw) == (kh, kw) and (oh * kh, ow * kw) == (hp, wp)
        dxp = (np.empty if tiled else np.zeros)(self._xp_shape, dtype=dy.dtype)
        hit = self._scratch.get("better", dy.shape, bool)
        mask_relu = self._relu

        def scatter(samples):
            rows = slice(samples.start, samples.stop)
            d, h = dy[rows], hit[rows]
            if mask_relu:
                d = np.multiply(d, self._y[rows] > 0)
            for p, view in enumerate(win.window_slices(dxp[rows], kh, kw, sh, sw, oh, ow)):
                np.equal(self._arg[rows], p, out=h)
                if overlapping:
                    view += d * h
                else:  # every input cell is in one window at most
                    np.multiply(d, h, out=view)
        self._threads.run("backward", scatter, n, dxp.size)
        return win.unpadded(dxp, self._pads)
