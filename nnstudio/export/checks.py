"""``check_exportable``: refuse, before anything is written, a model a format cannot represent,
naming the layer and why."""

from __future__ import annotations

import numpy as np

from nnstudio.engine import activations
from nnstudio.engine.layers import LAYER_CLASSES
from nnstudio.engine.saving import check_keras_compatible
from nnstudio.errors import ExportError
from nnstudio.i18n import M_
from nnstudio.project.export_formats import EXPORT_FORMATS
from nnstudio.project.layer_types import layer_type

FORMATS = {key: f.suffix for key, f in EXPORT_FORMATS.items()}
FORMAT_TITLES = {key: f.title for key, f in EXPORT_FORMATS.items()}


def check_format(fmt) -> str:
    if not isinstance(fmt, str) or fmt not in FORMATS:
        raise ExportError(M_("errors", "Unknown export format {format!r}. Choose one of: {formats}.")
                          .format(format=fmt, formats=", ".join(FORMATS)))
    return fmt


def _check_layers(model, title):
    known = set(LAYER_CLASSES.values())
    seen = set()
    for layer in model.layers:
        kind = type(layer).__name__
        described = layer_type(kind)
        if type(layer) not in known or described is None or described.export is None:
            raise ExportError(M_("errors", "Layer '{layer}' ({kind}) cannot be exported to {title}: NN Studio "
                                           "does not know how to write this layer type.")
                              .format(layer=layer.name, kind=kind, title=title))
        if layer.name in seen:
            raise ExportError(M_("errors", "Two layers are called '{layer}'; {title} keys weights by layer name. "
                                           "Rename one of them.").format(layer=layer.name, title=title))
        seen.add(layer.name)
        fn = getattr(layer, "activation", None)
        if fn is not None and type(fn) is not type(activations.get(fn.name)):
            raise ExportError(M_("errors", "Layer '{layer}' ({kind}) uses an activation ({activation}) that "
                                           "cannot be exported to {title}.")
                              .format(layer=layer.name, kind=kind, activation=type(fn).__name__, title=title))
        for name, w in layer.weights_dict.items():
            if not np.all(np.isfinite(w)):
                raise ExportError(M_("errors", "Layer '{layer}' cannot be exported to {title}: its {weight} contains "
                                               "NaN or infinite values (did training diverge?). Reset or retrain "
                                               "the network.").format(layer=layer.name, title=title, weight=name))


def _check_pytorch(model):
    """What a layer type's description says PyTorch code cannot write."""
    for layer in model.layers:
        refusal = layer_type(type(layer).__name__).export.torch_refusal
        reason = refusal(layer) if refusal is not None else None
        if reason is not None:
            raise ExportError(reason)


def check_exportable(model, fmt) -> None:
    """Raise ExportError naming the layer and why ``model`` cannot be written as ``fmt``."""
    fmt = check_format(fmt)
    title = FORMAT_TITLES[fmt]
    if not getattr(model, "built", False) or model.input_shape is None:
        raise ExportError(M_("errors", "The model has no input shape yet, so it cannot be exported to {title}: "
                                       "add an Input layer (or train it once) first.").format(title=title))
    if not model.layers:
        raise ExportError(M_("errors", "The model has no layers to export to {title}.").format(title=title))
    _check_layers(model, title)
    if fmt in ("keras", "keras-weights", "keras-code"):
        check_keras_compatible(model, title)
    if fmt == "pytorch-code":
        _check_pytorch(model)
