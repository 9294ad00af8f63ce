"""SGD with optional momentum and Nesterov, as torch.optim.SGD (dampening 0):
b ← μb + g;  θ ← θ − lr·b   (Nesterov: θ ← θ − lr·(g + μb))."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.optimizers.base import Optimizer


class SGD(Optimizer):
    name = "SGD"
    HYPERPARAMETERS = {"momentum": (0.0, 1.0), "nesterov": bool}

    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.set_hyperparameters(momentum=momentum, nesterov=nesterov)

    def make_slots(self, variable):
        return {"momentum": np.zeros_like(variable)} if self.momentum else {}

    def update_step(self, gradient, variable, learning_rate, slots):
        if not self.momentum:
            variable -= np.multiply(gradient, learning_rate)
            return
        b = slots["momentum"]
        b *= self.momentum
        b += gradient
        if self.nesterov:  # θ ← θ − lr·(g + μb)
            t = np.multiply(b, self.momentum)
            t += gradient
            t *= learning_rate
        else:
            t = np.multiply(b, learning_rate)
        variable -= t
