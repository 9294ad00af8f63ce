"""Per-layer statistics on a probe batch of training data: the share of dead ReLU units and the
gradient each weight gets. Both in inference mode (no dropout masks, batch-norm statistics left
alone), so computing them changes nothing and draws no random numbers."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine import activations
from nnstudio.engine.layers import Activation, Conv2D, Dense


def is_relu_layer(layer) -> bool:
    """True when the layer's output is a ReLU (Dense/Conv2D with relu, a ReLU or Activation('relu'))."""
    if isinstance(layer, (Dense, Conv2D, Activation)):
        return isinstance(layer.activation, activations.ReLU)
    return False


@dataclass(frozen=True)
class DeadUnits:
    layer_index: int
    layer_name: str
    dead: int
    total: int

    @property
    def share(self) -> float:
        return self.dead / self.total if self.total else 0.0


def dead_relu_units(layer_outputs, model) -> list[DeadUnits]:
    """For each ReLU layer: units (Dense units, Conv2D filters) whose output is 0 for every
    sample of the batch the outputs came from."""
    result = []
    for i, (layer, out) in enumerate(zip(model.layers, layer_outputs)):
        if not is_relu_layer(layer):
            continue
        per_unit = np.asarray(out).reshape(-1, out.shape[-1])   # samples (× positions) by unit
        alive = (per_unit > 0).any(axis=0)
        result.append(DeadUnits(i, layer.name, int((~alive).sum()), int(alive.size)))
    return result


def probe_gradients(model, x, y, n_classes=0) -> list[tuple[int, str, np.ndarray]]:
    """(layer index, weight name, gradient) for every trainable weight, on one batch, without
    changing the model. ``y`` as the dataset gives it (class indices or values)."""
    from nnstudio.project.model_factory import prepare_targets

    n_units = model.output_shape[-1] if model.output_shape else 1
    y = prepare_targets(model.loss, np.asarray(y), n_classes, n_units)
    x, y = model.prepare(x, y)
    out = model.forward(x, False)
    _, dy = model.loss.forward_backward(y, out)
    model.backward(dy)
    grads = []
    for i, layer in enumerate(model.layers):
        if layer.trainable:
            for name in layer.trainable_names:
                grads.append((i, name, np.array(layer.grads[name], copy=True)))
    return grads
