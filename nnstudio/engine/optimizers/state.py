"""An optimizer's memory besides the weights, as one value: which optimizer, how many steps it
has taken and its slots (Adam's m and v, SGD's momentum buffer …), one array per trainable weight.

The optimizer writes it (:meth:`Optimizer.get_state`) and reads it back
(:meth:`Optimizer.set_state`); a file stores :meth:`OptimizerState.to_arrays` and reads them with
:meth:`OptimizerState.from_arrays`, so a saved project trains on exactly as if it had never been
closed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np


@dataclass
class OptimizerState:
    #: ``optimizers.serialize(optimizer)``: ``{"class_name", "config"}`` (None: not known)
    optimizer: dict | None
    iterations: int
    #: ``"<trainable weight index>/<slot name>"`` → the array as the optimizer keeps it
    slots: dict = field(default_factory=dict)
    #: per slot name, the factor from the kept number to the formula's (Adam keeps m/(1−β₁) to
    #: save passes over the weights); slots not listed are kept as the formula names them
    scales: dict = field(default_factory=dict)

    @property
    def class_name(self) -> str | None:
        return (self.optimizer or {}).get("class_name")

    def values(self) -> dict:
        """The slots as the update formula names them (torch.optim's m and v), keyed like ``slots``.

        A rescaled float32 slot comes back in float64: kept × factor in float64 divided by the
        factor again rounds to the very same float32, so reading the values back is exact."""
        out = {}
        for key, a in self.slots.items():
            factor = float(self.scales.get(key.split("/", 1)[1], 1.0))
            out[key] = a if factor == 1.0 else np.multiply(a, factor, dtype=np.float64)
        return out

    @classmethod
    def from_values(cls, optimizer: dict | None, iterations: int, values: dict) -> "OptimizerState":
        """A state from the formula's values (a saved project, a Keras file)."""
        return cls(optimizer=copy.deepcopy(optimizer), iterations=int(iterations), slots=dict(values))

    def to_arrays(self) -> dict:
        """What a file stores: ``"iterations"`` and ``"slots/<key>"`` (the formula's values)."""
        arrays = {"iterations": np.asarray(int(self.iterations))}
        arrays.update({f"slots/{k}": np.asarray(a) for k, a in self.values().items()})
        return arrays

    @classmethod
    def from_arrays(cls, optimizer: dict | None, arrays: dict) -> "OptimizerState | None":
        """The state :meth:`to_arrays` stored (None when it stored none)."""
        if "iterations" not in arrays:
            return None
        values = {k[len("slots/"):]: a for k, a in arrays.items() if k.startswith("slots/")}
        return cls.from_values(optimizer, int(arrays["iterations"]), values)

    def copy(self) -> "OptimizerState":
        return OptimizerState(copy.deepcopy(self.optimizer), self.iterations,
                              {k: np.array(a, copy=True) for k, a in self.slots.items()}, dict(self.scales))

    def __deepcopy__(self, memo):
        return self.copy()
