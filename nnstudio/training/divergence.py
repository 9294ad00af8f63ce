"""When is a run diverging? A loss that is not a number, or one that has exploded.

Plain SGD with a far too high learning rate rarely reaches NaN on a small classifier: the
cross-entropy from logits stays finite while the loss jumps around at many times its starting
value and accuracy falls below chance. So besides non-finite values we compare the loss with a
*reference*: the larger of the run's first batch loss and the loss of a know-nothing model
(uniform class probabilities, or always predicting the mean target). An epoch whose loss is
more than ``EPOCH_FACTOR`` times that, or a single batch above ``BATCH_FACTOR`` times it, is
called diverged.
"""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine import losses
from nnstudio.i18n import M_

EPOCH_FACTOR = 4.0
BATCH_FACTOR = 25.0

NAN_MESSAGE = M_("errors", "The training diverged: the loss became too large to compute (not a number). "
                           "The weights of the last good epoch were restored. Try a lower learning rate.")


def chance_loss(loss, y, output_units, sample=2048) -> float:
    """The loss of a model that has learnt nothing: uniform probabilities for classes, the mean
    target for regression (computed on at most ``sample`` targets)."""
    y = np.asarray(y)[:sample]
    if len(y) == 0:
        return 0.0
    if isinstance(loss, (losses.SparseCategoricalCrossentropy, losses.CategoricalCrossentropy)):
        return math.log(max(2, int(output_units)))
    if isinstance(loss, losses.BinaryCrossentropy):
        return math.log(2.0)
    target = np.asarray(y, dtype=np.float64).reshape(len(y), -1)
    mean = np.broadcast_to(target.mean(axis=0, keepdims=True), target.shape)
    try:
        return float(loss(target, mean))
    except (ValueError, TypeError):
        return 0.0


class DivergenceGuard:
    """Watches a run's losses; ``check_*`` return None while fine, else a plain-words message."""

    def __init__(self, chance: float):
        self.chance = float(chance) if math.isfinite(chance) else 0.0
        self.first: float | None = None

    @property
    def reference(self) -> float:
        return max(self.chance, self.first or 0.0, 1e-12)

    def check_batch(self, loss: float, learning_rate: float) -> str | None:
        if not math.isfinite(loss):
            return NAN_MESSAGE
        if self.first is None:
            self.first = float(loss)
            return None
        if loss > BATCH_FACTOR * self.reference:
            return self._exploded(loss, learning_rate)
        return None

    def check_epoch(self, loss: float, weights_finite: bool, learning_rate: float) -> str | None:
        if not (math.isfinite(loss) and weights_finite):
            return NAN_MESSAGE
        if loss > EPOCH_FACTOR * self.reference:
            return self._exploded(loss, learning_rate)
        return None

    def _exploded(self, loss, learning_rate):
        return M_("errors", "The training diverged: the loss grew to {factor:.0f} times its starting value "
                            "instead of falling. The weights of the last good epoch were restored. "
                            "Try a lower learning rate (for example {suggestion:g}).").format(
            factor=loss / self.reference, suggestion=learning_rate / 10)
