"""A training step split by samples over the engine's threads (data parallelism inside one step).

Each thread runs forward, loss and backward on its own contiguous part of the batch (a shard),
with BLAS on one thread per call; the shards' gradients are then summed in shard order. Every
NumPy pass of the step (patch copies, poolings, activations) so runs on all cores at once,
where splitting each pass on its own costs a hand-over per pass, and BLAS's threads wait
between the products.

A model is split only when every layer treats samples one by one (``Layer.per_sample``: batch
normalization mixes samples and dropout draws masks) and a step has enough work to pay for the
hand-over. Which batches are split and how depends only on the model, the batch's size and
``parallel.num_threads()``, never on timing, so a run repeats exactly.
"""

from __future__ import annotations

import numpy as np

from nnstudio.engine import blas_threads, parallel
from nnstudio.engine.budget import outputs_per_sample
from nnstudio.engine.layers.base import backward_through, forward_through

#: fewest samples in a shard
MIN_SHARD = 8
#: numbers the layers output in a step (see ``outputs_per_sample``) below which a step is not
#: split. The NumPy passes that splitting spreads over the cores grow with them (BLAS already
#: spreads the products); below this the hand-over (about 0.3 ms on 2 cores) costs more than it
#: saves. ``benchmarks/sharded_step.py`` prints the measurements: on 2 cores a convolutional
#: network gains about 25 % from 600,000 on; a dense one gains little at any size.
MIN_OUTPUTS = 600_000


class Sharding:
    """How one built model splits its training steps; the shards' copies of the layers keep
    their buffers here from step to step (``Sequential`` makes a new one on each build)."""

    def __init__(self, model):
        self.model = model
        layers = model.layers
        self.possible = bool(layers) and all(layer.per_sample for layer in layers)
        self.outputs = outputs_per_sample(layers) if self.possible else 0
        # (layer index, weight name) of every trainable weight, for summing the shards' gradients
        index = {id(layer): i for i, layer in enumerate(layers)}
        self._variables = [(index[id(layer)], name) for layer, name in model._variables]
        self._states: dict[int, list[dict]] = {}

    def parts(self, n):
        """Contiguous (start, stop) shards of a batch of ``n`` samples, or None to train it whole."""
        k = min(parallel.num_threads(), n // MIN_SHARD)
        if not self.possible or k < 2 or n * self.outputs < MIN_OUTPUTS or not blas_threads.controllable():
            return None
        bounds = [round(i * n / k) for i in range(k + 1)]
        return list(zip(bounds[:-1], bounds[1:]))

    def step(self, x, y, parts):
        """Forward, loss and backward over ``parts`` of the batch (x, y): the model's layers take
        the first part and fill their ``grads`` with the whole batch's gradients. Returns the
        batch's loss (before regularization) and its output."""
        model, n = self.model, len(x)
        results = [None] * len(parts)

        def run(shards):
            for i in shards:
                start, stop = parts[i]
                layers = model.layers if i == 0 else self._copies(i)
                out = forward_through(layers, x[start:stop], True)
                loss, dy = model.loss.forward_backward(y[start:stop], out)
                share = (stop - start) / n  # the loss is a mean over samples: each shard's part of it
                backward_through(layers, dy * dy.dtype.type(share))
                results[i] = (loss * share, out, layers)

        with blas_threads.one_thread_per_call():
            parallel.run_parallel(run, range(len(parts)), threads=len(parts))
        for _, _, layers in results[1:]:
            for i, name in self._variables:
                model.layers[i].grads[name] += layers[i].grads[name]
        loss = sum(r[0] for r in results)
        return loss, np.concatenate([r[1] for r in results])

    def _copies(self, shard):
        states = self._states.get(shard)
        if states is None:
            states = self._states[shard] = [layer.shard_state() for layer in self.model.layers]
        return [layer.shard_copy(state) for layer, state in zip(self.model.layers, states)]
