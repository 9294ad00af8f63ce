"""Conv2D, channels-last, as one matrix product over im2col patches."""

from __future__ import annotations

import numpy as np

from nnstudio.engine import activations, initializers, regularizers
from nnstudio.engine.layers import _windows as win
from nnstudio.engine.layers.base import Layer, check_positive_int, describe_shape
from nnstudio.i18n import M_


class Conv2D(Layer):
    """y = activation(conv(x, kernel) + bias); kernel (kh, kw, in, out) as Keras stores it."""

    def __init__(self, filters, kernel_size, strides=1, padding="valid", activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform", bias_initializer="zeros", kernel_regularizer=None,
                 data_format=None, dilation_rate=1, groups=1, **kwargs):
        for k in ("bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint"):
            if kwargs.get(k) is None:
                kwargs.pop(k, None)
        super().__init__(**kwargs)
        if data_format not in (None, "channels_last"):
            raise ValueError(M_("errors", "Only channels-last images are supported. Received: data_format={value!r}")
                             .format(value=data_format))
        if win.normalize_pair("dilation_rate", dilation_rate) != (1, 1) or groups != 1:
            raise ValueError(M_("errors", "Conv2D supports only dilation_rate=1 and groups=1."))
        self.filters = check_positive_int("filters", filters)
        self.kernel_size = win.normalize_pair("kernel_size", kernel_size)
        self.strides = win.normalize_pair("strides", strides)
        self.padding = win.normalize_padding(padding)
        self.activation = activations.get(activation)
        self.use_bias = bool(use_bias)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        if self.kernel_regularizer is not None:
            self.regularizers["kernel"] = self.kernel_regularizer
        self.trainable_names = ("kernel", "bias") if self.use_bias else ("kernel",)

    def compute_output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise self.shape_error(M_("errors", "Conv2D needs an image (height, width, channels); it gets {shape}.")
                                   .format(shape=describe_shape(input_shape)))
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        oh = win.output_size(input_shape[0], kh, sh, self.padding)
        ow = win.output_size(input_shape[1], kw, sw, self.padding)
        if oh <= 0 or ow <= 0:
            raise self.shape_error(M_("errors", "its {height}×{width} window does not fit in {shape}; "
                                                "use padding 'same' or a smaller kernel.")
                                   .format(height=kh, width=kw, shape=describe_shape(input_shape)))
        return (oh, ow, self.filters)

    def weight_shapes(self, input_shape):
        shapes = {"kernel": self.kernel_size + (input_shape[-1], self.filters)}
        if self.use_bias:
            shapes["bias"] = (self.filters,)
        return shapes

    def initial_value(self, name, shape):
        return (self.kernel_initializer if name == "kernel" else self.bias_initializer)(shape)

    def forward(self, x, training=False):
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        n, h, w, c = x.shape
        ph, pw = win.pads(h, kh, sh, self.padding), win.pads(w, kw, sw, self.padding)
        xp = np.pad(x, ((0, 0), ph, pw, (0, 0))) if (any(ph) or any(pw)) else x
        patches = win.windows(xp, kh, kw, sh, sw)  # (n, oh, ow, c, kh, kw)
        oh, ow = patches.shape[1], patches.shape[2]
        # rows ordered (kh, kw, c) to match the kernel's layout
        cols = np.ascontiguousarray(patches.transpose(0, 1, 2, 4, 5, 3)).reshape(n * oh * ow, kh * kw * c)
        kernel = self.weights_dict["kernel"]
        z = cols @ kernel.reshape(-1, self.filters)
        if self.use_bias:
            z += self.weights_dict["bias"]
        z = z.reshape(n, oh, ow, self.filters)
        y = self.activation.forward(z)
        self._cols, self._xp_shape, self._pads, self._z, self._y = cols, xp.shape, (ph, pw), z, y
        return y

    def backward(self, dy):
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        dz = self.activation.backward(dy, self._z, self._y)
        n, oh, ow, f = dz.shape
        dz2 = dz.reshape(-1, f)
        kernel = self.weights_dict["kernel"]
        gk = self.grad_buffer("kernel", kernel.shape, np.result_type(self._cols, dz2))
        np.matmul(self._cols.T, dz2, out=gk.reshape(-1, f))
        if self.kernel_regularizer is not None:
            gk += self.kernel_regularizer.gradient(kernel)
        if self.use_bias:
            np.sum(dz2, axis=0, out=self.grad_buffer("bias", (f,), dz2.dtype))
        if not self.need_input_grad:
            return None
        c = kernel.shape[2]
        dcols = (dz2 @ kernel.reshape(-1, f).T).reshape(n, oh, ow, kh, kw, c)
        dxp = np.zeros(self._xp_shape, dtype=dz.dtype)
        # col2im: one strided add per kernel position (kh·kw of them), none per pixel
        for i in range(kh):
            for j in range(kw):
                dxp[:, i:i + sh * (oh - 1) + 1:sh, j:j + sw * (ow - 1) + 1:sw, :] += dcols[:, :, :, i, j, :]
        (pt, pb), (pl, pr) = self._pads
        return dxp[:, pt:dxp.shape[1] - pb, pl:dxp.shape[2] - pr, :]

    def get_config(self):
        cfg = super().get_config()
        cfg.update(
            filters=self.filters, kernel_size=list(self.kernel_size), strides=list(self.strides),
            padding=self.padding, activation=activations.serialize(self.activation), use_bias=self.use_bias,
            kernel_initializer=initializers.serialize(self.kernel_initializer),
            bias_initializer=initializers.serialize(self.bias_initializer),
            kernel_regularizer=regularizers.serialize(self.kernel_regularizer),
        )
        return cfg
