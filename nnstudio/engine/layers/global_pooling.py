"""GlobalAveragePooling2D, channels-last: each channel's mean over the whole image, (h, w, c) -> (c,).
A compact alternative to Flatten before the Dense layers: it has no weights and ignores where in
the image a pattern was found."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.layers.base import Layer, describe_shape
from nnstudio.i18n import M_


class GlobalAveragePooling2D(Layer):
    per_sample = True

    def __init__(self, data_format=None, keepdims=False, **kwargs):
        super().__init__(**kwargs)
        if data_format not in (None, "channels_last"):
            raise ValueError(M_("errors", "Only channels-last images are supported. Received: data_format={value!r}")
                             .format(value=data_format))
        if keepdims not in (False, None):
            raise ValueError(M_("errors", "GlobalAveragePooling2D supports only keepdims=False. "
                                          "Received: keepdims={value!r}").format(value=keepdims))

    def compute_output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise self.shape_error(
                M_("errors", "GlobalAveragePooling2D needs an image (height, width, channels); it gets {shape}.")
                .format(shape=describe_shape(input_shape)))
        return (input_shape[2],)

    def forward(self, x, training=False):
        self._hw = x.shape[1:3]
        return x.mean(axis=(1, 2))

    def backward(self, dy):
        h, w = self._hw
        share = dy / dy.dtype.type(h * w)
        return np.broadcast_to(share[:, None, None, :], (dy.shape[0], h, w, dy.shape[1])).copy()

    def get_config(self):
        cfg = super().get_config()
        cfg.update(data_format="channels_last", keepdims=False)
        return cfg
