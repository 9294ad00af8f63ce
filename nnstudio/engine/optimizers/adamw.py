"""AdamW as torch.optim.AdamW: decoupled decay θ ← θ − lr·wd·θ, then the Adam step."""

from __future__ import annotations

from nnstudio.engine.optimizers.adam import Adam


class AdamW(Adam):
    name = "adamw"
    HYPERPARAMETERS = {**Adam.HYPERPARAMETERS, "weight_decay": (0.0, None)}

    def __init__(self, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999, epsilon=1e-7, **kwargs):
        super().__init__(learning_rate=learning_rate, beta_1=beta_1, beta_2=beta_2, epsilon=epsilon, **kwargs)
        self.set_hyperparameters(weight_decay=weight_decay)

    def update_step(self, gradient, variable, learning_rate, slots):
        if self.weight_decay:
            variable *= 1.0 - learning_rate * self.weight_decay
        super().update_step(gradient, variable, learning_rate, slots)
