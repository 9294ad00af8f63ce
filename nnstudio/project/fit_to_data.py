"""Making the network fit data just opened, so that Train works at once.

Opening pictures (a folder, or the drawings of the example pad) asks ``fit_network``: the Input
takes the data's shape; when only the output no longer fits, the last Dense layer gets one unit
per class (softmax) or per target; when the network cannot take the data at all (or the user
asks for it), it is replaced by the suggested network (``suggested_network``). The answer says
in plain words what changed; the GUI applies it as one undo step with the data change.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from nnstudio.engine.layers.base import describe_shape
from nnstudio.i18n import M_
from nnstudio.project.layer_types import LAYER_TYPES
from nnstudio.project.suggested_network import suggest_layers
from nnstudio.project.validation import validate_network

KEEP, INPUT, OUTPUT, REPLACED, CANNOT = "keep", "input", "output", "replaced", "cannot"


@dataclass(frozen=True)
class NetworkFit:
    """``layers``: the network to use (None: keep it as it is); ``kind``: KEEP (it fits),
    INPUT (only the Input's shape changed), OUTPUT (the output layer changed too), REPLACED
    (the suggested network) or CANNOT (it does not fit and nothing was changed); ``message``: what
    changed, in plain words (a translatable Message)."""

    layers: list | None
    kind: str
    message: str


def _with_input(layers, input_shape):
    layers = copy.deepcopy(layers)
    if layers and layers[0].get("class_name") == "InputLayer":
        layers[0].setdefault("config", {})["shape"] = [int(s) for s in input_shape]
    return layers


def _output_dense(layers):
    """The index of the Dense layer that makes the output (only elementwise layers after it), or None."""
    for i in range(len(layers) - 1, -1, -1):
        name = layers[i].get("class_name")
        if name == "Dense":
            return i
        if not getattr(LAYER_TYPES.get(name), "elementwise", False):
            return None
    return None


def _fits(layers, input_shape, task, output_units) -> bool:
    return validate_network(layers, input_shape, task, output_units).ok


def _adapt_output(layers, task, output_units):
    """``layers`` with the output Dense layer sized for the data (softmax for classes), or None."""
    i = _output_dense(layers)
    if i is None:
        return None, None
    layers = copy.deepcopy(layers)
    config = layers[i].setdefault("config", {})
    config["units"] = int(output_units)
    if task == "classification" and i == len(layers) - 1:
        config["activation"] = "softmax"
    elif task == "regression" and config.get("activation") in ("softmax", "sigmoid"):
        config["activation"] = "linear"
    return layers, i


def fit_network(layers, input_shape, task, output_units, replace=None) -> NetworkFit:
    """How ``layers`` becomes a network for data of ``input_shape`` with ``output_units`` classes
    (or targets). ``replace``: True always takes the suggested network, False never does, None
    takes it only when the network cannot take the data otherwise."""
    input_shape = tuple(int(s) for s in input_shape)
    what = (M_("notes", "{count} classes").format(count=output_units) if task == "classification"
            else M_("notes", "{count} target values").format(count=output_units))
    if replace:
        return NetworkFit(suggest_layers(input_shape, output_units), REPLACED,
                          M_("notes", "The network becomes the small network suggested for {data} and {what} "
                                      "(Undo brings yours back).").format(data=describe_shape(input_shape), what=what))
    moved = _with_input(layers, input_shape)
    input_changed = moved != layers
    if _fits(moved, input_shape, task, output_units):
        if not input_changed:
            return NetworkFit(None, KEEP, M_("notes", "The network fits the new data as it is."))
        return NetworkFit(moved, INPUT, M_("notes", "The network's input takes {data}.").format(
            data=describe_shape(input_shape)))
    adapted, index = _adapt_output(moved, task, output_units)
    if adapted is not None and _fits(adapted, input_shape, task, output_units):
        name = adapted[index]["config"].get("name", "dense")
        activation = adapted[index]["config"].get("activation", "linear")
        return NetworkFit(adapted, OUTPUT, M_("notes", "The output layer {layer} gets {units} units ({activation}), one "
                                                     "for each of the {what}; the input takes {data}.").format(
            layer=name, units=output_units, activation=activation, what=what, data=describe_shape(input_shape)))
    if replace is None and len(input_shape) == 3:
        return NetworkFit(suggest_layers(input_shape, output_units), REPLACED,
                          M_("notes", "Your network cannot take pictures: it becomes a small convolutional "
                                    "network for {what} (Undo brings yours back).").format(what=what))
    return NetworkFit(None, CANNOT, M_("notes", "The network does not fit the new data: see the message on the "
                                              "diagram."))
