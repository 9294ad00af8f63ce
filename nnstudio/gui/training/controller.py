"""The life of a training run, on the UI thread: start, pause, resume, step, stop, reset.

The controller owns the worker thread and the session it runs, turns the session's ``Progress``
records into project data (the current ``Run``'s epoch logs, batch-loss trace and markers; the
trained weights and optimizer state) and tells the views what state it is in. It holds no widgets.

Weights reach the project at epoch ends and whenever the run pauses, diverges or ends; when many
epochs finish within a tenth of a second (tiny networks) only the newest weights are written.
"""

from __future__ import annotations

import copy
import math
import sys

from PySide6.QtCore import QObject, QTimer, Signal

from nnstudio.gui.training.worker import TrainingThread
from nnstudio.gui.user_text import user_text
from nnstudio.training import TrainingSession

IDLE, RUNNING, PAUSED = "idle", "running", "paused"

#: training settings a running session can take without losing its weights
OPTIMIZER_KEYS = ("optimizer", "momentum", "nesterov", "rho", "beta_1", "beta_2", "epsilon", "weight_decay",
                  "initial_accumulator_value", "lr_schedule", "schedule_step_epochs", "schedule_gamma")
FLUSH_MS = 100
#: reports a second, batch and epoch ends each: every report costs the UI thread a GIL hand-over and
#: ~0.5 ms; the curves redraw at 20 Hz at most, so more reports would show nothing more
REPORT_RATE = 20.0
#: while a run is active the UI thread waits at most this long for the GIL (Python's default, 5 ms,
#: makes each paint of a plot wait several times over behind a Python-heavy worker)
SWITCH_INTERVAL = 0.001


def _finite_logs(logs: dict) -> dict:
    return {k: float(v) for k, v in logs.items() if isinstance(v, (int, float)) and math.isfinite(v)}


