"""Rebuild an engine model from its own architecture config and named weight arrays
(shared by the .npz and JSON loaders); every failure is a plain-words ProjectFileError."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.model import Sequential
from nnstudio.engine.saving.stored_weights import fitting_weight
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_


def weight_key(layer, name) -> str:
    return f"{layer.name}/{name}"


def model_from_config(config, source: str) -> Sequential:
    if not isinstance(config, dict) or not isinstance(config.get("layers"), list):
        raise ProjectFileError(M_("errors", "{source} does not describe a network (its architecture has no list of "
                                            "layers).").format(source=source))
    try:
        model = Sequential.from_config(config)
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        raise ProjectFileError(M_("errors", "{source}: the network cannot be rebuilt: {reason}")
                               .format(source=source, reason=e)) from None
    if not model.built:
        raise ProjectFileError(M_("errors", "{source}: the network has no input shape, so its weights cannot be "
                                            "placed.").format(source=source))
    return model


def set_named_weights(model, lookup, source: str) -> None:
    """``lookup(key)`` returns the array stored under ``<layer>/<weight>`` or None."""
    values = []
    for layer in model.layers:
        for name, current in layer.weights_dict.items():
            a = lookup(weight_key(layer, name))
            if a is None:
                raise ProjectFileError(M_("errors", "{source} has no {weight} for layer '{layer}'.")
                                       .format(source=source, weight=name, layer=layer.name))
            try:
                a = np.asarray(a, dtype=current.dtype)
            except (TypeError, ValueError):
                raise ProjectFileError(M_("errors", "{source}: the {weight} of layer '{layer}' is not numbers.")
                                       .format(source=source, weight=name, layer=layer.name)) from None
            values.append(fitting_weight(a, current, name, layer, source))
    model.set_weights(values)
