"""The life of a training run, on the UI thread: start, pause, resume, step, stop, reset.

The controller owns the worker thread and the session it runs, hands the session's ``Progress``
records to the run's :class:`~nnstudio.training.RunRecorder` (which writes the run into the
project, as ``nnstudio train`` does), applies live setting changes and tells the views what state
it is in. It holds no widgets.

Weights reach the project at epoch ends and whenever the run pauses, diverges or ends; when many
epochs finish within a tenth of a second (tiny networks) only the newest weights are written.
"""

from __future__ import annotations

import copy
import sys

from PySide6.QtCore import QObject, QTimer, Signal

from nnstudio.gui.training.worker import TrainingThread
from nnstudio.gui.user_text import user_text
from nnstudio.project.history import RunStatus
from nnstudio.project.training_config import OPTIMIZER_SETTINGS
from nnstudio.training import RunRecorder, SessionState, TrainingSession, trained_epochs

IDLE, RUNNING, PAUSED = SessionState.IDLE, SessionState.RUNNING, SessionState.PAUSED

FLUSH_MS = 100
#: reports a second, batch and epoch ends each: every report costs the UI thread a GIL hand-over and
#: ~0.5 ms; the curves redraw at 20 Hz at most, so more reports would show nothing more
REPORT_RATE = 20.0
#: while a run is active the UI thread waits at most this long for the GIL (Python's default, 5 ms,
#: makes each paint of a plot wait several times over behind a Python-heavy worker)
SWITCH_INTERVAL = 0.001


class TrainingController(QObject):
    state_changed = Signal(object)   # a SessionState: IDLE | RUNNING | PAUSED
    progress = Signal(object)        # every Progress record, after the project was updated
    diverged = Signal(str)           # the plain-words message
    failed = Signal(str)             # a run could not start or go on
    run_started = Signal(object)     # the new Run
    run_ended = Signal(object)       # the Run, its status set
    marker_added = Signal(dict)
    pace_changed = Signal(object)    # epochs a second, or None for full speed

    def __init__(self, doc, workspace, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.workspace = workspace
        self.state = IDLE
        self._switch_interval = sys.getswitchinterval()
        self.session: TrainingSession | None = None
        self.recorder: RunRecorder | None = None
        self.latest = None               # the newest Progress of the current run
        self._thread: TrainingThread | None = None
        self._live = None                # the settings the session trains with (for live changes)
        self._history_dirty = False
        self._own_change = False
        self.pace = None                 # epochs a second (nnstudio.training.pace), None: full speed
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

    @property
    def run(self):
        """The Run being trained (None when idle)."""
        return self.recorder.run if self.recorder is not None else None

    def trained_epochs(self) -> int:
        """Epochs behind the project's current weights (0 for fresh weights)."""
        return trained_epochs(self.doc)

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

    def set_pace(self, pace):
        """Train at ``pace`` epochs a second (None: full speed), from now on if a run is active."""
        if pace == self.pace:
            return
        self.pace = pace
        if self.active:
            self.session.request_pace(pace)
        self.pace_changed.emit(pace)

    def stop(self):
        """End the run after the current batch, keeping its weights (the end arrives as Progress)."""
        if self.active:
            self.session.request_stop()

    def reset_weights(self):
        """Forget the trained weights: the next run starts from fresh (seeded) weights."""
        if self.active:
            self.stop_and_wait()
        self.forget_progress()
        self._own(lambda: self.doc.set_weights(None, None))

    def forget_progress(self):
        """No run to report on any more (fresh weights, another project): the views read "Ready"."""
        if not self.active:
            self.latest = None

    def stop_and_wait(self, timeout_ms=900) -> bool:
        """Stop at once and wait for the worker (closing, resetting); True when no thread is left."""
        thread = self._thread
        if thread is None:
            return True
        done = thread.stop(timeout_ms)
        session = self.session
        if done and session.model is not None:
            self.recorder.pending = (session.model.get_weights(), session.model.get_optimizer_state())
        self._end_run(RunStatus.STOPPED)
        return done

    def shutdown(self):
        self.stop_and_wait()

    # ----- starting --------------------------------------------------------------------------
    def _start(self, step=None):
        reason = self.why_not_trainable()
        if reason:
            self.failed.emit(user_text(reason))
            return
        recorder = RunRecorder(self.doc, self.workspace.dataset, translate=user_text)
        session = recorder.session(start_paused=step is not None, max_rate=REPORT_RATE, epoch_rate=REPORT_RATE,
                                   pace=self.pace)
        if step is not None:
            session.request_step(step)
        self.session, self.recorder, self.latest = session, recorder, None
        self._live = copy.deepcopy(recorder.config)
        recorder.begin()
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
        self.latest = p
        if self.recorder.record(p):
            self._history_dirty = True
        if p.kind == "diverged":
            self.marker_added.emit(self.recorder.marker_at(float(p.epoch), "diverged"))
        if p.kind == "finished":
            self._end_run(p.state)
        elif p.state == RunStatus.PAUSED:
            self._set_state(PAUSED)
        elif p.state == RunStatus.RUNNING:
            self._set_state(RUNNING)
        if p.kind in ("paused", "diverged", "finished"):
            self._history_dirty = True
            self.flush()
        elif (self.recorder is not None and self.recorder.pending is not None
              or self._history_dirty) and not self._flush_timer.isActive():
            self._flush_timer.start()
        self.progress.emit(p)
        if p.kind == "diverged":
            self.diverged.emit(user_text(p.message))

    def _on_failed(self, message):
        if self.sender() is not self._thread:
            return
        run = self.run
        self._end_run(RunStatus.STOPPED)
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
            self._end_run(RunStatus.STOPPED)
        thread.deleteLater()

    def _end_run(self, status):
        recorder = self.recorder
        self._thread = None
        if recorder is not None and recorder.run is not None:
            recorder.end(status)
            self._history_dirty = True
        self.flush()
        self.recorder = None
        self.session = None  # its model (and the helper processes of its steps) goes with it
        self._set_state(IDLE)
        if recorder is not None and recorder.run is not None:
            self.run_ended.emit(recorder.run)

    # ----- project updates ---------------------------------------------------------------------
    def flush(self):
        """Write the newest weights and the grown history into the project."""
        self._flush_timer.stop()
        recorder = self.recorder
        if recorder is not None and recorder.pending is not None:
            self._own(recorder.write_weights)
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
            thread = self._thread
            if thread is not None:
                thread.stop()
            self._thread = None
            self.recorder = None
            self.session = None
            self._set_state(IDLE)

    def _apply_live_settings(self):
        new, live = self.doc.training, self._live
        if any(getattr(new, k) != getattr(live, k) for k in OPTIMIZER_SETTINGS):
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
        for k in OPTIMIZER_SETTINGS + ("learning_rate",):
            setattr(live, k, getattr(new, k))

    def _marker_at(self, epoch, kind):
        return self.recorder.marker_at(epoch, kind) if self.recorder is not None else None

    def _add_marker(self, epoch, text, kind, **extra):
        marker = self.recorder.add_marker(epoch, text, kind, **extra)
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
