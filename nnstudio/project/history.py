"""Training runs kept in a project: each with its settings, per-epoch logs, a per-batch loss
trace and markers (e.g. "learning rate 0.01 → 0.001" when changed while paused)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np

#: Okabe–Ito: a colour-blind-safe palette for runs
RUN_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


class RunStatus(str, Enum):
    """Where a run is: a training session's state while it trains, a saved run's last word. A
    member equals its word (``RunStatus.RUNNING == "running"``), which is what the file keeps."""

    NEW = "new"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"
    DIVERGED = "diverged"

    def __str__(self):
        return self.value

    @property
    def ended(self) -> bool:
        return self in (RunStatus.FINISHED, RunStatus.STOPPED, RunStatus.DIVERGED)

    @classmethod
    def read(cls, word) -> "RunStatus":
        """The status a file names; a word this version does not know reads as finished."""
        try:
            return cls(str(word))
        except ValueError:
            return cls.FINISHED


@dataclass
class Run:
    id: int
    name: str
    color: str
    settings: dict                      # TrainingConfig.to_dict() at the start, plus the data spec
    epochs: list = field(default_factory=list)     # one logs dict per epoch: loss, accuracy, val_…, test_…, lr, seconds
    batch_loss: list = field(default_factory=list)  # per-batch loss trace (floats)
    markers: list = field(default_factory=list)     # {"epoch": float, "text": str}
    status: RunStatus = RunStatus.NEW

    def metric(self, key) -> list:
        return [e.get(key, float("nan")) for e in self.epochs]

    def final(self, key, default=float("nan")):
        return self.epochs[-1].get(key, default) if self.epochs else default

    def seconds_per_epoch(self) -> float:
        secs = [e.get("seconds", 0.0) for e in self.epochs]
        return float(np.mean(secs)) if secs else 0.0

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "color": self.color, "settings": self.settings,
                "epochs": self.epochs, "markers": self.markers, "status": self.status.value}

    @classmethod
    def from_json(cls, data: dict, batch_loss=None) -> "Run":
        return cls(id=int(data["id"]), name=str(data["name"]), color=str(data.get("color", RUN_COLORS[0])),
                   settings=dict(data.get("settings") or {}), epochs=list(data.get("epochs") or []),
                   batch_loss=list(batch_loss if batch_loss is not None else []),
                   markers=list(data.get("markers") or []), status=RunStatus.read(data.get("status", "finished")))


class History:
    """All runs of a project; the last one is the current run."""

    def __init__(self, runs=None):
        self.runs: list[Run] = list(runs or [])

    @property
    def current(self) -> Run | None:
        return self.runs[-1] if self.runs else None

    def new_run(self, settings: dict, name: str | None = None) -> Run:
        next_id = max((r.id for r in self.runs), default=0) + 1
        run = Run(id=next_id, name=name or f"Run {next_id}", color=RUN_COLORS[(next_id - 1) % len(RUN_COLORS)],
                  settings=settings)
        self.runs.append(run)
        return run

    def remove(self, run_id: int):
        self.runs = [r for r in self.runs if r.id != run_id]

    def to_json(self) -> dict:
        return {"runs": [r.to_json() for r in self.runs]}

    @classmethod
    def from_json(cls, data: dict, batch_losses: dict | None = None) -> "History":
        batch_losses = batch_losses or {}
        return cls([Run.from_json(r, batch_losses.get(int(r["id"]))) for r in (data or {}).get("runs", [])])
