"""Layers that apply an activation on their own: Activation, ReLU, LeakyReLU."""

from __future__ import annotations

from nnstudio.engine import activations
from nnstudio.engine.layers.base import Layer
from nnstudio.i18n import M_


class Activation(Layer):
    per_sample = True

    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.activation = activations.get(activation)

    def forward(self, x, training=False):
        y = self.activation.forward(x)
        self._z, self._y = x, y
        return y

    def backward(self, dy):
        return self.activation.backward(dy, self._z, self._y)

    def get_config(self):
        cfg = super().get_config()
        cfg["activation"] = activations.serialize(self.activation)
        return cfg


class ReLU(Activation):
    KERAS_CONSTANTS = {"max_value": None, "negative_slope": 0.0, "threshold": 0.0}

    def __init__(self, **kwargs):
        for k, default in (("max_value", None), ("negative_slope", 0.0), ("threshold", 0.0)):
            if kwargs.get(k, default) != default:
                raise ValueError(M_("errors", "ReLU supports only its default {arg}. Received: {arg}={value!r}")
                                 .format(arg=k, value=kwargs[k]))
            kwargs.pop(k, None)
        super().__init__("relu", **kwargs)

    def get_config(self):
        cfg = super().get_config()
        del cfg["activation"]
        return cfg


class LeakyReLU(Activation):
    """max(x, 0) + negative_slope·min(x, 0); Keras 3's default slope is 0.3."""

    def __init__(self, negative_slope=0.3, **kwargs):
        if "alpha" in kwargs:  # Keras 2 name
            negative_slope = kwargs.pop("alpha")
        if isinstance(negative_slope, bool) or not isinstance(negative_slope, (int, float)) or negative_slope < 0:
            raise ValueError(M_("errors", "Expected a non-negative number. Received: {arg}={value!r}")
                             .format(arg="negative_slope", value=negative_slope))
        super().__init__(activations.LeakyReLUFn(negative_slope), **kwargs)
        self.negative_slope = float(negative_slope)

    def get_config(self):
        cfg = super().get_config()
        del cfg["activation"]
        cfg["negative_slope"] = self.negative_slope
        return cfg
