"""Input and Dense."""

from __future__ import annotations

import numpy as np

from nnstudio.engine import activations
from nnstudio.engine.layers.base import Layer, check_positive_int, describe_shape
from nnstudio.engine.layers.kernel_settings import KernelSettings, drop_unused
from nnstudio.i18n import M_


class InputLayer(Layer):
    """Declares the shape of one sample; passes data through unchanged."""

    def __init__(self, shape=None, batch_size=None, name=None, batch_shape=None, **kwargs):
        if shape is None and batch_shape is not None:
            shape = tuple(batch_shape)[1:]
        if shape is None:
            raise ValueError(M_("errors", "Expected an input shape. Received: shape=None"))
        if isinstance(shape, (int, np.integer)):
            shape = (int(shape),)
        shape = tuple(shape)
        if not shape or any(isinstance(d, bool) or not isinstance(d, (int, np.integer)) or d <= 0 for d in shape):
            raise ValueError(M_("errors", "Expected a tuple of positive integers. Received: shape={shape!r}")
                             .format(shape=shape))
        kwargs.pop("dtype", None)
        kwargs.pop("sparse", None)
        kwargs.pop("ragged", None)
        kwargs.pop("optional", None)
        super().__init__(name=name, input_shape=shape, **kwargs)
        self.shape = tuple(int(d) for d in shape)

    def compute_output_shape(self, input_shape):
        if tuple(input_shape) != self.shape:
            raise self.shape_error(M_("errors", "the data gives {data}, but the input is set to {input}.")
                                   .format(data=describe_shape(input_shape), input=describe_shape(self.shape)))
        return self.shape

    def forward(self, x, training=False):
        return x

    def backward(self, dy):
        return dy

    def get_config(self):
        return {"name": self.name, "shape": list(self.shape)}


def Input(shape=None, batch_size=None, name=None, dtype=None, batch_shape=None, **kwargs):
    """``keras.Input(shape)``: here an :class:`InputLayer`, which ``Sequential`` accepts as its first entry."""
    return InputLayer(shape=shape, batch_size=batch_size, name=name, batch_shape=batch_shape)


class Dense(KernelSettings, Layer):
    """y = activation(x @ kernel + bias), kernel of shape (in, out)."""

    KERAS_CONSTANTS = {"bias_regularizer": None, "kernel_constraint": None, "bias_constraint": None}
    KERAS_BUILDS = True
    per_sample = True

    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, **kwargs):
        super().__init__(**drop_unused(kwargs))
        self.units = check_positive_int("units", units)
        self.set_kernel_settings(activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer)

    def compute_output_shape(self, input_shape):
        if len(input_shape) != 1:
            raise self.shape_error(M_("errors", "Dense needs a vector; it gets {shape}. Add a Flatten layer before it.")
                                   .format(shape=describe_shape(input_shape)))
        return (self.units,)

    def weight_shapes(self, input_shape):
        return self.kernel_and_bias_shapes((input_shape[-1], self.units))

    def forward(self, x, training=False):
        self._x = x
        z = x @ self.weights_dict["kernel"]
        if self.use_bias:
            z += self.weights_dict["bias"]
        if isinstance(self.activation, activations.Linear):
            self._z = self._y = z
            return z
        y = self.activation.forward(z)
        self._z, self._y = z, y
        return y

    @property
    def pre_activation(self):
        """z = x·W + b of the last forward pass, before the activation (the glass box shows it)."""
        return self._z

    def backward(self, dy):
        dz = self.activation.backward(dy, self._z, self._y)
        kernel = self.weights_dict["kernel"]
        gk = np.matmul(self._x.T, dz, out=self.grad_buffer("kernel", kernel.shape, np.result_type(self._x, dz)))
        if self.kernel_regularizer is not None:
            gk += self.kernel_regularizer.gradient(kernel)
        if self.use_bias:
            np.sum(dz, axis=0, out=self.grad_buffer("bias", (self.units,), dz.dtype))
        return dz @ kernel.T if self.need_input_grad else None

    def get_config(self):
        cfg = super().get_config()
        cfg.update(units=self.units, **self.kernel_settings_config())
        return cfg
