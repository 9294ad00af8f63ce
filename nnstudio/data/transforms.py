"""Raw-sample -> model-input transforms. Each is fitted once (on training data) and then
applied unchanged to any later input, e.g. a decision-boundary grid or a drawn digit."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from nnstudio.errors import DataError
from nnstudio.i18n import M_

# TensorFlow Playground's input features, by the names its UI shows.
PLAYGROUND_FEATURES = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1),
    "sin(x2)": lambda x1, x2: np.sin(x2),
}


class Transform(Protocol):
    def __call__(self, raw: np.ndarray) -> np.ndarray: ...


class Identity:
    """No change (the data is already in model-input form)."""

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        return raw


class Pipeline:
    """Applies transforms one after another."""

    def __init__(self, *steps: Transform):
        self.steps = tuple(steps)

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        for step in self.steps:
            raw = step(raw)
        return raw


class PlaygroundFeatures:
    """2-D coordinates (n, 2) -> the chosen Playground feature columns (n, len(names))."""

    def __init__(self, names):
        names = tuple(names)
        unknown = [n for n in names if n not in PLAYGROUND_FEATURES]
        if unknown or not names or len(set(names)) != len(names):
            raise DataError(M_("errors", "Input features must be a non-empty list of different names from "
                                         "{names}. Received: {value}.")
                            .format(names=", ".join(PLAYGROUND_FEATURES), value=list(names)))
        self.names = names

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        raw = np.asarray(raw)
        if raw.ndim != 2 or raw.shape[1] != 2:
            raise DataError(M_("errors", "Expected points with 2 coordinates, got shape {shape}.")
                            .format(shape=raw.shape))
        x1, x2 = raw[:, 0], raw[:, 1]
        return np.stack([PLAYGROUND_FEATURES[n](x1, x2) for n in self.names], axis=1)


class Standardizer:
    """Per-column (x - mean) / std with mean and std taken from the training split only.

    A constant column gets std 1, so it becomes 0 instead of dividing by zero.
    """

    def __init__(self, mean=None, std=None):
        self.mean = None if mean is None else np.asarray(mean, dtype=np.float64)
        self.std = None if std is None else np.asarray(std, dtype=np.float64)

    def fit(self, x_train: np.ndarray) -> Standardizer:
        x_train = np.asarray(x_train, dtype=np.float64)
        if len(x_train) == 0:
            raise DataError(M_("errors", "Cannot standardize: the training split has no samples."))
        self.mean = x_train.mean(axis=0)
        std = x_train.std(axis=0)
        self.std = np.where(std > 1e-12, std, 1.0)
        return self

    def transform(self, x: np.ndarray) -> np.ndarray:
        if self.mean is None:
            raise RuntimeError("Standardizer.transform called before fit")
        return ((np.asarray(x, dtype=np.float64) - self.mean) / self.std).astype(np.float32)

    __call__ = transform

    def inverse_transform(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(x, dtype=np.float64) * self.std + self.mean


class PixelScale:
    """Image pixels 0..``max_value`` -> 0..1, reshaped to ``shape`` per sample."""

    def __init__(self, max_value: float, shape: tuple[int, ...]):
        self.max_value = float(max_value)
        self.shape = tuple(shape)

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        raw = np.asarray(raw, dtype=np.float64)
        size = int(np.prod(self.shape))
        if raw.size % size:
            raise DataError(M_("errors", "Expected images of {size} pixels, got shape {shape}.")
                            .format(size=size, shape=raw.shape))
        return (raw.reshape((-1, *self.shape)) / self.max_value).astype(np.float32)
