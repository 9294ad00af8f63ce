"""Training settings (``compile_config``) in both directions: engine optimizer / loss / metrics
<-> the dicts Keras 3 writes in a ``.keras`` file."""

from __future__ import annotations

import warnings

import numpy as np

from nnstudio.engine import losses as losses_mod, metrics as metrics_mod, optimizers as optimizers_mod
from nnstudio.engine.saving.keras_layers import keras_object
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_

#: Keras's base-optimizer arguments, at the values the engine implements (older Keras 3
#: releases lack ``loss_scale_factor`` / ``gradient_accumulation_steps``: not written)
_OPTIMIZER_BASE = {"weight_decay": None, "clipnorm": None, "global_clipnorm": None, "clipvalue": None,
                   "use_ema": False, "ema_momentum": 0.99, "ema_overwrite_frequency": None}
_OPTIMIZER_EXTRA = {"Adam": {"amsgrad": False}, "AdamW": {"amsgrad": False}, "RMSprop": {"centered": False}}
_LOSS_ARGS = {"SparseCategoricalCrossentropy": ("from_logits",), "CategoricalCrossentropy": ("from_logits",),
              "BinaryCrossentropy": ("from_logits",), "Huber": ("delta",), "MeanSquaredError": (),
              "MeanAbsoluteError": ()}
_METRIC_CLASSES = {"SparseCategoricalAccuracy": "sparse_categorical_accuracy",
                   "CategoricalAccuracy": "categorical_accuracy", "BinaryAccuracy": "binary_accuracy",
                   "MeanAbsoluteError": "mae", "MeanSquaredError": "mse"}
_METRIC_NAMES = ("accuracy", "acc", "mae", "mse", "mean_absolute_error", "mean_squared_error",
                 "sparse_categorical_accuracy", "categorical_accuracy", "binary_accuracy")


# ----- writing ------------------------------------------------------------------------------
def optimizer_config(optimizer) -> dict:
    cls = type(optimizer).__name__
    cfg = optimizer.get_config()
    out = {"name": cfg.pop("name"), "learning_rate": cfg.pop("learning_rate"), **_OPTIMIZER_BASE}
    if "weight_decay" in cfg:
        out["weight_decay"] = cfg.pop("weight_decay")
    out.update(cfg)
    out.update(_OPTIMIZER_EXTRA.get(cls, {}))
    return keras_object("keras.optimizers", cls, out)


def loss_config(loss) -> dict:
    cls = type(loss).__name__
    cfg = {"name": loss.name, "reduction": "sum_over_batch_size"}
    cfg.update({k: v for k, v in loss.get_config().items() if k != "name"})
    return keras_object("keras.losses", cls, cfg)


def compile_config(model) -> dict | None:
    if not model.compiled:
        return None
    return {"optimizer": optimizer_config(model.optimizer), "loss": loss_config(model.loss), "loss_weights": None,
            "metrics": list(model.metrics_names) or None, "weighted_metrics": None, "run_eagerly": False,
            "steps_per_execution": 1, "jit_compile": False}


# ----- reading ------------------------------------------------------------------------------
def _hint(message):
    return ProjectFileError(M_("errors", "{problem} Load it with compile=False to get the network without its "
                                         "training settings.").format(problem=message))


def _float32_value(v):
    """Keras stores hyperparameters as float32 (0.0010000000474974513): read back the number the user typed."""
    if isinstance(v, float):
        return float(str(np.float32(v)))
    return v


