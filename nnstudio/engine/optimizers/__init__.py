"""Optimizers by class or Keras string name."""

from nnstudio.engine.optimizers.adagrad import Adagrad
from nnstudio.engine.optimizers.adam import Adam
from nnstudio.engine.optimizers.adamw import AdamW
from nnstudio.engine.optimizers.base import Optimizer
from nnstudio.engine.optimizers.state import OptimizerState
from nnstudio.engine.optimizers.rmsprop import RMSprop
from nnstudio.engine.optimizers.sgd import SGD
from nnstudio.i18n import M_

_REGISTRY = {"sgd": SGD, "rmsprop": RMSprop, "adam": Adam, "adamw": AdamW, "adagrad": Adagrad}
CLASSES = {cls.__name__: cls for cls in (SGD, RMSprop, Adam, AdamW, Adagrad)}

#: Names offered to users.
NAMES = ("sgd", "rmsprop", "adam", "adamw", "adagrad")


def get(identifier) -> Optimizer:
    if isinstance(identifier, Optimizer):
        return identifier
    if isinstance(identifier, str) and identifier.lower() in _REGISTRY:
        return _REGISTRY[identifier.lower()]()
    if isinstance(identifier, dict):
        cls = CLASSES.get(identifier.get("class_name")) or _REGISTRY.get(str(identifier.get("class_name")).lower())
        if cls is not None:
            return cls.from_config(identifier.get("config") or {})
    raise ValueError(M_("errors", "Unknown optimizer. Expected one of {names}. Received: optimizer={value!r}")
                     .format(names=", ".join(NAMES), value=identifier))


def serialize(opt: Optimizer) -> dict:
    return {"class_name": type(opt).__name__, "config": opt.get_config()}


__all__ = ["Optimizer", "OptimizerState", "SGD", "RMSprop", "Adam", "AdamW", "Adagrad", "get", "serialize", "NAMES",
           "CLASSES"]
