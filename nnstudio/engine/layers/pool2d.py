"""What the 2-D pooling layers share: Keras's window settings and the output shape they give."""

from __future__ import annotations

from nnstudio.engine.layers import _windows as win
from nnstudio.engine.layers.base import Layer, describe_shape
from nnstudio.i18n import M_


class Pool2D(Layer):
    """A window of ``pool_size`` moved by ``strides`` (default: the window) over a channels-last image."""

    KERAS_CONSTANTS = {"data_format": "channels_last"}
    per_sample = True

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
                M_("errors", "{layer_type} needs an image (height, width, channels); it gets {shape}.")
                .format(layer_type=type(self).__name__, shape=describe_shape(input_shape)))
        (ph, pw), (sh, sw) = self.pool_size, self.strides
        oh = win.output_size(input_shape[0], ph, sh, self.padding)
        ow = win.output_size(input_shape[1], pw, sw, self.padding)
        if oh <= 0 or ow <= 0:
            raise self.shape_error(M_("errors", "its {height}×{width} window does not fit in {shape}.")
                                   .format(height=ph, width=pw, shape=describe_shape(input_shape)))
        return (oh, ow, input_shape[2])

    def input_used(self, input_shape):
        if self.padding != "valid" or len(input_shape) != 3:
            return None
        used = tuple((win.output_size(size, k, s, "valid") - 1) * s + k
                     for size, k, s in zip(input_shape[:2], self.pool_size, self.strides))
        return used if used != tuple(input_shape[:2]) else None

    def get_config(self):
        cfg = super().get_config()
        cfg.update(pool_size=list(self.pool_size), strides=list(self.strides), padding=self.padding)
        return cfg
