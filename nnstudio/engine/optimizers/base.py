"""The optimizer protocol: ``make_slots(variable)`` creates per-variable state, ``update_step``
is the formula. ``apply(variables, gradients)`` counts the step and updates in place.

Hyperparameters are kept as Python floats so that float32 weights stay float32 (a NumPy
float64 scalar would promote the update under NumPy 2).

Every formula here is elementwise, which allows a fast path: when the variables are consecutive
views of one flat buffer and so are the gradients (as :class:`Sequential` lays them out), the
update runs once over the flat arrays — in cache-sized chunks, on several threads for large
networks when that measures faster — instead of once per variable. The per-variable ``slots``
are then views of flat slot arrays, so ``slots``, ``get_state`` and ``set_state`` look the same
either way.
"""

from __future__ import annotations

import numpy as np

from nnstudio.engine import parallel
from nnstudio.engine.flat_layout import tiled_base
from nnstudio.engine.optimizers.state import OptimizerState
from nnstudio.i18n import M_

#: elements per chunk of the flat update: m, v, g, w and a temporary (5 × 256 KB) stay in L2 cache
CHUNK = 65536
#: flat updates of at least this many elements are split across threads (below, threads cost more)
PARALLEL_MIN = 1 << 17


def check_number(arg, value, low=0.0, low_inclusive=True, high=None):
    ok = isinstance(value, (int, float, np.floating)) and not isinstance(value, bool) and np.isfinite(value)
    if ok:
        value = float(value)
        ok = (value >= low if low_inclusive else value > low) and (high is None or value < high)
    if not ok:
        op = "≥" if low_inclusive else ">"
        if high is None:
            raise ValueError(M_("errors", "Expected a number {op} {low:g}. Received: {arg}={value!r}")
                             .format(op=op, low=low, arg=arg, value=value))
        raise ValueError(M_("errors", "Expected a number {op} {low:g} and < {high:g}. Received: {arg}={value!r}")
                         .format(op=op, low=low, high=high, arg=arg, value=value))
    return value


