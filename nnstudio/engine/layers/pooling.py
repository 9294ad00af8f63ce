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

    def phases_below(self, input_shape):
        # windows that tile the image (the rest of a valid pooling's input left out below)
        tiling = self.strides == self.pool_size and self.padding == "valid" and self.pool_size != (1, 1)
        return self.pool_size if tiling and len(input_shape) == 3 else None

    def forward(self, x, training=False):
        if x.ndim == 6:
            return self._forward_phases(x)
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
        self._arg, self._xp_shape, self._pads, self._y, self._phase_shape = arg, xp.shape, pad_hw, y, None
        return y

    def _forward_phases(self, x):
        """Training below a layer that wrote its output in the phase order of these windows
        (``phases_below``): x is (N, ph, pw, OH, OW, C), and the kh·kw cells of the windows are
        kh·kw contiguous blocks. A running maximum over them; ``self._better[p - 1]`` marks where
        block p beat every block before it (strictly), so the last one marked holds the first maximum."""
        n, ph, pw, oh, ow, c = x.shape
        blocks = x.reshape(n, ph * pw, oh, ow, c)
        y = np.empty((n, oh, ow, c), x.dtype)
        better = self._scratch.get("better blocks", (ph * pw - 1, n, oh, ow, c), bool)

        def pool(samples):
            rows = slice(samples.start, samples.stop)
            yr = y[rows]
            # With the ReLU below applied here, the running maximum starts at 0: a window whose
            # maximum is positive still marks its first maximum last; one whose maximum is not
            # gets y = 0, and its gradient is masked whichever block is marked.
            if self.apply_relu_below:
                np.maximum(blocks[rows, 0], 0, out=yr)
            else:
                yr[...] = blocks[rows, 0]
            for p in range(1, ph * pw):
                np.greater(blocks[rows, p], yr, out=better[p - 1, rows])
                np.maximum(yr, blocks[rows, p], out=yr)
        self._threads.run("forward phases", pool, n, x.size)
        self._relu, self._y, self._better, self._phase_shape = self.apply_relu_below, y, better, x.shape
        return y

    def _backward_phases(self, dy):
        """Each window's gradient to its first maximum: block 0 takes it all, then each later block
        p marked ``better`` takes it from there, the last such p keeping it."""
        n = dy.shape[0]
        blocks = self._better.shape[0] + 1
        dx = np.empty((n, blocks, *dy.shape[1:]), dy.dtype)

        def scatter(samples):
            rows = slice(samples.start, samples.stop)
            left = dx[rows, 0]
            if self._relu:
                np.multiply(dy[rows], self._y[rows] > 0, out=left)
            else:
                left[...] = dy[rows]
            for p in range(blocks - 1, 0, -1):
                np.multiply(left, self._better[p - 1, rows], out=dx[rows, p])
                np.subtract(left, dx[rows, p], out=left)
        self._threads.run("backward phases", scatter, n, dx.size)
        return dx.reshape(self._phase_shape)

    def backward(self, dy):
        if self._phase_shape is not None:
            return self._backward_phases(dy)
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
