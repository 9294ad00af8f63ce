"""Conv2D, channels-last: one matrix product over im2col patches forward, two backward."""

from __future__ import annotations

import numpy as np

from nnstudio.engine import activations
from nnstudio.engine.layers import _windows as win
from nnstudio.engine.layers.base import Layer, check_positive_int, describe_shape
from nnstudio.engine.layers.kernel_settings import KernelSettings, drop_unused
from nnstudio.i18n import M_


class Conv2D(KernelSettings, Layer):
    """y = activation(conv(x, kernel) + bias); kernel (kh, kw, in, out) as Keras stores it."""

    KERAS_CONSTANTS = {"data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1, "bias_regularizer": None,
                       "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None}
    KERAS_BUILDS = True
    per_sample = True
    SHARD_OWN = ("_scratch", "_threads")
    writes_phases = True

    def __init__(self, filters, kernel_size, strides=1, padding="valid", activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform", bias_initializer="zeros", kernel_regularizer=None,
                 data_format=None, dilation_rate=1, groups=1, **kwargs):
        super().__init__(**drop_unused(kwargs))
        if data_format not in (None, "channels_last"):
            raise ValueError(M_("errors", "Only channels-last images are supported. Received: data_format={value!r}")
                             .format(value=data_format))
        if win.normalize_pair("dilation_rate", dilation_rate) != (1, 1) or groups != 1:
            raise ValueError(M_("errors", "Conv2D supports only dilation_rate=1 and groups=1."))
        self.filters = check_positive_int("filters", filters)
        self.kernel_size = win.normalize_pair("kernel_size", kernel_size)
        self.strides = win.normalize_pair("strides", strides)
        self.padding = win.normalize_padding(padding)
        self.set_kernel_settings(activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer)
        self._scratch = win.Scratch()
        self._threads = win.BatchThreads()

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
        return self.kernel_and_bias_shapes(self.kernel_size + (input_shape[-1], self.filters))

    def forward(self, x, training=False):
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        n, h, w, c = x.shape
        f = self.filters
        pad_hw = (win.pads(h, kh, sh, self.padding), win.pads(w, kw, sw, self.padding))
        xp = win.padded(x, pad_hw, self._scratch, 0, keep=training)
        oh, ow = win.output_size(h, kh, sh, self.padding), win.output_size(w, kw, sw, self.padding)
        if training and self.output_used is not None:  # what the pooling above will not read is left out
            oh, ow = min(oh, self.output_used[0]), min(ow, self.output_used[1])
        # In training below a max-pooling whose ph×pw windows tile the output, the rows of the
        # patch matrix (and so the output) go in phase order: [n, py, px, Y, X] is pixel
        # (Y·ph + py, X·pw + px), and each window's cells lie in ph·pw contiguous blocks.
        ph, pw = self.output_phases if training and self.output_phases else (1, 1)
        grid = (ph, pw, oh // ph, ow // pw)
        kernel = self.weights_dict["kernel"]
        dtype = np.result_type(x.dtype, kernel.dtype)
        k = kh * kw * c
        # The patch matrix, one row per output pixel; with a bias, a last column of ones (written
        # once) and the bias as the kernel's last row: the product adds the bias, and in backward
        # the same product gives the bias gradient.
        width = k + self.use_bias
        cols = self._scratch.get("patches", (n * oh * ow, width), dtype, 1 if self.use_bias else None, training)
        win.im2col(xp, kh, kw, sh, sw, cols[:, :k].reshape(n, *grid, kh, kw, c), self._threads)
        if self.use_bias:
            wb = self._scratch.get("kernel_and_bias", (width, f), dtype, keep=training)
            wb[:k] = kernel.reshape(k, f)
            wb[k] = self.weights_dict["bias"]
        else:
            wb = kernel.reshape(k, f)
        z = np.matmul(cols, wb, out=np.empty((n * oh * ow, f), dtype))
        z = z.reshape(n, *grid, f) if (ph, pw) != (1, 1) else z.reshape(n, oh, ow, f)
        # in training, a max-pooling above may apply the ReLU (and its mask) on its smaller image
        self._relu_left_above = training and self.relu_done_above
        if isinstance(self.activation, activations.ReLU):  # in place: backward needs only y
            if not self._relu_left_above:
                self._threads.run("relu", lambda s: np.maximum(z[s.start:s.stop], 0, out=z[s.start:s.stop]),
                                  n, z.size)
            y = z
        elif isinstance(self.activation, activations.Linear):
            y = z
        else:
            y = self.activation.forward(z)
        self._cols, self._xp_shape, self._pads, self._z, self._y = cols, xp.shape, pad_hw, z, y
        return y

    def backward(self, dy):
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        if isinstance(self.activation, activations.ReLU):
            dz = dy if self._relu_left_above else np.multiply(dy, self._y > 0)
        elif isinstance(self.activation, activations.Linear):
            dz = dy
        else:
            dz = self.activation.backward(dy, self._z, self._y)
        f = dz.shape[-1]
        dz2 = dz.reshape(-1, f)  # one row per patch, in the patch matrix's order
        kernel = self.weights_dict["kernel"]
        k = kernel.size // f
        cols = self._cols
        gw = win.transposed_product(cols, dz2, self._scratch.get("gradients", (cols.shape[1], f), cols.dtype))
        gk = self.grad_buffer("kernel", kernel.shape, gw.dtype)
        gk.reshape(k, f)[...] = gw[:k]
        if self.kernel_regularizer is not None:
            gk += self.kernel_regularizer.gradient(kernel)
        if self.use_bias:
            self.grad_buffer("bias", (f,), gw.dtype)[...] = gw[k]
        if not self.need_input_grad:
            return None
        c = kernel.shape[2]
        if dz.ndim == 6:  # phase order (see forward) back to the image's: col2im adds whole rows
            n, ph, pw, rows, columns, _ = dz.shape
            oh, ow = rows * ph, columns * pw
            dz2 = dz.transpose(0, 3, 1, 4, 2, 5).reshape(-1, f)
        else:
            n, oh, ow, _ = dz.shape
        # one product per kernel position (kh·kw, rows, C): each position's input gradient comes
        # out contiguous for col2im
        per_position = self._scratch.get("input_gradient", (kh * kw, n * oh * ow, c), gw.dtype)
        np.matmul(dz2, kernel.reshape(kh * kw, c, f).transpose(0, 2, 1), out=per_position)
        dxp = win.col2im(per_position.reshape(kh * kw, n, oh, ow, c), self._xp_shape, kh, kw, sh, sw,
                         self._threads)
        return win.unpadded(dxp, self._pads)

    def outputs_relu(self):
        return isinstance(self.activation, activations.ReLU)

    def get_config(self):
        cfg = super().get_config()
        cfg.update(filters=self.filters, kernel_size=list(self.kernel_size), strides=list(self.strides),
                   padding=self.padding, **self.kernel_settings_config())
        return cfg
