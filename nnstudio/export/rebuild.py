"""Rebuild an engine model from its own architecture config and named weight arrays
(shared by the .npz and JSON loaders); every failure is a plain-words ProjectFileError."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.model import Sequential
from nnstudio.errors import ProjectFileError


def weight_key(layer, name) -> str:
    return f"{layer.name}/{name}"


def model_from_config(config, source: str) -> Sequential:
    if not isinstance(config, dict) or not isinstance(config.get("layers"), list):
        raise ProjectFileError(f"{source} does not describe a network (its architecture has no list of layers).")
    try:
        model = Sequential.from_config(config)
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        raise ProjectFileError(f"{source}: the network cannot be rebuilt: {e}") from None
    if not model.built:
        raise ProjectFileError(f"{source}: the network has no input shape, so its weights cannot be placed.")
    return model


def set_named_weights(model, lookup, source: str) -> None:
    """``lookup(key)`` returns the array stored under ``<layer>/<weight>`` or None."""
    values = []
    for layer in model.layers:
        for name, current in layer.weights_dict.items():
            a = lookup(weight_key(layer, name))
            if a is None:
                raise ProjectFileError(f"{source} has no {name} for layer '{layer.name}'.")
            try:
                a = np.asarray(a, dtype=current.dtype)
            except (TypeError, ValueError):
                raise ProjectFileError(f"{source}: the {name} of layer '{layer.name}' is not numbers.") from None
            if a.shape != current.shape:
                raise ProjectFileError(f"{source}: the {name} of layer '{layer.name}' has shape {a.shape}, "
                                       f"but the layer needs {current.shape}.")
            values.append(a)
    model.set_weights(values)
