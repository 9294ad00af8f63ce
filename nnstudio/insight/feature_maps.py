"""Inside a convolutional network: what each Conv2D layer makes of one picture (its feature
maps) and what its filters look for, as arrays the views turn into small pictures."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine import backend


@dataclass(frozen=True)
class ConvLayerPictures:
    """One Conv2D layer for one input picture."""

    layer_index: int
    layer_name: str
    maps: np.ndarray        # (filters, h, w): the layer's output channels for the picture
    filters: np.ndarray     # (filters, kh, kw) weights averaged over input channels, or (filters, kh, kw, 3)
    colour_filters: bool    # True when ``filters`` are RGB (a first layer reading colour pictures)


def conv_layer_indices(model) -> list[int]:
    return [i for i, layer in enumerate(model.layers) if type(layer).__name__ == "Conv2D"]


def filter_pictures(layer):
    """``(filters, kh, kw)`` — each filter's weights averaged over its input channels — or
    ``(filters, kh, kw, 3)`` for a layer reading three channels (a colour picture)."""
    kernel = np.asarray(layer.weights_dict["kernel"], dtype=np.float64)  # (kh, kw, in, out)
    if kernel.shape[2] == 3:
        return np.transpose(kernel, (3, 0, 1, 2)), True
    return np.transpose(kernel.mean(axis=2), (2, 0, 1)), False


def conv_pictures(model, x_one) -> list[ConvLayerPictures]:
    """Forward one model input (already featurized, no batch axis) in inference mode and keep
    every Conv2D layer's output channels and filters."""
    x = backend.as_float_array(np.asarray(x_one)[None])
    result = []
    for i, layer in enumerate(model.layers):
        x = layer.forward(x, False)
        if type(layer).__name__ == "Conv2D":
            filters, colour = filter_pictures(layer)
            maps = np.transpose(np.array(x[0], dtype=np.float64, copy=True), (2, 0, 1))
            result.append(ConvLayerPictures(i, layer.name, maps, filters, colour))
    return result
