"""Layers of the engine, and the registry that turns ``{"class_name", "config"}`` into a layer."""

from nnstudio.engine.layers._windows import pads as window_pads
from nnstudio.engine.layers.activation import Activation, LeakyReLU, ReLU
from nnstudio.engine.layers.average_pooling import AveragePooling2D
from nnstudio.engine.layers.base import Layer
from nnstudio.engine.layers.conv import Conv2D
from nnstudio.engine.layers.core import Dense, Input, InputLayer
from nnstudio.engine.layers.dropout import Dropout
from nnstudio.engine.layers.global_pooling import GlobalAveragePooling2D
from nnstudio.engine.layers.normalization import BatchNormalization
from nnstudio.engine.layers.pooling import MaxPooling2D
from nnstudio.engine.layers.reshaping import Flatten, Reshape
from nnstudio.i18n import M_

LAYER_CLASSES = {
    cls.__name__: cls
    for cls in (InputLayer, Dense, Activation, ReLU, LeakyReLU, Dropout, BatchNormalization,
                Flatten, Reshape, Conv2D, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D)
}


def deserialize(spec: dict) -> Layer:
    """``{"class_name": "Dense", "config": {...}}`` -> a new (unbuilt) layer."""
    name = spec.get("class_name")
    if name not in LAYER_CLASSES:
        raise ValueError(M_("errors", "Unknown layer type {name!r}. Supported layers: {supported}. "
                            "Received: class_name={name!r}").format(name=name, supported=", ".join(LAYER_CLASSES)))
    return LAYER_CLASSES[name].from_config(dict(spec.get("config") or {}))


def serialize(layer: Layer) -> dict:
    return {"class_name": type(layer).__name__, "config": layer.get_config()}


__all__ = ["Layer", "Input", "InputLayer", "Dense", "Activation", "ReLU", "LeakyReLU", "Dropout",
           "BatchNormalization", "Flatten", "Reshape", "Conv2D", "MaxPooling2D", "AveragePooling2D",
           "GlobalAveragePooling2D", "deserialize",
           "serialize", "LAYER_CLASSES", "window_pads"]
