"""The engine's layers as a list of framework-neutral steps, with the layout changes made explicit.

The engine is channels-last (N, H, W, C); ONNX Conv/MaxPool and torch's Conv2d want
channels-first (N, C, H, W). Each layer type's description says which layout it needs
(``LayerExport.layout`` in ``project.layer_types``): the plan switches an image to channels-first
just before a layer that slides a window over it and back to channels-last just before one that
reads the values in the engine's order (Flatten, Reshape, Dense) and at the output. Elementwise
layers run in whichever layout the tensor is in. ONNX and PyTorch code are both generated from
this plan, so the subtle part is written once; each layer step is written by its description.
"""

from __future__ import annotations

from dataclasses import dataclass

from nnstudio.engine import activations
from nnstudio.engine.layers import window_pads
from nnstudio.project.layer_types import LayerExport, layer_type


@dataclass(frozen=True)
class Step:
    op: str  # "layer" (written by ``export``) | "activation" | "to_channels_first" | "to_channels_last"
    layer: object = None
    export: LayerExport | None = None  # for op == "layer": how the layer type is written
    activation: object = None  # for op == "activation"
    axis: int = -1  # the channel axis of the step's input in the current layout (batch axis = 0): softmax's
    #                 axis, BatchNormalization's; 1 when channels-first
    pads: tuple = (0, 0, 0, 0)  # (top, bottom, left, right) for 'same' windows (TensorFlow puts the odd cell last)
    shape: tuple = ()  # the tensor's shape after the step, without batch, in the current layout
    channels_first: bool = False  # the layout after the step


def _to_first(shape):
    return (shape[2], shape[0], shape[1])


def _to_last(shape):
    return (shape[1], shape[2], shape[0])


def _channel_axis(shape, channels_first):
    return 1 if channels_first else len(shape)  # the engine's last axis, with the batch axis counted


def _pads(layer, export, shape):
    """TensorFlow's 'same' pads of a window over the channels-first image ``shape``."""
    if export.window is None:
        return (0, 0, 0, 0)
    (kh, kw), (sh, sw) = getattr(layer, export.window), layer.strides
    return window_pads(shape[1], kh, sh, layer.padding) + window_pads(shape[2], kw, sw, layer.padding)


def exporter_of(layer) -> LayerExport | None:
    described = layer_type(type(layer).__name__)
    return described.export if described is not None else None


def plan(model, dropout=False) -> list[Step]:
    """Steps computing ``model.predict``; Dropout steps only with ``dropout=True`` (code that trains)."""
    steps: list[Step] = []
    shape = tuple(model.input_shape)
    first = False  # current layout is channels-first
    for layer in model.layers:
        export = exporter_of(layer)
        if export is None:  # check_exportable refuses other layers before planning
            raise TypeError(f"no plan for layer type {type(layer).__name__}")
        if export.training_only and not dropout:
            continue
        if export.layout == "channels_first" and not first and len(shape) == 3:
            first, shape = True, _to_first(shape)
            steps.append(Step("to_channels_first", shape=shape, channels_first=True))
        elif export.layout == "channels_last" and first:
            first, shape = False, _to_last(shape)
            steps.append(Step("to_channels_last", shape=shape))
        axis, pads = _channel_axis(shape, first), _pads(layer, export, shape)
        out = tuple(layer.output_shape)
        first = first and len(out) == 3  # a tensor that is no image has one layout
        shape = _to_first(out) if first else out
        if export.onnx is not None or export.torch is not None:
            steps.append(Step("layer", layer=layer, export=export, axis=axis, pads=pads, shape=shape,
                              channels_first=first))
        if export.activation and not isinstance(layer.activation, activations.Linear):
            steps.append(Step("activation", layer=layer, activation=layer.activation,
                              axis=_channel_axis(shape, first), shape=shape, channels_first=first))
    if first:
        shape = _to_last(shape)
        steps.append(Step("to_channels_last", shape=shape))
    return steps
