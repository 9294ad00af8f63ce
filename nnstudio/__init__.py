"""NN Studio: build, train and export neural networks without programming.

``import nnstudio as tf`` makes ``tf.keras`` the Keras-shaped NumPy engine.
"""

import os

# OpenBLAS's threads spin for 2**28 cycles (about 0.1 s) after every matrix product before they
# sleep, holding a core the engine's NumPy passes between products (pooling, patch copies) and the
# window need: sleeping after 2**18 trains convolutional networks 5–15 % faster on 2 cores. It is
# read when NumPy loads OpenBLAS, so only when nnstudio is imported first (the app, `nnstudio`,
# scripts that start with it); a value the user set is kept.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "18")

from nnstudio import keras  # noqa: E402, F401  (the contract: nnstudio.keras is an attribute)
from nnstudio._version import __version__  # noqa: E402

__all__ = ["keras", "__version__"]
