"""NN Studio: build, train and export neural networks without programming.

``import nnstudio as tf`` makes ``tf.keras`` the Keras-shaped NumPy engine.
"""

__version__ = "0.1.0"

from nnstudio import keras  # noqa: E402,F401  (the contract: nnstudio.keras is an attribute)

__all__ = ["keras", "__version__"]
