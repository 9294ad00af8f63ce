"""The engine's layers as a list of framework-neutral steps, with the layout changes made explicit.

The engine is channels-last (N, H, W, C); ONNX Conv/MaxPool and torch's Conv2d want
channels-first (N, C, H, W). The plan switches to channels-first just before the first
convolution or pooling and back to channels-last just before a Flatten or Reshape (so that
flattening reads the numbers in the engine's order) and at the output. Elementwise layers and
BatchNormalization run in whichever layout the tensor is in. ONNX and PyTorch code are both
generated from this plan, so the subtle part is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from nnstudio.engine import activations
from nnstudio.engine.layers import window_pads
from nnstudio.project.layer_types import layer_type

#: steps that slide a window over a channels-first image
WINDOW_OPS = ("conv", "maxpool", "avgpool")


@dataclass(frozen=True)
class Step:
    op: str  # to_channels_first | to_channels_last | dense | conv | maxpool | avgpool | global_avgpool
    #          | batchnorm | activation | flatten | reshape | dropout
    layer: object = None
    activation: object = None  # for op == "activation"
    axis: int = -1  # softmax axis, BatchNormalization's channel axis, or global_avgpool's first image axis
    #                 (its height; the width follows), in the current layout (batch axis = 0)
    pads: tuple = (0, 0, 0, 0)  # (top, bottom, left, right) for 'same' windows (TensorFlow puts the odd cell last)
    shape: tuple = ()  # the tensor's shape after the step, without batch, in the current layout
    channels_first: bool = False  # the layout after the step


def _to_first(shape):
    return (shape[2], shape[0], shape[1])


def _activation_step(fn, shape, channels_first, layer):
    axis = 1 if channels_first else len(shape)  # the engine's last axis, with the batch axis counted
    return Step("activation", layer=layer, activation=fn, axis=axis, shape=shape, channels_first=channels_first)


def plan(model, dropout=False) -> list[Step]:
    """Steps computing ``model.predict``; Dropout steps only with ``dropout=True`` (code that trains).
    Each layer type's step is its ``plan_op`` (``project.layer_types``)."""
    steps: list[Step] = []
    shape = tuple(model.input_shape)
    first = False  # current layout is channels-first
    for layer in model.layers:
        kind = type(layer).__name__
        op = getattr(layer_type(kind), "plan_op", None)
        out = tuple(layer.output_shape)
        if op in WINDOW_OPS:
            if not first:
                first = True
                shape = _to_first(shape)
                steps.append(Step("to_channels_first", shape=shape, channels_first=True))
            h, w = shape[1], shape[2]
            k = layer.kernel_size if op == "conv" else layer.pool_size
            (kh, kw), (sh, sw) = k, layer.strides
            pads = window_pads(h, kh, sh, layer.padding) + window_pads(w, kw, sw, layer.padding)
            shape = _to_first(out)
            steps.append(Step(op, layer=layer, pads=pads, shape=shape, channels_first=True))
            if op == "conv" and not isinstance(layer.activation, activations.Linear):
                steps.append(_activation_step(layer.activation, shape, True, layer))
        elif op == "global_avgpool":   # the mean over the image's two axes, in either layout
            axis = 2 if first else 1
            first, shape = False, out
            steps.append(Step(op, layer=layer, axis=axis, shape=shape))
        elif op in ("flatten", "reshape"):
            if first:
                first = False
                shape = (shape[1], shape[2], shape[0])
                steps.append(Step("to_channels_last", shape=shape))
            shape = out
            steps.append(Step(op, layer=layer, shape=shape))
        elif op == "dense":
            shape = out
            steps.append(Step("dense", layer=layer, shape=shape))
            if not isinstance(layer.activation, activations.Linear):
                steps.append(_activation_step(layer.activation, shape, False, layer))
        elif op == "batchnorm":
            if not first and len(shape) == 3:  # an image in channels-last order: normalise it channels-first
                first = True
                shape = _to_first(shape)
                steps.append(Step("to_channels_first", shape=shape, channels_first=True))
            axis = 1 if first or len(shape) == 1 else len(shape)
            steps.append(Step("batchnorm", layer=layer, axis=axis, shape=shape, channels_first=first))
        elif op == "activation":
            if not isinstance(layer.activation, activations.Linear):
                steps.append(_activation_step(layer.activation, shape, first, layer))
        elif op == "dropout":
            if dropout:
                steps.append(Step("dropout", layer=layer, shape=shape, channels_first=first))
        else:  # check_exportable refuses other layers before planning
            raise TypeError(f"no plan for layer type {kind}")
    if first:
        shape = (shape[1], shape[2], shape[0])
        steps.append(Step("to_channels_last", shape=shape))
    return steps
