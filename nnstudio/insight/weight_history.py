"""Weights and gradients of each layer over the epochs: one histogram per snapshot, kept on a
shared scale (:class:`GrowingHistogram`) so they form a histogram-versus-epoch heatmap.

Weight snapshots come from the document's weights as they arrive (one per epoch while training);
gradient snapshots are computed on a probe batch for the newest weights only, when the views
ask (at most a few times a second), because each costs a forward and a backward pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.insight.histograms import GrowingHistogram


@dataclass
class LayerHistory:
    layer_index: int
    layer_name: str
    class_name: str
    weight_index: int                 # position of the kernel in the Keras-order weight list
    weights: GrowingHistogram = field(default_factory=GrowingHistogram)
    gradients: GrowingHistogram = field(default_factory=GrowingHistogram)


def kernel_positions(model) -> list[tuple[int, str, str, int]]:
    """(layer index, layer name, class name, index in get_weights()) of every kernel."""
    result, flat = [], 0
    for i, layer in enumerate(model.layers):
        for name in layer.weights_dict:
            if name == "kernel":
                result.append((i, layer.name, type(layer).__name__, flat))
            flat += 1
    return result


class WeightHistory:
    def __init__(self):
        self.layers: list[LayerHistory] = []
        self._key = None

    def reset(self, model):
        """Start afresh for ``model``'s layers (a new network or new data)."""
        self.layers = [LayerHistory(i, name, cls, w) for i, name, cls, w in kernel_positions(model)]
        self._key = tuple((h.layer_index, h.weight_index) for h in self.layers)

    def ensure(self, model):
        key = tuple((i, w) for i, _, _, w in kernel_positions(model))
        if key != self._key:
            self.reset(model)

    def record_weights(self, label: int, weights):
        """A snapshot of the document's weight list (Keras order)."""
        for h in self.layers:
            if h.weight_index < len(weights):
                h.weights.add(weights[h.weight_index], label)

    def record_gradients(self, label: int, gradients):
        """``gradients``: (layer index, weight name, array) as :func:`probe_gradients` gives."""
        by_layer = {i: g for i, name, g in gradients if name == "kernel"}
        for h in self.layers:
            if h.layer_index in by_layer:
                h.gradients.add(by_layer[h.layer_index], label)

    def latest_label(self) -> int | None:
        for h in self.layers:
            if h.weights.labels:
                return h.weights.labels[-1]
        return None
