"""What Dense and Conv2D share: an activation, an optional bias, the initializers and an L1/L2
regularizer of the kernel (Keras's arguments), and their part of the layer's config."""

from __future__ import annotations

from nnstudio.engine import activations, initializers, regularizers

#: Keras arguments these layers accept only at None (their default), and then ignore
UNUSED_ARGS = ("bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint",
               "lora_rank", "lora_alpha", "quantization_config")


def drop_unused(kwargs: dict) -> dict:
    """``kwargs`` without the Keras arguments that are None (any other value stays, and is refused)."""
    return {k: v for k, v in kwargs.items() if not (k in UNUSED_ARGS and v is None)}


class KernelSettings:
    def set_kernel_settings(self, activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer):
        self.activation = activations.get(activation)
        self.use_bias = bool(use_bias)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_regularizer = regularizers.get(kernel_regularizer)
        if self.kernel_regularizer is not None:
            self.regularizers["kernel"] = self.kernel_regularizer
        self.trainable_names = ("kernel", "bias") if self.use_bias else ("kernel",)

    def kernel_and_bias_shapes(self, kernel_shape) -> dict:
        """The kernel's shape and, with a bias, the bias's: one per output (the kernel's last axis)."""
        return {"kernel": tuple(kernel_shape), **({"bias": tuple(kernel_shape[-1:])} if self.use_bias else {})}

    def initial_value(self, name, shape):
        return (self.kernel_initializer if name == "kernel" else self.bias_initializer)(shape)

    def kernel_settings_config(self) -> dict:
        return {"activation": activations.serialize(self.activation), "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": regularizers.serialize(self.kernel_regularizer)}
