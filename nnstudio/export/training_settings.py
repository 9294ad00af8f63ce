"""The training settings a generated script reproduces: optimizer, loss, metrics, batch size, epochs.

They come from the ``training`` dict the GUI/CLI passes, else from the model's compile settings,
else from defaults chosen from the output layer (documented in the generated script).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.engine import activations, losses as losses_mod, optimizers as optimizers_mod
from nnstudio.errors import ExportError
from nnstudio.i18n import M_


@dataclass
class TrainingSettings:
    optimizer: object
    loss: object
    metrics: list = field(default_factory=list)
    batch_size: int = 32
    epochs: int = 10
    defaulted: bool = False  # True when the model was never compiled and defaults were picked


def _default_loss(model):
    last = model.layers[-1]
    units = model.output_shape[-1] if model.output_shape else 1
    fn = getattr(last, "activation", None)
    if isinstance(fn, activations.Softmax):
        return losses_mod.SparseCategoricalCrossentropy(), ["accuracy"]
    if isinstance(fn, activations.Sigmoid) and units == 1:
        return losses_mod.BinaryCrossentropy(), ["accuracy"]
    return losses_mod.MeanSquaredError(), ["mae"]


def _positive_int(training, key, default):
    value = training.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ExportError(M_("errors", "The training setting {key} must be a positive whole number; it is {value!r}.")
                          .format(key=key, value=value))
    return value


def resolve(model, training: dict | None) -> TrainingSettings:
    compiled = model.get_compile_config() or {}
    training = dict(training or {})
    defaulted = not compiled and not training.get("loss")
    try:
        opt_spec = training.get("optimizer") or compiled.get("optimizer") or "adam"
        optimizer = optimizers_mod.get(opt_spec)
    except (ValueError, TypeError) as e:
        raise ExportError(M_("errors", "The optimizer cannot be written as code: {reason}").format(reason=e)) from None
    loss_spec = training.get("loss") or compiled.get("loss")
    if loss_spec is None:
        loss, metrics = _default_loss(model)
    else:
        try:
            loss = losses_mod.get(loss_spec)
        except (ValueError, TypeError) as e:
            raise ExportError(M_("errors", "The loss cannot be written as code: {reason}").format(reason=e)) from None
        metrics = None
    if type(optimizer) not in optimizers_mod.CLASSES.values():
        raise ExportError(M_("errors", "The optimizer {name} cannot be written as code.")
                          .format(name=type(optimizer).__name__))
    if type(loss) not in {type(losses_mod.get(n)) for n in losses_mod.NAMES}:
        raise ExportError(M_("errors", "The loss {name} cannot be written as code.").format(name=type(loss).__name__))
    if "metrics" in training:
        metrics = list(training["metrics"] or [])
    elif metrics is None:
        metrics = list(compiled.get("metrics") or [])
    for m in metrics:
        if m not in ("accuracy", "acc", "mae", "mse"):
            raise ExportError(M_("errors", "The metric {name!r} cannot be written as code; use accuracy, mae or mse.")
                              .format(name=m))
    return TrainingSettings(optimizer=optimizer, loss=loss, metrics=metrics,
                            batch_size=_positive_int(training, "batch_size", 32),
                            epochs=_positive_int(training, "epochs", 10), defaulted=defaulted)
