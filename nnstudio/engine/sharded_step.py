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

import copy
import weakref

import numpy as np

from nnstudio.engine import blas_threads, parallel, part_processes
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
        self._model = weakref.ref(model)  # the model owns this: its helpers stop when it goes
        layers = model.layers
        self.possible = bool(layers) and all(layer.per_sample for layer in layers)
        self.outputs = outputs_per_sample(layers) if self.possible else 0
        # (layer index, weight name) of every trainable weight, for summing the shards' gradients
        index = {id(layer): i for i, layer in enumerate(layers)}
        self._variables = [(index[id(layer)], name) for layer, name in model._variables]
        self._states: dict[int, list[dict]] = {}
        self._split_steps = 0
        self._helpers: list | None = None  # part_processes.Helper per part beyond the first, once started
        self._flat = None  # this step's (weights, grads) flat arrays (part_processes.flat_arrays)

    @property
    def model(self):
        return self._model()

    def __deepcopy__(self, memo):
        """The copy serves the model's copy (``copy.deepcopy(model)``) and starts its own helpers."""
        twin = memo[id(self)] = Sharding.__new__(Sharding)
        for key, value in self.__dict__.items():
            if key == "_model":
                model = value()
                value = weakref.ref(memo.get(id(model), model))
            elif key in ("_helpers", "_flat"):
                value = None
            else:
                value = copy.deepcopy(value, memo)
            setattr(twin, key, value)
        return twin

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
        helpers = self._ready_helpers(len(parts) - 1, len(x))
        if helpers:
            return self._step_with_helpers(x, y, parts, helpers)
        model, n = self.model, len(x)
        results = [None] * len(parts)

        def run(shards):
            for i in shards:
                start, stop = parts[i]
                layers = model.layers if i == 0 else self._copies(i)
                results[i] = (*part_pass(layers, model.loss, x[start:stop], y[start:stop], (stop - start) / n),
                              layers)

        with blas_threads.one_thread_per_call():
            parallel.run_parallel(run, range(len(parts)), threads=len(parts))
        for _, _, layers in results[1:]:
            self._add_grads(layers)
        loss = sum(r[0] for r in results)
        return loss, np.concatenate([r[1] for r in results])

    # ----- parts in helper processes (part_processes.py) -------------------------------------
    def _ready_helpers(self, count, n):
        """The helper processes for parts 1…``count`` of a batch of ``n``, once all are ready; else
        None (the threads take the parts). Helpers start after ``START_AFTER`` split steps, and
        take steps whose layers output at least ``OUTPUTS_PER_WEIGHT`` numbers per weight."""
        self._split_steps += 1
        # looked at on every step: a layer may give a weight a gradient buffer of its own
        # (Layer.grad_buffer, for another dtype), and the flat arrays no longer hold it
        flat = self._flat = part_processes.flat_arrays(self.model)
        if flat is None or n * self.outputs < part_processes.OUTPUTS_PER_WEIGHT * flat[0].size:
            return None
        if self._helpers is None:
            if self._split_steps < part_processes.START_AFTER or not part_processes.enabled():
                return None
            self._helpers = []
            spec = part_processes.model_spec(self.model)
            try:
                for _ in range(count if spec else 0):
                    self._helpers.append(part_processes.Helper(spec))
            except OSError:  # no process can be started here: the threads keep every part
                self._drop_helpers()
            return None
        helpers = self._helpers
        if any(h.failed for h in helpers):
            self._drop_helpers()
            return None
        if len(helpers) < count or not all(h.ready for h in helpers[:count]):
            return None
        return helpers[:count]

    def _step_with_helpers(self, x, y, parts, helpers):
        """``step`` with parts 1… in the helper processes. A part whose helper fails runs here
        instead (the same numbers), and the threads take every part from then on."""
        model, n = self.model, len(x)
        weights, grads = self._flat  # as _ready_helpers found them for this step
        out_per_sample = 8 * int(np.prod(model.layers[-1].output_shape))  # room for float64 outputs

        def piece(a, i):
            return a[parts[i][0]:parts[i][1]]

        def share(i):
            return (parts[i][1] - parts[i][0]) / n

        started = {}
        for i, helper in enumerate(helpers, 1):
            try:
                helper.start_part(weights, piece(x, i), piece(y, i), share(i), out_per_sample * len(piece(x, i)))
                started[i] = helper
            except Exception:
                helper.fail()
        with blas_threads.one_thread_per_call(), parallel.inline():
            try:
                results = [part_pass(model.layers, model.loss, piece(x, 0), piece(y, 0), share(0))]
            except BaseException:  # the helpers' replies to this step are read, not left for the next
                for helper in started.values():
                    helper.discard_part()
                raise
            for i in range(1, len(parts)):  # gradients summed in part order, as on threads
                result = None
                if i in started:
                    try:
                        result = started[i].finish_part(grads)
                    except Exception:
                        started[i].fail()
                if result is None:
                    layers = self._copies(i)
                    result = part_pass(layers, model.loss, piece(x, i), piece(y, i), share(i))
                    self._add_grads(layers)
                results.append(result)
        if any(h.failed for h in helpers):
            self._drop_helpers()
        loss = sum(r[0] for r in results)
        return loss, np.concatenate([r[1] for r in results])

    def _drop_helpers(self):
        """Stop the helpers for good: the threads take every part from now on."""
        self.release_helpers()
        self._helpers = []

    def release_helpers(self):
        """Stop the helpers; after ``START_AFTER`` more split steps new ones start."""
        for helper in self._helpers or ():
            helper.close()
        self._helpers, self._split_steps = None, 0

    def _add_grads(self, layers):
        for i, name in self._variables:
            self.model.layers[i].grads[name] += layers[i].grads[name]

    def _copies(self, shard):
        states = self._states.get(shard)
        if states is None:
            states = self._states[shard] = [layer.shard_state() for layer in self.model.layers]
        return [layer.shard_copy(state) for layer, state in zip(self.model.layers, states)]


def part_pass(layers, loss_fn, x, y, share):
    """Forward, loss and backward of one part of a batch through ``layers`` (filling their
    ``grads``); ``share`` is the part's share of the batch, as the loss is a mean over samples.
    Returns the part's share of the loss and its output. Threads and helper processes alike."""
    out = forward_through(layers, x, True)
    loss, dy = loss_fn.forward_backward(y, out)
    backward_through(layers, dy * dy.dtype.type(share))
    return loss * share, out