def optimizer_from(spec):
    if isinstance(spec, str):
        name, cfg = spec, {}
    elif isinstance(spec, dict):
        name, cfg = spec.get("class_name"), dict(spec.get("config") or {})
    else:
        raise _hint(M_("errors", "The model's optimizer {spec!r} is not in a form NN Studio can read.")
                    .format(spec=spec))
    if isinstance(cfg.get("learning_rate"), dict):
        raise _hint(M_("errors", "The model's optimizer uses a learning-rate schedule, which NN Studio does not "
                                 "support."))
    cls = optimizers_mod.CLASSES.get(name) or {k.lower(): c for k, c in optimizers_mod.CLASSES.items()}.get(
        str(name).lower())
    if cls is None:
        raise _hint(M_("errors", "The model is compiled with the {name} optimizer; NN Studio supports {supported}.")
                    .format(name=name, supported=", ".join(optimizers_mod.CLASSES)))
    for key in ("loss_scale_factor", "gradient_accumulation_steps", "jit_compile"):
        if cfg.get(key) in (None, False):
            cfg.pop(key, None)
    if cls is not optimizers_mod.AdamW and cfg.get("weight_decay") in (None, 0, 0.0):
        cfg.pop("weight_decay", None)
    cfg = {k: _float32_value(v) for k, v in cfg.items()}
    try:
        return cls.from_config(cfg)
    except (ValueError, TypeError) as e:
        raise _hint(M_("errors", "The model's {name} optimizer has a setting NN Studio does not support: {reason}")
                    .format(name=name, reason=e)) from None


def loss_from(spec):
    if isinstance(spec, dict) and spec.get("class_name") == "function":
        spec = spec.get("config")
    if isinstance(spec, str):
        try:
            return losses_mod.get(spec)
        except ValueError:
            raise _hint(M_("errors", "The model is compiled with the loss {name!r}, which NN Studio does not have.")
                        .format(name=spec)) from None
    if not isinstance(spec, dict) or spec.get("class_name") not in _LOSS_ARGS:
        name = spec.get("class_name") if isinstance(spec, dict) else spec
        raise _hint(M_("errors", "The model is compiled with the loss {name!r}, which NN Studio does not have.")
                    .format(name=name))
    name, cfg = spec["class_name"], dict(spec.get("config") or {})
    if cfg.get("reduction", "sum_over_batch_size") not in ("sum_over_batch_size", "auto", None):
        raise _hint(M_("errors", "The model's loss uses reduction={value!r}; NN Studio averages over the batch.")
                    .format(value=cfg["reduction"]))
    for key, default in (("ignore_class", None), ("axis", -1), ("label_smoothing", 0.0)):
        if cfg.get(key, default) != default:
            raise _hint(M_("errors", "The model's loss sets {key}={value!r}, which NN Studio does not support.")
                        .format(key=key, value=cfg[key]))
    args = {k: _float32_value(cfg[k]) for k in _LOSS_ARGS[name] if k in cfg}
    return losses_mod.get({"class_name": name, "config": args})


def metrics_from(specs, loss) -> list[str]:
    """The metrics the engine can compute with ``loss``; others are left out with a warning (the
    network and its training do not depend on them)."""
    out = []
    for spec in specs if isinstance(specs, list) else []:
        if isinstance(spec, dict):
            spec = spec.get("config") if spec.get("class_name") == "function" else \
                _METRIC_CLASSES.get(spec.get("class_name"), spec.get("class_name"))
        try:
            if not (isinstance(spec, str) and spec in _METRIC_NAMES):
                raise ValueError(spec)
            metrics_mod.get(spec, loss)
        except ValueError:
            warnings.warn(f"The metric {spec!r} is not available in NN Studio with this loss and was left out.",
                          stacklevel=3)
        else:
            out.append(spec)
    return out


def compile_from(model, config: dict) -> None:
    """Compile ``model`` with a Keras ``compile_config``."""
    if not isinstance(config, dict):
        raise _hint(M_("errors", "The model's training settings are not in a form NN Studio can read."))
    for key, default in (("loss_weights", None), ("weighted_metrics", None)):
        if config.get(key, default) not in (default, [], {}):
            raise _hint(M_("errors", "The model is compiled with {key}, which NN Studio does not support.")
                        .format(key=key))
    if config.get("loss") is None:  # Keras allows compiling without a loss; the engine does not: leave uncompiled
        return
    optimizer = optimizer_from(config.get("optimizer", "rmsprop"))
    loss = loss_from(config.get("loss"))
    metrics = metrics_from(config.get("metrics"), loss)
    try:
        model.compile(optimizer=optimizer, loss=loss, metrics=metrics)
    except ValueError as e:
        raise _hint(M_("errors", "The model's training settings cannot be used: {reason}").format(reason=e)) from None
