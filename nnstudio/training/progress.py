"""The small immutable records a training session reports (they cross threads as they are)."""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.engine.optimizers import OptimizerState
from nnstudio.project.history import RunStatus


@dataclass(frozen=True)
class Progress:
    kind: str                     # "started" | "batch" | "epoch" | "paused" | "diverged" | "finished"
    state: RunStatus              # running | paused | finished | stopped | diverged
    epoch: int                    # epochs completed so far (0-based index of the epoch being trained)
    epochs: int                   # total epochs of the run
    batch: int                    # batches completed in the current epoch
    batches: int                  # batches per epoch
    batch_losses: tuple = ()      # every batch loss since the previous report (the trace stays complete)
    logs: dict | None = None      # epoch end: loss, accuracy, val_…, test_…, lr, seconds
    epoch_logs: tuple = ()        # the logs of every epoch that ended since the previous report
    samples_per_second: float = 0.0
    eta_seconds: float | None = None
    learning_rate: float = 0.0
    message: str = ""
    weights: tuple | None = None  # a copy of the weights (epoch ends, and when asked for)
    optimizer_state: OptimizerState | None = field(default=None, compare=False)  # with the weights

    @property
    def fraction(self) -> float:
        """How much of the run is done, from 0 to 1 (batch-level)."""
        if self.epochs <= 0 or self.batches <= 0:
            return 0.0
        return min(1.0, (self.epoch + self.batch / self.batches) / self.epochs)
