"""RMSprop as torch.optim.RMSprop (not centred): v ← ρv + (1−ρ)g²;
θ ← θ − lr·g/(√v + ε), or with momentum b ← μb + g/(√v + ε), θ ← θ − lr·b."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.optimizers.base import Optimizer


class RMSprop(Optimizer):
    name = "RMSprop"
    HYPERPARAMETERS = {"rho": (0.0, 1.0), "momentum": (0.0, 1.0), "epsilon": (0.0, None)}

    def __init__(self, learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.set_hyperparameters(rho=rho, momentum=momentum, epsilon=epsilon)

    def make_slots(self, variable):
        slots = {"velocity": np.zeros_like(variable)}
        if self.momentum:
            slots["momentum"] = np.zeros_like(variable)
        return slots

    def update_step(self, gradient, variable, learning_rate, slots):
        v = slots["velocity"]
        t = np.multiply(gradient, gradient)
        np.subtract(v, t, out=v)  # v ← ρv + (1−ρ)g², as v ← g² + ρ(v − g²)
        v *= self.rho
        v += t
        np.sqrt(v, out=t)
        t += self.epsilon
        np.divide(gradient, t, out=t)  # g/(√v + ε)
        if self.momentum:
            b = slots["momentum"]
            b *= self.momentum
            b += t
            np.multiply(b, learning_rate, out=t)
        else:
            t *= learning_rate
        variable -= t
