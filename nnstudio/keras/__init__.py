"""The Keras-shaped public API: ``from nnstudio import keras`` (or ``import nnstudio as tf``; ``tf.keras``).

A thin namespace over :mod:`nnstudio.engine`; see DESIGN.md for the contract.
"""

from nnstudio.keras import (activations, backend, callbacks, config, initializers, layers, losses, metrics,
                            models, optimizers, regularizers, utils)
from nnstudio.keras.layers import Input
from nnstudio.keras.models import Sequential, load_model

__version__ = "3.0.0-nnstudio"

__all__ = ["activations", "backend", "callbacks", "config", "initializers", "layers", "losses", "metrics",
           "models", "optimizers", "regularizers", "utils", "Input", "Sequential", "load_model"]
