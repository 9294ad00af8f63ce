"""BatchNormalization over the last axis (channels-last), Keras's defaults."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.layers.base import Layer
from nnstudio.i18n import M_

#: Keras's initializers of the four weights, as a .keras file names them
_ZEROS = {"module": "keras.initializers", "class_name": "Zeros", "config": {}, "registered_name": None}
_ONES = {"module": "keras.initializers", "class_name": "Ones", "config": {}, "registered_name": None}


class BatchNormalization(Layer):
    """Training: normalise with the batch's mean/variance and update the moving averages
    (moving = momentum·moving + (1−momentum)·batch). Inference: use the moving averages."""

    KERAS_CONSTANTS = {
        "center": True, "scale": True, "beta_initializer": _ZEROS, "gamma_initializer": _ONES,
        "moving_mean_initializer": _ZEROS, "moving_variance_initializer": _ONES, "beta_regularizer": None,
        "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None, "synchronized": False}
    KERAS_BUILDS = True

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True, **kwargs):
        for k in ("beta_initializer", "gamma_initializer", "moving_mean_initializer",
                  "moving_variance_initializer", "beta_regularizer", "gamma_regularizer",
                  "beta_constraint", "gamma_constraint", "synchronized", "renorm", "renorm_clipping",
                  "renorm_momentum"):
            kwargs.pop(k, None)
        super().__init__(**kwargs)
        if axis not in (-1,) and not isinstance(axis, int):
            raise ValueError(M_("errors", "Expected an integer axis. Received: axis={axis!r}").format(axis=axis))
        if not 0 <= float(momentum) < 1:
            raise ValueError(M_("errors", "Expected a number in [0, 1). Received: {arg}={value!r}")
                             .format(arg="momentum", value=momentum))
        if not float(epsilon) > 0:
            raise ValueError(M_("errors", "Expected a positive number. Received: {arg}={value!r}")
                             .format(arg="epsilon", value=epsilon))
        if not (center and scale):
            raise ValueError(M_("errors", "BatchNormalization supports only center=True and scale=True."))
        self.axis = axis
        self.momentum = float(momentum)
        self.epsilon = float(epsilon)
        self.trainable_names = ("gamma", "beta")

    def compute_output_shape(self, input_shape):
        if self.axis not in (-1, len(input_shape)):
            raise self.shape_error(M_("errors", "only the last axis (channels) can be normalised."))
        return tuple(input_shape)

    def weight_shapes(self, input_shape):
        c = (input_shape[-1],)
        return {"gamma": c, "beta": c, "moving_mean": c, "moving_variance": c}

    def initial_value(self, name, shape):
        from nnstudio.engine import backend

        fill = 1.0 if name in ("gamma", "moving_variance") else 0.0
        return np.full(shape, fill, dtype=backend.floatx())

    def forward(self, x, training=False):
        w = self.weights_dict
        axes = tuple(range(x.ndim - 1))
        if not training:
            inv = 1.0 / np.sqrt(w["moving_variance"] + self.epsilon)
            xhat = (x - w["moving_mean"]) * inv
            self._xhat, self._inv, self._axes, self._training = xhat, inv, axes, False
            return xhat * w["gamma"] + w["beta"]
        mean = x.mean(axis=axes)
        xc = x - mean
        var = (xc * xc).mean(axis=axes)
        inv = 1.0 / np.sqrt(var + self.epsilon)
        xhat = xc * inv
        self._xhat, self._inv, self._axes, self._training = xhat, inv, axes, True
        m = self.momentum
        w["moving_mean"] *= m
        w["moving_mean"] += (1 - m) * mean
        w["moving_variance"] *= m
        w["moving_variance"] += (1 - m) * var
        return xhat * w["gamma"] + w["beta"]

    def backward(self, dy):
        xhat, inv, axes = self._xhat, self._inv, self._axes
        c = (dy.shape[-1],)
        np.sum(dy * xhat, axis=axes, out=self.grad_buffer("gamma", c, np.result_type(dy, xhat)))
        np.sum(dy, axis=axes, out=self.grad_buffer("beta", c, dy.dtype))
        if not self.need_input_grad:
            return None
        dxhat = dy * self.weights_dict["gamma"]
        if not self._training:  # fixed statistics: an affine map per channel
            return dxhat * inv
        # dx = γ/σ · (dy − mean(dy) − x̂·mean(dy·x̂)), means over the normalised axes
        return inv * (dxhat - dxhat.mean(axis=axes) - xhat * (dxhat * xhat).mean(axis=axes))

    def get_config(self):
        cfg = super().get_config()
        cfg.update(axis=self.axis, momentum=self.momentum, epsilon=self.epsilon)
        return cfg
