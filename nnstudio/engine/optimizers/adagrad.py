"""Adagrad as torch.optim.Adagrad: s ← s + g²; θ ← θ − lr·g/(√s + ε), s starting at
``initial_accumulator_value``."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.optimizers.base import Optimizer


class Adagrad(Optimizer):
    name = "adagrad"
    HYPERPARAMETERS = {"initial_accumulator_value": (0.0, None), "epsilon": (0.0, None)}

    def __init__(self, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.set_hyperparameters(initial_accumulator_value=initial_accumulator_value, epsilon=epsilon)

    def make_slots(self, variable):
        return {"accumulator": np.full_like(variable, self.initial_accumulator_value)}

    def update_step(self, gradient, variable, learning_rate, slots):
        s = slots["accumulator"]
        t = np.multiply(gradient, gradient)
        s += t
        np.sqrt(s, out=t)
        t += self.epsilon
        np.divide(gradient, t, out=t)
        t *= learning_rate
        variable -= t
