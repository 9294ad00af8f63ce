"""NN Studio: build, train and export neural networks without programming.

``import nnstudio as tf`` makes ``tf.keras`` the Keras-shaped NumPy engine.
"""

from nnstudio import keras  # noqa: F401  (the contract: nnstudio.keras is an attribute)
from nnstudio._version import __version__

__all__ = ["keras", "__version__"]
