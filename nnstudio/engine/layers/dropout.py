"""Inverted dropout: in training, zero a fraction ``rate`` of inputs and scale the rest by 1/(1-rate)."""

from __future__ import annotations

from nnstudio.engine import backend
from nnstudio.engine.layers.base import Layer, check_rate


class Dropout(Layer):
    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.rate = check_rate("rate", rate)
        self.freeze_mask = False  # gradient checks hold the mask fixed across forward passes
        self._mask = None

    def forward(self, x, training=False):
        if not training or self.rate == 0:
            self._mask = None if not self.freeze_mask else self._mask
            return x
        if not (self.freeze_mask and self._mask is not None and self._mask.shape == x.shape):
            keep = backend.rng().random(x.shape, dtype=x.dtype) >= self.rate
            self._mask = keep * x.dtype.type(1 / (1 - self.rate))
        return x * self._mask

    def backward(self, dy):
        return dy if self._mask is None else dy * self._mask

    def get_config(self):
        cfg = super().get_config()
        cfg["rate"] = self.rate
        return cfg
