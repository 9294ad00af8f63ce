"""A dense network seen as neurons and links: which layers are columns of neurons, and what each
neuron outputs over a set of inputs (e.g. the grid of a 2-D input plane, for thumbnails)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine.layers import Activation, BatchNormalization, Dense, Dropout, Flatten
from nnstudio.insight.outputs import layer_outputs

# Layers that pass each unit through on its own: they fold into the Dense column before them.
_PER_UNIT = (Activation, Dropout, BatchNormalization)


@dataclass(frozen=True)
class Column:
    """One column of neurons: the inputs (``layer_index`` None) or a Dense layer."""

    layer_index: int | None
    name: str
    units: int
    activation: str
    output_index: int | None   # the layer whose output is this column's neuron outputs


@dataclass(frozen=True)
class DenseNetwork:
    columns: tuple[Column, ...]

    @property
    def n_links(self) -> int:
        return sum(a.units * b.units for a, b in zip(self.columns, self.columns[1:]))


def dense_network(model) -> DenseNetwork | None:
    """The neuron-and-link picture of ``model``, or None when it has layers that are not per-unit
    (convolutions, pooling; a Flatten is allowed before the first Dense)."""
    n_inputs = int(np.prod(model.input_shape)) if model.input_shape else 0
    columns = [Column(None, "input", n_inputs, "", None)]
    seen_dense = False
    for i, layer in enumerate(model.layers):
        if isinstance(layer, Dense):
            columns.append(Column(i, layer.name, layer.units, layer.activation.name, i))
            seen_dense = True
        elif isinstance(layer, _PER_UNIT) and seen_dense:
            last = columns[-1]
            act = layer.activation.name if isinstance(layer, Activation) else last.activation
            columns[-1] = Column(last.layer_index, last.name, last.units, act, i)
        elif isinstance(layer, Flatten) and not seen_dense:
            continue
        else:
            return None
    if len(columns) < 2:
        return None
    return DenseNetwork(tuple(columns))


def input_names(dataset) -> list[str]:
    """Names of the model's inputs: the Playground features chosen for 2-D data (x1, x1^2, …),
    else the data's feature names."""
    if dataset.kind == "points2d":
        return list(dataset.spec.get("input_features") or dataset.feature_names)
    return list(dataset.feature_names)


def column_outputs(model, network: DenseNetwork, x) -> list[np.ndarray]:
    """Every column's neuron outputs for the model inputs ``x``: (n_samples, units) each."""
    outs = layer_outputs(model, x)
    flat = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
    return [flat if c.output_index is None else outs[c.output_index].reshape(len(x), -1)
            for c in network.columns]


def kernel_of(model, network: DenseNetwork, column: int) -> np.ndarray:
    """The (inputs, units) kernel feeding column ``column`` (1 = the first Dense layer)."""
    return model.layers[network.columns[column].layer_index].weights_dict["kernel"]


def bias_of(model, network: DenseNetwork, column: int) -> np.ndarray | None:
    return model.layers[network.columns[column].layer_index].weights_dict.get("bias")
