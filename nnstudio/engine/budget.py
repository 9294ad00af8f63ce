"""How much memory a network needs, against what the computer has: checked from the layer shapes
before any weight is allocated (a typed ``Dense(100000000)`` must not take the machine down)."""

from __future__ import annotations

import math
import os

import numpy as np

#: float32 weights, their gradients and two optimizer slots (Adam's m and v)
BYTES_PER_TRAINED_PARAM = 4 * 4
#: above this, the network check warns (it still trains)
WARN_BYTES = 2 * 1024**3
#: the views that look inside a network build it only up to this many parameters
INSIGHT_MAX_PARAMS = 5_000_000
#: … and up to this many values per sample in any layer's output (a 64×64 picture through 64
#: filters); they run grids, test sets and probe batches through in batches cut to
#: ``INSIGHT_BATCH_VALUES`` (``insight_batch``)
INSIGHT_MAX_WIDTH = 262_144
#: the values the views' batches may hold in a layer's output at once: 4,096 samples of 8,192
#: values (128 MB in float32; a 10,000-point grid through such a layer once took 330 MB at once)
INSIGHT_BATCH_VALUES = 4_096 * 8_192
#: … and up to this many layers: every redraw runs a grid of points through each layer on the UI
#: thread, about 0.8 ms a layer (a pasted 10,000-layer network stopped the window for 7 s)
INSIGHT_MAX_LAYERS = 250


def outputs_per_sample(layers) -> int:
    """The numbers all of the built ``layers`` output for one sample."""
    return sum(math.prod(layer.output_shape) for layer in layers)


def widest_output(layers) -> int:
    """The most numbers one of the built ``layers`` outputs for one sample."""
    return max((math.prod(layer.output_shape) for layer in layers), default=0)


def insight_batch(values_per_sample: int, most: int) -> int:
    """How many samples (at most ``most``) the views run at once when each holds ``values_per_sample``."""
    return max(1, min(most, INSIGHT_BATCH_VALUES // max(1, values_per_sample)))


#: an export of more than this many bytes of weights asks first (it takes as much disk, and time)
EXPORT_WARN_BYTES = 256 * 1024**2


def export_bytes(params: int) -> int:
    """About what an export of ``params`` float32 weights writes (every format stores each once)."""
    return int(params) * 4


def machine_memory() -> int:
    """The computer's physical memory in bytes (8 GB when the system does not say)."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE")) * int(os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return 8 * 1024**3


def training_bytes(params: int) -> int:
    return int(params) * BYTES_PER_TRAINED_PARAM


def too_large_to_train(params: int) -> bool:
    """Whether training ``params`` parameters needs more memory than the computer has."""
    return training_bytes(params) > machine_memory()


def size_text(n: int) -> str:
    """``n`` bytes as a person reads them (``"1.9 GB"``)."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def parameter_count(layers, input_shape) -> int:
    """Parameters of engine ``layers`` on ``input_shape`` (no weights are made)."""
    shape, total = tuple(input_shape), 0
    for layer in layers:
        if type(layer).__name__ == "InputLayer":
            shape = tuple(layer.shape)
            continue
        total += sum(int(np.prod(s, dtype=object)) for s in layer.weight_shapes(shape).values())
        shape = tuple(layer.compute_output_shape(shape))
    return total
