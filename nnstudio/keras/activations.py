"""``keras.activations``."""

from nnstudio.engine.activations import (elu, gelu, get, leaky_relu, linear, relu, sigmoid, silu, softmax,
                                         softplus, swish, tanh)

__all__ = ["elu", "gelu", "get", "leaky_relu", "linear", "relu", "sigmoid", "silu", "softmax", "softplus",
           "swish", "tanh"]
