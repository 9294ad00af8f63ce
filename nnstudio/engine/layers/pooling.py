"""MaxPooling2D, channels-last; the gradient goes to the first maximum of each window."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.layers import _windows as win
from nnstudio.engine.layers.base import Layer, describe_shape
from nnstudio.i18n import M_


class MaxPooling2D(Layer):
    def __init__(self, pool_size=2, strides=None, padding="valid", data_format=None, **kwargs):
        super().__init__(**kwargs)
        if data_format not in (None, "channels_last"):
            raise ValueError(M_("errors", "Only channels-last images are supported. Received: data_format={value!r}")
                             .format(value=data_format))
        self.pool_size = win.normalize_pair("pool_size", pool_size)
        self.strides = win.normalize_pair("strides", strides) if strides is not None else self.pool_size
        self.padding = win.normalize_padding(padding)

    def compute_output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise self.shape_error(
                M_("errors", "MaxPooling2D needs an image (height, width, channels); it gets {shape}.")
                .format(shape=describe_shape(input_shape)))
        (ph, pw), (sh, sw) = self.pool_size, self.strides
        oh = win.output_size(input_shape[0], ph, sh, self.padding)
        ow = win.output_size(input_shape[1], pw, sw, self.padding)
        if oh <= 0 or ow <= 0:
            raise self.shape_error(M_("errors", "its {height}×{width} window does not fit in {shape}.")
                                   .format(height=ph, width=pw, shape=describe_shape(input_shape)))
        return (oh, ow, input_shape[2])

    def forward(self, x, training=False):
        (kh, kw), (sh, sw) = self.pool_size, self.strides
        n, h, w, c = x.shape
        ph, pw = win.pads(h, kh, sh, self.padding), win.pads(w, kw, sw, self.padding)
        xp = np.pad(x, ((0, 0), ph, pw, (0, 0)), constant_values=-np.inf) if (any(ph) or any(pw)) else x
        patches = win.windows(xp, kh, kw, sh, sw)  # (n, oh, ow, c, kh, kw)
        flat = patches.reshape(patches.shape[:4] + (kh * kw,))
        arg = flat.argmax(axis=-1)
        y = np.take_along_axis(flat, arg[..., None], axis=-1)[..., 0]
        self._arg, self._xp_shape, self._pads = arg, xp.shape, (ph, pw)
        return y

    def backward(self, dy):
        (kh, kw), (sh, sw) = self.pool_size, self.strides
        n, oh, ow, c = dy.shape
        dxp = np.zeros(self._xp_shape, dtype=dy.dtype)
        for i in range(kh):
            for j in range(kw):
                hit = self._arg == (i * kw + j)
                dxp[:, i:i + sh * (oh - 1) + 1:sh, j:j + sw * (ow - 1) + 1:sw, :] += dy * hit
        (pt, pb), (pl, pr) = self._pads
        return dxp[:, pt:dxp.shape[1] - pb, pl:dxp.shape[2] - pr, :]

    def get_config(self):
        cfg = super().get_config()
        cfg.update(pool_size=list(self.pool_size), strides=list(self.strides), padding=self.padding)
        return cfg
