"""Flatten and Reshape: views of the same numbers."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.layers.base import Layer, describe_shape
from nnstudio.i18n import M_


class Flatten(Layer):
    KERAS_CONSTANTS = {"data_format": "channels_last"}
    KERAS_BUILDS = True
    per_sample = True

    def __init__(self, data_format=None, **kwargs):
        super().__init__(**kwargs)

    def compute_output_shape(self, input_shape):
        return (int(np.prod(input_shape)),)

    def forward(self, x, training=False):
        self._shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, dy):
        return dy.reshape(self._shape)


class Reshape(Layer):
    per_sample = True

    def __init__(self, target_shape, **kwargs):
        super().__init__(**kwargs)
        if isinstance(target_shape, (int, np.integer)):
            target_shape = (int(target_shape),)
        try:
            target_shape = tuple(int(d) for d in target_shape)
        except (TypeError, ValueError):
            raise ValueError(M_("errors", "Expected a tuple of integers. Received: target_shape={value!r}")
                             .format(value=target_shape)) from None
        if not target_shape or sum(d == -1 for d in target_shape) > 1 or any(d == 0 or d < -1 for d in target_shape):
            raise ValueError(M_("errors", "Expected positive sizes (at most one -1). Received: target_shape={value!r}")
                             .format(value=target_shape))
        self.target_shape = target_shape

    def compute_output_shape(self, input_shape):
        total = int(np.prod(input_shape))
        known = int(np.prod([d for d in self.target_shape if d != -1]))
        if -1 in self.target_shape:
            if total % known:
                raise self.shape_error(M_("errors", "cannot reshape {shape} ({total} numbers) to {target}.")
                                       .format(shape=describe_shape(input_shape), total=total, target=self.target_shape))
            return tuple(total // known if d == -1 else d for d in self.target_shape)
        if known != total:
            raise self.shape_error(M_("errors", "cannot reshape {shape} ({total} numbers) to {target} ({known} numbers).")
                                   .format(shape=describe_shape(input_shape), total=total, target=self.target_shape,
                                           known=known))
        return self.target_shape

    def forward(self, x, training=False):
        self._shape = x.shape
        return x.reshape((x.shape[0],) + self.output_shape)

    def backward(self, dy):
        return dy.reshape(self._shape)

    def get_config(self):
        cfg = super().get_config()
        cfg["target_shape"] = list(self.target_shape)
        return cfg
