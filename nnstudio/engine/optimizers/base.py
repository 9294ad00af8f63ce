"""The optimizer protocol: ``make_slots(variable)`` creates per-variable state, ``update_step``
is the formula. ``apply(variables, gradients)`` counts the step and updates in place.

Hyperparameters are kept as Python floats so that float32 weights stay float32 (a NumPy
float64 scalar would promote the update under NumPy 2).
"""

from __future__ import annotations

import numpy as np


def check_number(arg, value, low=0.0, low_inclusive=True, high=None):
    ok = isinstance(value, (int, float, np.floating)) and not isinstance(value, bool) and np.isfinite(value)
    if ok:
        value = float(value)
        ok = (value >= low if low_inclusive else value > low) and (high is None or value < high)
    if not ok:
        bound = f"{'≥' if low_inclusive else '>'} {low:g}" + (f" and < {high:g}" if high is not None else "")
        raise ValueError(f"Expected a number {bound}. Received: {arg}={value!r}")
    return value


class Optimizer:
    name = "optimizer"

    def __init__(self, learning_rate=0.001, name=None, **kwargs):
        for k in ("weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema",
                  "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor",
                  "gradient_accumulation_steps", "amsgrad", "centered", "jit_compile"):
            v = kwargs.pop(k, None)
            if v not in (None, False, 0, 0.0, 0.99):
                raise ValueError(f"{type(self).__name__} does not support {k}. Received: {k}={v!r}")
        if kwargs:
            key = next(iter(kwargs))
            raise ValueError(f"Unrecognized argument for {type(self).__name__}. Received: {key}={kwargs[key]!r}")
        self.learning_rate = learning_rate
        if name:
            self.name = name
        self.iterations = 0
        self.slots: list[dict] | None = None

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        self._learning_rate = check_number("learning_rate", value, 0.0, low_inclusive=False)

    # ----- the formula ---------------------------------------------------------------
    def make_slots(self, variable) -> dict:
        return {}

    def prepare_step(self, step: int) -> None:
        """Per-step scalars shared by all variables (bias corrections): computed once per step."""

    def update_step(self, gradient, variable, learning_rate, slots) -> None:
        raise NotImplementedError

    # ----- driving it ----------------------------------------------------------------
    def build(self, variables):
        self.slots = [self.make_slots(v) for v in variables]

    def apply(self, variables, gradients):
        if self.slots is None or len(self.slots) != len(variables):
            self.build(variables)
        self.iterations += 1
        self.prepare_step(self.iterations)
        lr = self._learning_rate
        for g, v, s in zip(gradients, variables, self.slots):
            self.update_step(g, v, lr, s)

    def apply_gradients(self, grads_and_vars):
        """Keras's form: a list of (gradient, variable) pairs."""
        pairs = list(grads_and_vars)
        self.apply([v for _, v in pairs], [g for g, _ in pairs])

    # ----- state (saved with a project so training resumes exactly) -------------------
    def get_state(self) -> dict:
        arrays = {}
        for i, s in enumerate(self.slots or []):
            for k, a in s.items():
                arrays[f"{i}/{k}"] = a
        return {"iterations": self.iterations, "slots": arrays}

    def set_state(self, state: dict, variables) -> None:
        self.build(variables)
        self.iterations = int(state.get("iterations", 0))
        for key, a in state.get("slots", {}).items():
            i, k = key.split("/", 1)
            i = int(i)
            if i >= len(self.slots) or k not in self.slots[i] or self.slots[i][k].shape != np.shape(a):
                raise ValueError(f"Saved optimizer state {key!r} does not match the network.")
            self.slots[i][k][...] = a

    def get_config(self) -> dict:
        return {"name": self.name, "learning_rate": self._learning_rate}

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        config.pop("name", None)
        return cls(**config)

    def __repr__(self):
        return f"{type(self).__name__}({self.get_config()})"