class Optimizer:
    name = "optimizer"
    #: the formula's hyperparameters besides the learning rate: name -> (lowest, below) of a number
    #: (below None: no upper bound) or ``bool``; checked on construction, returned by get_config
    HYPERPARAMETERS: dict = {}

    def __init__(self, learning_rate=0.001, name=None, **kwargs):
        for k in ("weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema",
                  "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor",
                  "gradient_accumulation_steps", "amsgrad", "centered", "jit_compile"):
            v = kwargs.pop(k, None)
            if v not in (None, False, 0, 0.0, 0.99):
                raise ValueError(M_("errors", "{optimizer} does not support {arg}. Received: {arg}={value!r}")
                                 .format(optimizer=type(self).__name__, arg=k, value=v))
        if kwargs:
            key = next(iter(kwargs))
            raise ValueError(M_("errors", "Unrecognized argument for {optimizer}. Received: {arg}={value!r}")
                             .format(optimizer=type(self).__name__, arg=key, value=kwargs[key]))
        self.learning_rate = learning_rate
        if name:
            self.name = name
        self.iterations = 0
        self.slots: list[dict] | None = None
        self._flat = None  # (variables, flat weights, flat slots) when the slots are flat views
        self._plan = None  # (ids, (variables, gradients), chunk work list) of the last flat step
        self._threads = parallel.ThreadChoice()

    def set_hyperparameters(self, **values) -> None:
        """Check and keep hyperparameters named in ``HYPERPARAMETERS`` as Python floats (or bools)."""
        for arg, value in values.items():
            bounds = self.HYPERPARAMETERS[arg]
            setattr(self, arg, bool(value) if bounds is bool else check_number(arg, value, bounds[0], high=bounds[1]))

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        self._learning_rate = check_number("learning_rate", value, 0.0, low_inclusive=False)

    # ----- the formula ---------------------------------------------------------------
    def make_slots(self, variable) -> dict:
        return {}

    def prepare_step(self, step: int) -> None:
        """Per-step scalars shared by all variables (bias corrections): computed once per step."""

    def update_step(self, gradient, variable, learning_rate, slots) -> None:
        """The formula, in place on ``variable`` and ``slots``; elementwise (see the module doc)."""
        raise NotImplementedError

    # ----- driving it ----------------------------------------------------------------
    def build(self, variables):
        variables = list(variables)
        flat = tiled_base(variables)
        self._flat = self._plan = None
        if flat is None:
            self.slots = [self.make_slots(v) for v in variables]
            return
        flat_slots = self.make_slots(flat)
        self.slots, offset = [], 0
        for v in variables:
            self.slots.append({k: a[offset:offset + v.size].reshape(v.shape) for k, a in flat_slots.items()})
            offset += v.size
        self._flat = (variables, flat, flat_slots)

    def apply(self, variables, gradients):
        if self.slots is None or len(self.slots) != len(variables):
            self.build(variables)
        self.iterations += 1
        self.prepare_step(self.iterations)
        lr = self._learning_rate
        work = self._flat_work(variables, gradients)
        if work is None:
            for g, v, s in zip(gradients, variables, self.slots):
                self.update_step(g, v, lr, s)
        elif work[-1][3] >= PARALLEL_MIN:
            self._threads.run(self._update_chunks, work, lr)
        else:
            self._update_chunks(work, lr)

    def _update_chunks(self, chunks, lr):
        for g, v, s, _ in chunks:
            self.update_step(g, v, lr, s)

    def _flat_work(self, variables, gradients):
        """[(gradient chunk, variable chunk, slot chunks, end offset)] over the flat buffers, or None
        when the variables or gradients are not laid out flat (then the per-variable loop runs)."""
        plan = self._plan
        key = (*map(id, variables), None, *map(id, gradients))
        if plan is not None and plan[0] == key:  # the same arrays as last step (the plan keeps them alive)
            return plan[2]
        if self._flat is None or len(self._flat[0]) != len(variables) or not all(
                a is b for a, b in zip(self._flat[0], variables)):
            return None
        _, w, slots = self._flat
        g = tiled_base(list(gradients))
        if g is None or g.shape != w.shape:
            return None
        n = w.size
        work = [(g[s:s + CHUNK], w[s:s + CHUNK], {k: a[s:s + CHUNK] for k, a in slots.items()}, min(s + CHUNK, n))
                for s in range(0, n, CHUNK)]
        self._plan = (key, (list(variables), list(gradients)), work)
        return work

    def apply_gradients(self, grads_and_vars):
        """Keras's form: a list of (gradient, variable) pairs."""
        pairs = list(grads_and_vars)
        self.apply([v for _, v in pairs], [g for g, _ in pairs])

    # ----- state (saved with a project so training resumes exactly) -------------------
    def slot_scales(self) -> dict:
        """Per slot name, the factor between the number kept and the number the formula names
        (formula's value = kept × factor) when an optimizer keeps a slot rescaled to save passes
        over the weights; slots not listed are kept as they are."""
        return {}

    def get_state(self) -> OptimizerState:
        """A copy of this optimizer's memory: which optimizer, its step count and its slots as kept."""
        arrays = {}
        for i, s in enumerate(self.slots or []):
            for k, a in s.items():
                arrays[f"{i}/{k}"] = np.array(a, copy=True)
        return OptimizerState({"class_name": type(self).__name__, "config": self.get_config()}, self.iterations,
                              arrays, dict(self.slot_scales()))

    def set_state(self, state: OptimizerState, variables) -> None:
        """Continue from ``state`` (:meth:`get_state` of the same kind of optimizer, exactly, or
        :meth:`OptimizerState.from_values`); a ValueError when it belongs to another optimizer or
        network."""
        if state.class_name not in (None, type(self).__name__):
            raise ValueError(M_("errors", "The saved optimizer state is {saved}'s, not {optimizer}'s.")
                             .format(saved=state.class_name, optimizer=type(self).__name__))
        self.build(variables)
        given, own = state.scales, self.slot_scales()
        for key, a in state.slots.items():
            i, _, k = key.partition("/")
            i = int(i) if i.isdigit() else len(self.slots)
            if (i >= len(self.slots) or k not in self.slots[i] or self.slots[i][k].shape != np.shape(a)
                    or not np.issubdtype(np.asarray(a).dtype, np.floating)):
                self.build(variables)
                raise ValueError(M_("errors", "Saved optimizer state {key!r} does not match the network.")
                                 .format(key=key))
            factor = float(given.get(k, 1.0)) / own.get(k, 1.0)
            if factor == 1.0:
                self.slots[i][k][...] = a
            else:
                np.multiply(a, factor, out=self.slots[i][k], casting="unsafe")
        self.iterations = int(state.iterations)

    def get_config(self) -> dict:
        return {"name": self.name, "learning_rate": self._learning_rate,
                **{arg: getattr(self, arg) for arg in self.HYPERPARAMETERS}}

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        config.pop("name", None)
        return cls(**config)

    def __repr__(self):
        return f"{type(self).__name__}({self.get_config()})"
