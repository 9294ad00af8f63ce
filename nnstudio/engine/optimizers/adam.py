"""Adam, Algorithm 1 of Kingma & Ba as torch.optim.Adam computes it:
m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − lr·m̂/(√v̂ + ε), m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)."""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine.optimizers.base import Optimizer


class Adam(Optimizer):
    name = "adam"
    HYPERPARAMETERS = {"beta_1": (0.0, 1.0), "beta_2": (0.0, 1.0), "epsilon": (0.0, None)}

    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.set_hyperparameters(beta_1=beta_1, beta_2=beta_2, epsilon=epsilon)

    def make_slots(self, variable):
        return {"m": np.zeros_like(variable), "v": np.zeros_like(variable)}

    # m and v are kept divided by (1−β₁) and (1−β₂): m' ← β₁m' + g, v' ← β₂v' + g², two passes over
    # the weights fewer per step than the textbook form. get_state says so (slot_scales), and
    # OptimizerState.values gives m and v as torch has them.
    def slot_scales(self):
        return {"m": 1.0 - self.beta_1, "v": 1.0 - self.beta_2}

    def prepare_step(self, step):
        # Python floats: NumPy float64 scalars would promote float32 weights.
        # lr·m̂/(√v̂ + ε) with m̂ = (1−β₁)m'/bc₁, √v̂ = r√v', r = √((1−β₂)/bc₂), bcᵢ = 1 − βᵢᵗ:
        # lr·((1−β₁)/(bc₁·r))·m'/(√v' + ε/r), the same number
        bc1 = 1.0 - self.beta_1 ** step
        r = math.sqrt((1.0 - self.beta_2) / (1.0 - self.beta_2 ** step))
        self._step_factor = (1.0 - self.beta_1) / (bc1 * r)
        self._eps_hat = self.epsilon / r

    def update_step(self, gradient, variable, learning_rate, slots):
        m, v = slots["m"], slots["v"]
        m *= self.beta_1                 # m' ← β₁m' + g
        m += gradient
        t = np.multiply(gradient, gradient)
        v *= self.beta_2                 # v' ← β₂v' + g²
        v += t
        np.sqrt(v, out=t)
        t += self._eps_hat
        np.divide(m, t, out=t)
        t *= learning_rate * self._step_factor
        variable -= t
