"""Training settings as the user sets them in the training panel (JSON-able, validated)."""

from __future__ import annotations

import math
import numbers
from dataclasses import asdict, dataclass, fields

from nnstudio.engine import initializers, losses, optimizers
from nnstudio.i18n import M_

SCHEDULES = ("constant", "step", "exponential", "cosine")
LOSS_CHOICES = ("auto",) + losses.NAMES
INITIALIZER_CHOICES = ("layer default",) + initializers.NAMES

#: which hyperparameters each optimizer uses (the panel shows only these)
OPTIMIZER_PARAMS = {
    "sgd": ("momentum", "nesterov"),
    "rmsprop": ("rho", "momentum", "epsilon"),
    "adam": ("beta_1", "beta_2", "epsilon"),
    "adamw": ("beta_1", "beta_2", "epsilon", "weight_decay"),
    "adagrad": ("initial_accumulator_value", "epsilon"),
}


#: the settings a running session can take without losing its weights (the optimizer starts afresh)
OPTIMIZER_SETTINGS = ("optimizer", "momentum", "nesterov", "rho", "beta_1", "beta_2", "epsilon", "weight_decay",
                      "initial_accumulator_value", "lr_schedule", "schedule_step_epochs", "schedule_gamma")


def check_learning_rate(value) -> float:
    """``value`` as a float when it is a usable learning rate (finite, > 0); else a ValueError that
    says what was received. The settings and a running session's live change both check here."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
        raise ValueError(M_("errors", "Expected a positive learning rate. Received: learning_rate={value!r}")
                         .format(value=value))
    return float(value)


@dataclass
class TrainingConfig:
    optimizer: str = "adam"
    learning_rate: float = 0.01
    momentum: float = 0.0
    nesterov: bool = False
    rho: float = 0.9
    beta_1: float = 0.9
    beta_2: float = 0.999
    epsilon: float = 1e-7
    weight_decay: float = 0.004
    initial_accumulator_value: float = 0.1
    batch_size: int = 32
    epochs: int = 50
    loss: str = "auto"
    l1: float = 0.0
    l2: float = 0.0
    initializer: str = "layer default"
    validation_split: float = 0.0
    early_stopping_patience: int = 0  # 0: off
    lr_schedule: str = "constant"
    schedule_step_epochs: int = 10    # step: multiply by schedule_gamma every N epochs
    schedule_gamma: float = 0.5       # step and exponential (per epoch) factor
    seed: int = 0

    MAX_COUNT = 1_000_000             # epochs and batch size (a class constant, not a setting)
    MAX_SEED = 2**32 - 1

    def validate(self) -> "TrainingConfig":
        def bad(arg, expected):
            raise ValueError(M_("errors", "{expected} Received: {arg}={value!r}")
                             .format(expected=expected, arg=arg, value=getattr(self, arg)))

        def one_of(names):
            return M_("errors", "Expected one of {names}.").format(names=", ".join(names))
        for f in fields(self):
            v = getattr(self, f.name)
            if f.type in ("float", float) and (isinstance(v, bool) or not isinstance(v, (int, float))
                                              or not math.isfinite(v)):
                bad(f.name, M_("errors", "Expected a number."))
        if self.optimizer not in optimizers.NAMES:
            bad("optimizer", one_of(optimizers.NAMES))
        check_learning_rate(self.learning_rate)
        for arg in ("batch_size", "epochs"):
            v = getattr(self, arg)
            if isinstance(v, bool) or not isinstance(v, int) or not 0 < v <= self.MAX_COUNT:
                bad(arg, M_("errors", "Expected a whole number from 1 to {high}.").format(high=f"{self.MAX_COUNT:,}"))
        if self.loss not in LOSS_CHOICES:
            bad("loss", one_of(LOSS_CHOICES))
        if self.initializer not in INITIALIZER_CHOICES:
            bad("initializer", one_of(INITIALIZER_CHOICES))
        if self.lr_schedule not in SCHEDULES:
            bad("lr_schedule", one_of(SCHEDULES))
        if not 0 <= self.validation_split < 0.9:
            bad("validation_split", M_("errors", "Expected a fraction from 0 to 0.9."))
        for arg in ("l1", "l2", "momentum", "weight_decay"):
            if getattr(self, arg) < 0:
                bad(arg, M_("errors", "Expected zero or a positive number."))
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not 0 <= self.seed <= self.MAX_SEED:
            bad("seed", M_("errors", "Expected a whole number from 0 to {high}.").format(high=self.MAX_SEED))
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainingConfig":
        known = {f.name: f for f in fields(cls)}
        kwargs = {}
        for k, v in (data or {}).items():
            if k in known:
                kwargs[k] = v
        cfg = cls(**kwargs)
        # JSON may bring ints for floats: normalise
        for f in fields(cls):
            v = getattr(cfg, f.name)
            if f.type in ("float", float) and isinstance(v, int) and not isinstance(v, bool):
                setattr(cfg, f.name, float(v))
        return cfg.validate()

    def make_optimizer(self, learning_rate=None):
        lr = self.learning_rate if learning_rate is None else learning_rate
        params = {k: getattr(self, k) for k in OPTIMIZER_PARAMS[self.optimizer]}
        if self.optimizer == "rmsprop" and "nesterov" in params:
            params.pop("nesterov")
        return optimizers.get({"class_name": self.optimizer, "config": {"learning_rate": lr, **params}})

    def learning_rate_at(self, epoch: int) -> float:
        """The scheduled learning rate for a 0-based epoch."""
        lr = self.learning_rate
        if self.lr_schedule == "step":
            return lr * self.schedule_gamma ** (epoch // max(1, self.schedule_step_epochs))
        if self.lr_schedule == "exponential":
            return lr * self.schedule_gamma ** epoch
        if self.lr_schedule == "cosine":
            return lr * 0.5 * (1 + math.cos(math.pi * min(epoch, self.epochs) / max(1, self.epochs)))
        return lr


def resolve_loss(choice: str, task: str, last_activation: str | None, output_units: int):
    """'auto' -> cross-entropy from logits for classes (from probabilities after softmax/sigmoid),
    mean squared error for regression; a named loss is taken as given."""
    if choice != "auto":
        loss = losses.get(choice)
        if isinstance(loss, (losses.SparseCategoricalCrossentropy, losses.CategoricalCrossentropy,
                             losses.BinaryCrossentropy)):
            loss.from_logits = last_activation not in ("softmax", "sigmoid")
        return loss
    if task == "regression":
        return losses.MeanSquaredError()
    if output_units == 1:
        return losses.BinaryCrossentropy(from_logits=last_activation != "sigmoid")
    return losses.SparseCategoricalCrossentropy(from_logits=last_activation != "softmax")
