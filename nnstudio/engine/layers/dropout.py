"""Inverted dropout: in training, zero a fraction ``rate`` of inputs and scale the rest by 1/(1-rate)."""

from __future__ import annotations

import numpy as np

from nnstudio.engine import backend
from nnstudio.engine.layers.base import Layer, check_rate
from nnstudio.i18n import M_


class Dropout(Layer):
    KERAS_CONSTANTS = {"noise_shape": None}

    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.rate = check_rate("rate", rate)
        if noise_shape is not None:
            raise ValueError(M_("errors", "Dropout supports only noise_shape=None. Received: noise_shape={value!r}")
                             .format(value=noise_shape))
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0):
            raise ValueError(M_("errors", "Expected a non-negative integer or None. Received: seed={value!r}")
                             .format(value=seed))
        self.seed = None if seed is None else int(seed)
        # its own masks from its own seed (as Keras's SeedGenerator); else the global generator,
        # which keras.utils.set_random_seed resets
        self._rng = None if seed is None else np.random.default_rng(self.seed)
        self.freeze_mask = False  # gradient checks hold the mask fixed across forward passes
        self._mask = None     # kept (scaled) mask of the last training pass
        self._applied = False  # whether the last forward used it

    def forward(self, x, training=False):
        self._applied = bool(training) and self.rate > 0
        if not self._applied:
            return x
        if not (self.freeze_mask and self._mask is not None and self._mask.shape == x.shape):
            keep = (self._rng or backend.rng()).random(x.shape, dtype=x.dtype) >= self.rate
            self._mask = keep * x.dtype.type(1 / (1 - self.rate))
        return x * self._mask

    def backward(self, dy):
        return dy * self._mask if self._applied else dy

    def get_config(self):
        cfg = super().get_config()
        cfg["rate"] = self.rate
        cfg["seed"] = self.seed
        return cfg
