"""Adam, Algorithm 1 of Kingma & Ba as torch.optim.Adam computes it:
m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − lr·m̂/(√v̂ + ε), m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)."""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine.optimizers.base import Optimizer, check_number


class Adam(Optimizer):
    name = "adam"

    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.beta_1 = check_number("beta_1", beta_1, 0.0, high=1.0)
        self.beta_2 = check_number("beta_2", beta_2, 0.0, high=1.0)
        self.epsilon = check_number("epsilon", epsilon, 0.0)

    def make_slots(self, variable):
        return {"m": np.zeros_like(variable), "v": np.zeros_like(variable)}

    def prepare_step(self, step):
        # Python floats: NumPy float64 scalars would promote float32 weights.
        # lr·m̂/(√v̂ + ε) = lr·(√bc₂/bc₁)·m/(√v + ε·√bc₂) with bcᵢ = 1 − βᵢᵗ: the same number, two
        # passes over the weights fewer.
        bc1 = 1.0 - self.beta_1 ** step
        sqrt_bc2 = math.sqrt(1.0 - self.beta_2 ** step)
        self._step_factor = sqrt_bc2 / bc1
        self._eps_hat = self.epsilon * sqrt_bc2

    def update_step(self, gradient, variable, learning_rate, slots):
        m, v = slots["m"], slots["v"]
        np.subtract(m, gradient, out=m)  # m ← β₁m + (1−β₁)g, as m ← g + β₁(m − g): no temporary
        m *= self.beta_1
        m += gradient
        t = np.multiply(gradient, gradient)
        np.subtract(v, t, out=v)  # v ← β₂v + (1−β₂)g², likewise
        v *= self.beta_2
        v += t
        np.sqrt(v, out=t)
        t += self._eps_hat
        np.divide(m, t, out=t)
        t *= learning_rate * self._step_factor
        variable -= t

    def get_config(self):
        return {**super().get_config(), "beta_1": self.beta_1, "beta_2": self.beta_2, "epsilon": self.epsilon}