class TrainingController(QObject):
    state_changed = Signal(str)      # IDLE | RUNNING | PAUSED
    progress = Signal(object)        # every Progress record, after the project was updated
    diverged = Signal(str)           # the plain-words message
    failed = Signal(str)             # a run could not start or go on
    run_started = Signal(object)     # the new Run
    run_ended = Signal(object)       # the Run, its status set
    marker_added = Signal(dict)

    def __init__(self, doc, workspace, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.workspace = workspace
        self.state = IDLE
        self._switch_interval = sys.getswitchinterval()
        self.session: TrainingSession | None = None
        self.run = None
        self.latest = None               # the newest Progress of the current run
        self._thread: TrainingThread | None = None
        self._live = None                # the settings the session trains with (for live changes)
        self._pending_weights = None
        self._history_dirty = False
        self._own_change = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        doc.changed.connect(self._on_doc_changed)

    # ----- queries -------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.state != IDLE

    def why_not_trainable(self) -> str | None:
        return self.workspace.why_not_trainable()

    def trained_epochs(self) -> int:
        """Epochs behind the project's current weights (0 for fresh weights)."""
        run = self.doc.history.current
        if self.doc.weights is None or run is None:
            return 0
        return int(run.final("epoch", run.settings.get("initial_epoch", 0)))

    def position(self) -> float:
        """Where the run is, in fractional epochs."""
        p = self.latest
        if p is None:
            return float(self.trained_epochs())
        return p.epoch + p.batch / max(1, p.batches)

    # ----- commands (buttons, shortcuts, tests) ------------------------------------------------
    def train(self):
        """Start a run, or resume the paused one."""
        if self.state == PAUSED:
            self.session.request_resume()
        elif self.state == IDLE:
            self._start(step=None)

    def pause(self):
        if self.state == RUNNING:
            self.session.request_pause()

    def resume(self):
        if self.state == PAUSED:
            self.session.request_resume()

    def toggle(self):
        if self.state == RUNNING:
            self.pause()
        else:
            self.train()

    def step(self, kind="batch"):
        """Train one batch or one epoch, then pause (from idle this starts a paused run)."""
        if self.state == PAUSED:
            self.session.request_step(kind)
        elif self.state == IDLE:
            self._start(step=kind)

    def stop(self):
        """End the run after the current batch, keeping its weights (the end arrives as Progress)."""
        if self.active:
            self.session.request_stop()

    def reset_weights(self):
        """Forget the trained weights: the next run starts from fresh (seeded) weights."""
        if self.active:
            self.stop_and_wait()
        self._own(lambda: self.doc.set_weights(None, None))

    def stop_and_wait(self, timeout_ms=900) -> bool:
        """Stop at once and wait for the worker (closing, resetting); True when no thread is left."""
        thread = self._thread
        if thread is None:
            return True
        done = thread.stop(timeout_ms)
        session = self.session
        if done and session.model is not None:
            weights, opt = session.model.get_weights(), copy.deepcopy(session.model.optimizer.get_state())
            self._pending_weights = (weights, opt)
        self._end_run("stopped")
        return done

    def shutdown(self):
        self.stop_and_wait()

    # ----- starting --------------------------------------------------------------------------
    def _start(self, step=None):
        reason = self.why_not_trainable()
        if reason:
            self.failed.emit(user_text(reason))
            return
        doc, ds = self.doc, self.workspace.dataset
        config = copy.deepcopy(doc.training)
        weights = [w.copy() for w in doc.weights] if doc.weights is not None else None
        initial = self.trained_epochs()
        if initial >= config.epochs:        # the planned epochs are done: train as many again
            config.epochs = initial + config.epochs
        n_train = len(ds.x_train) - int(math.floor(len(ds.x_train) * config.validation_split))
        settings = doc.training.to_dict()
        settings.update(data=dict(doc.data_spec), initial_epoch=initial, epochs_total=config.epochs,
                        batches_per_epoch=max(1, math.ceil(n_train / config.batch_size)))
        session = TrainingSession(doc.layers, config, ds, weights=weights,
                                  optimizer_state=copy.deepcopy(doc.optimizer_state) if weights else None,
                                  epochs_done=initial, start_paused=step is not None,
                                  max_rate=REPORT_RATE, epoch_rate=REPORT_RATE)
        if step is not None:
            session.request_step(step)
        self.session, self._live, self.latest = session, copy.deepcopy(config), None
        self.run = doc.history.new_run(settings)
        self.run.status = "running"
        self._history_dirty = True
        thread = TrainingThread(session, self)
        thread.progress.connect(self._on_progress)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        self._set_state(RUNNING)
        self.flush()
        self.run_started.emit(self.run)
        thread.start()

    # ----- progress from the worker (queued onto the UI thread) --------------------------------
    def _on_progress(self, p):
        if self.sender() is not self._thread or self.run is None:
            return                         # a stopped run's last words
        run = self.run
        self.latest = p
        losses = [v for v in p.batch_losses if math.isfinite(v)]
        if losses:              # the curves poll the trace; the project hears of it when the run rests
            run.batch_loss.extend(losses)
        if p.epoch_logs:
            run.epochs.extend(_finite_logs(logs) for logs in p.epoch_logs)
            self._history_dirty = True
        if p.weights is not None and p.optimizer_state is not None:
            self._pending_weights = (p.weights, p.optimizer_state)
        if p.kind == "diverged":
            self._on_diverged(p)
        if p.kind == "finished":
            self._end_run(p.state)
        elif p.state == PAUSED:
            if run.status != "diverged":
                run.status = "paused"
            self._set_state(PAUSED)
        elif p.state == RUNNING:
            if run.status != "running":
                run.status = "running"
                self._history_dirty = True
            self._set_state(RUNNING)
        if p.kind in ("paused", "diverged", "finished"):
            self._history_dirty = True
            self.flush()
        elif (self._pending_weights is not None or self._history_dirty) and not self._flush_timer.isActive():
            self._flush_timer.start()
        self.progress.emit(p)
        if p.kind == "diverged":
            self.diverged.emit(user_text(p.message))

    def _on_diverged(self, p):
        run = self.run
        start = int(run.settings.get("initial_epoch", 0))
        per_epoch = max(1, int(run.settings.get("batches_per_epoch", p.batches)))
        # the diverged part of the epoch is trained again: keep the trace aligned with the epochs
        del run.batch_loss[max(0, (p.epoch - start) * per_epoch):]
        run.status = "diverged"
        self._add_marker(float(p.epoch), self.tr("diverged: weights restored"), kind="diverged")

    def _on_failed(self, message):
        if self.sender() is not self._thread:
            return
        run = self.run
        self._end_run("stopped")
        if run is not None and not run.epochs and not run.batch_loss:
            self.doc.history.remove(run.id)
            self._history_dirty = True
            self.flush()
        self.failed.emit(message)

    def _on_thread_finished(self):
        thread = self.sender()
        if thread is None:
            return
        thread.wait()
        if thread is self._thread:        # ended without a final report (it failed)
            self._end_run("stopped")
        thread.deleteLater()

    def _end_run(self, status):
        run = self.run
        self._thread = None
        if run is not None:
            run.status = status if status in ("finished", "stopped") else "stopped"
            self._history_dirty = True
        self.flush()
        self.run = None
        self._set_state(IDLE)
        if run is not None:
            self.run_ended.emit(run)

    # ----- project updates ---------------------------------------------------------------------
    def flush(self):
        """Write the newest weights and the grown history into the project."""
        self._flush_timer.stop()
        pending, self._pending_weights = self._pending_weights, None
        if pending is not None:
            weights, opt = pending
            self._own(lambda: self.doc.set_weights(list(weights), opt))
        if self._history_dirty:
            self._history_dirty = False
            self._own(lambda: self.doc.notify("history"))

    def _own(self, change):
        self._own_change = True
        try:
            change()
        finally:
            self._own_change = False

    def _on_doc_changed(self, what):
        if self._own_change or not self.active:
            return
        if what == "training":
            self._apply_live_settings()
        elif what == "network" or (what == "history" and self.run not in self.doc.history.runs):
            # the project was replaced or the network edited under the run: its weights no longer fit
            self._pending_weights = None
            thread = self._thread
            if thread is not None:
                thread.stop()
            self._thread = None
            self.run = None
            self._set_state(IDLE)

    def _apply_live_settings(self):
        new, live = self.doc.training, self._live
        if any(getattr(new, k) != getattr(live, k) for k in OPTIMIZER_KEYS):
            config = copy.deepcopy(new)
            config.epochs = live.epochs
            self.session.request_optimizer(config)
            if new.optimizer != live.optimizer:
                text = self.tr("optimizer {0} → {1}").format(live.optimizer, new.optimizer)
            else:
                text = self.tr("{0} settings changed").format(new.optimizer)
            self._add_marker(self.position(), text, kind="optimizer")
        elif new.learning_rate != live.learning_rate:
            self.session.request_learning_rate(new.learning_rate)
            first = self._marker_at(self.position(), "learning_rate")
            old = first["from"] if first else live.learning_rate
            text = self.tr("learning rate {0:g} → {1:g}").format(old, new.learning_rate)
            self._add_marker(self.position(), text, kind="learning_rate", **{"from": old, "to": new.learning_rate})
        for k in OPTIMIZER_KEYS + ("learning_rate",):
            setattr(live, k, getattr(new, k))

    def _marker_at(self, epoch, kind):
        for m in reversed(self.run.markers if self.run else []):
            if m.get("kind") == kind and abs(m["epoch"] - epoch) < 1e-9:
                return m
        return None

    def _add_marker(self, epoch, text, kind, **extra):
        marker = self._marker_at(epoch, kind)
        if marker is None:
            marker = {"epoch": float(epoch), "text": text, "kind": kind, **extra}
            self.run.markers.append(marker)
        else:
            marker.update(text=text, **{k: v for k, v in extra.items() if k != "from"})
        self._history_dirty = True
        self.marker_added.emit(marker)

    def _set_state(self, state):
        if state != self.state:
            if self.state == IDLE:
                self._switch_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(SWITCH_INTERVAL, self._switch_interval))
            elif state == IDLE:
                sys.setswitchinterval(self._switch_interval)
            self.state = state
            self.workspace.training_active = state != IDLE
            self.state_changed.emit(state)
