"""``check_exportable``: refuse, before anything is written, a model a format cannot represent,
naming the layer and why."""

from __future__ import annotations

import numpy as np

from nnstudio.engine import activations
from nnstudio.engine.layers import LAYER_CLASSES
from nnstudio.engine.saving import check_keras_compatible
from nnstudio.errors import ExportError

FORMATS = {"npz": ".npz", "json": ".json", "keras": ".keras", "keras-weights": ".weights.h5",
           "onnx": ".onnx", "keras-code": ".py", "pytorch-code": ".py"}

FORMAT_TITLES = {"npz": "a NumPy .npz file", "json": "a JSON file", "keras": "a Keras .keras file",
                 "keras-weights": "a Keras .weights.h5 file", "onnx": "ONNX", "keras-code": "Keras code",
                 "pytorch-code": "PyTorch code"}


def check_format(fmt) -> str:
    if not isinstance(fmt, str) or fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
    return fmt


def _check_layers(model, title):
    known = set(LAYER_CLASSES.values())
    seen = set()
    for layer in model.layers:
        kind = type(layer).__name__
        if type(layer) not in known:
            raise ExportError(f"Layer '{layer.name}' ({kind}) cannot be exported to {title}: NN Studio does not "
                              f"know how to write this layer type.")
        if layer.name in seen:
            raise ExportError(f"Two layers are called '{layer.name}'; {title} keys weights by layer name. "
                              f"Rename one of them.")
        seen.add(layer.name)
        fn = getattr(layer, "activation", None)
        if fn is not None and type(fn) is not type(activations.get(fn.name)):
            raise ExportError(f"Layer '{layer.name}' ({kind}) uses an activation ({type(fn).__name__}) that "
                              f"cannot be exported to {title}.")
        for name, w in layer.weights_dict.items():
            if not np.all(np.isfinite(w)):
                raise ExportError(f"Layer '{layer.name}' cannot be exported to {title}: its {name} contains "
                                  f"NaN or infinite values (did training diverge?). Reset or retrain the network.")


def _check_pytorch(model):
    for layer in model.layers:
        if type(layer).__name__ == "BatchNormalization" and len(layer.input_shape) > 3:
            raise ExportError(f"Layer '{layer.name}' (BatchNormalization) cannot be exported to PyTorch code: "
                              f"torch normalises tensors of at most 3 axes per sample, and this one gets "
                              f"{len(layer.input_shape)}.")


def check_exportable(model, fmt) -> None:
    """Raise ExportError naming the layer and why ``model`` cannot be written as ``fmt``."""
    fmt = check_format(fmt)
    title = FORMAT_TITLES[fmt]
    if not getattr(model, "built", False) or model.input_shape is None:
        raise ExportError(f"The model has no input shape yet, so it cannot be exported to {title}: "
                          f"add an Input layer (or train it once) first.")
    if not model.layers:
        raise ExportError(f"The model has no layers to export to {title}.")
    _check_layers(model, title)
    if fmt in ("keras", "keras-weights", "keras-code"):
        check_keras_compatible(model, title)
    if fmt == "pytorch-code":
        _check_pytorch(model)
