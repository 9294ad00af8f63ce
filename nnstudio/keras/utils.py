"""``keras.utils``."""

import numpy as np

from nnstudio.engine.backend import set_random_seed


def to_categorical(x, num_classes=None):
    x = np.asarray(x, dtype=np.int64).reshape(-1)
    num_classes = int(x.max()) + 1 if num_classes is None else int(num_classes)
    out = np.zeros((len(x), num_classes), dtype="float32")
    out[np.arange(len(x)), x] = 1
    return out


__all__ = ["set_random_seed", "to_categorical"]
