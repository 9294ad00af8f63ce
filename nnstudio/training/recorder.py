"""A training run's record in the project, written the same way by the window and ``nnstudio train``.

:class:`RunRecorder` plans a run from the project (it continues from the trained weights and
their optimizer state at the epoch they reached, so the epoch count and the learning-rate schedule
go on), makes its :class:`TrainingSession`, and turns the session's :class:`Progress` records into
the project's run history: epoch logs, the batch-loss trace, markers, divergence and the status.
Plain Python, no Qt: the window's controller calls it on the UI thread, the command line inline.
"""

from __future__ import annotations

import copy
import math

from nnstudio.i18n import M_
from nnstudio.project.history import Run, RunStatus
from nnstudio.training.progress import Progress
from nnstudio.training.session import TrainingSession


def trained_epochs(doc) -> int:
    """Epochs behind the project's current weights (0 for fresh weights)."""
    run = doc.history.current
    if doc.weights is None or run is None:
        return 0
    return int(run.final("epoch", run.settings.get("initial_epoch", 0)))


def finite_logs(logs: dict) -> dict:
    return {k: float(v) for k, v in logs.items() if isinstance(v, (int, float)) and math.isfinite(v)}


class RunRecorder:
    """One run of a project: its plan (:attr:`config`, :attr:`initial_epoch`), its session, and
    its record (:attr:`run`). ``translate`` turns a marked message into the user's language
    (markers are stored as shown); the command line keeps the English."""

    def __init__(self, doc, dataset, fresh=False, translate=str):
        self.doc, self.dataset, self.translate = doc, dataset, translate
        config = copy.deepcopy(doc.training)
        trained = not fresh and doc.weights is not None
        self.weights = [w.copy() for w in doc.weights] if trained else None
        self.optimizer_state = doc.optimizer_state.copy() if trained and doc.optimizer_state is not None else None
        self.initial_epoch = trained_epochs(doc) if trained else 0
        if self.initial_epoch >= config.epochs:      # the planned epochs are done: train as many again
            config.epochs = self.initial_epoch + config.epochs
        self.config = config
        n_train = len(dataset.x_train) - int(math.floor(len(dataset.x_train) * config.validation_split))
        self.batches_per_epoch = max(1, math.ceil(n_train / config.batch_size))
        self.run: Run | None = None
        # (weights, optimizer state) reported but not yet written to the project
        self.pending = None

    def session(self, **options) -> TrainingSession:
        """The session that trains this run (``options``: the session's report, rates, …)."""
        return TrainingSession(self.doc.layers, self.config, self.dataset, weights=self.weights,
                               optimizer_state=self.optimizer_state, epochs_done=self.initial_epoch, **options)

    def begin(self) -> Run:
        """Add the run to the project's history, its settings saying where it starts."""
        settings = self.doc.training.to_dict()
        settings.update(data=dict(self.doc.data_spec), initial_epoch=self.initial_epoch,
                        epochs_total=self.config.epochs, batches_per_epoch=self.batches_per_epoch)
        self.run = self.doc.history.new_run(settings)
        self.run.status = RunStatus.RUNNING
        return self.run

    # ----- the session's reports ------------------------------------------------------------------
    def record(self, p: Progress) -> bool:
        """Take one report into the run; True when its epochs, status or markers changed (the
        batch-loss trace grows without saying so: views poll it)."""
        run, changed = self.run, False
        losses = [v for v in p.batch_losses if math.isfinite(v)]
        if losses:
            run.batch_loss.extend(losses)
        if p.epoch_logs:
            run.epochs.extend(finite_logs(logs) for logs in p.epoch_logs)
            changed = True
        if p.weights is not None and p.optimizer_state is not None:
            self.pending = (p.weights, p.optimizer_state)
        if p.kind == "diverged":
            self._diverged(p)
            changed = True
        elif p.state == RunStatus.PAUSED and run.status not in (RunStatus.PAUSED, RunStatus.DIVERGED):
            run.status, changed = RunStatus.PAUSED, True
        elif p.state == RunStatus.RUNNING and run.status != RunStatus.RUNNING:
            run.status, changed = RunStatus.RUNNING, True
        return changed

    def _diverged(self, p):
        run = self.run
        start = int(run.settings.get("initial_epoch", 0))
        per_epoch = max(1, int(run.settings.get("batches_per_epoch", p.batches)))
        # the diverged part of the epoch is trained again: keep the trace aligned with the epochs
        del run.batch_loss[max(0, (p.epoch - start) * per_epoch):]
        run.status = RunStatus.DIVERGED
        self.add_marker(float(p.epoch), self.translate(M_("training", "diverged: weights restored")), "diverged")

    def end(self, state) -> Run:
        """The run ended in ``state`` (a session's final state): finished, stopped or diverged."""
        state = RunStatus.read(state)
        self.run.status = state if state.ended else RunStatus.STOPPED
        return self.run

    def write_weights(self, weights=None, optimizer_state=None) -> bool:
        """Put the newest reported weights (or those given) into the project; False when none."""
        if weights is not None:
            self.pending = (weights, optimizer_state)
        pending, self.pending = self.pending, None
        if pending is None:
            return False
        self.doc.set_weights(list(pending[0]), pending[1])
        return True

    # ----- markers ----------------------------------------------------------------------------------
    def marker_at(self, epoch, kind) -> dict | None:
        for m in reversed(self.run.markers if self.run else []):
            if m.get("kind") == kind and abs(m["epoch"] - epoch) < 1e-9:
                return m
        return None

    def add_marker(self, epoch, text, kind, **extra) -> dict:
        """A marker at ``epoch`` (one per kind and place: a second change there updates it)."""
        marker = self.marker_at(epoch, kind)
        if marker is None:
            marker = {"epoch": float(epoch), "text": text, "kind": kind, **extra}
            self.run.markers.append(marker)
        else:
            marker.update(text=text, **{k: v for k, v in extra.items() if k != "from"})
        return marker
