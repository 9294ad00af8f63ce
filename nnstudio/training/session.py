"""A training session: the engine's fit loop driven cooperatively, batch by batch.

Plain Python, no Qt. The app runs :meth:`TrainingSession.run` on a worker thread and calls the
``request_*`` methods from the UI thread; ``nnstudio train`` runs it on the main thread. Between
batches the session honours pause, step, stop and learning-rate or optimizer changes; it reports
:class:`Progress` records through ``report`` at most ``max_rate`` times a second (epoch ends and
state changes always), and guards against divergence: a NaN/Inf loss or weight, or a loss that
has exploded (:mod:`nnstudio.training.divergence`), pauses the run and restores the weights of the
last good epoch.
"""

from __future__ import annotations

import contextlib
import copy
import math
import threading
import time

import numpy as np

from nnstudio.engine.callbacks import Callback, EarlyStopping
from nnstudio.engine.fit_loop import BatchEnd, EpochEnd
from nnstudio.project.history import RunStatus
from nnstudio.project.model_factory import build_model, prepare_targets
from nnstudio.project.training_config import OPTIMIZER_SETTINGS, TrainingConfig, check_learning_rate
from nnstudio.training.divergence import NAN_MESSAGE, DivergenceGuard, chance_loss
from nnstudio.training.pace import Pacer
from nnstudio.training.progress import Progress

DIVERGED_MESSAGE = NAN_MESSAGE


class _Schedule(Callback):
    """Sets the learning rate from the (live) config at the start of every epoch."""

    def __init__(self, session):
        super().__init__()
        self.session = session

    def on_epoch_begin(self, epoch, logs=None):
        self.model.optimizer.learning_rate = self.session.config.learning_rate_at(epoch)


class TrainingSession:
    def __init__(self, layers, config: TrainingConfig, dataset, weights=None, optimizer_state=None,
                 epochs_done=0, report=None, max_rate=30.0, start_paused=False, epoch_rate=None,
                 pause_on_divergence=True, pace=None):
        """``max_rate``: batch reports a second at most. ``epoch_rate``: epoch-end reports a second
        at most (None: every epoch); a tiny network ends hundreds of epochs a second, and the logs
        of the epochs not reported travel in the next report's ``epoch_logs``.
        ``pause_on_divergence``: a diverged run pauses (the app: the user lowers the learning rate
        and resumes); False ends it instead, in state "diverged" (headless runs, where nobody could
        resume it). ``pace``: epochs a second (:mod:`nnstudio.training.pace`), None for full speed;
        the session waits between batches and computes exactly what it would at full speed."""
        self.layers = copy.deepcopy(layers)
        self.config = copy.deepcopy(config)
        self.dataset = dataset
        self.report = report or (lambda p: None)
        self.min_interval = 1.0 / max_rate if max_rate else 0.0
        self.epoch_interval = 1.0 / epoch_rate if epoch_rate else 0.0
        self._epoch_logs = []      # logs of epochs ended since the last report
        self.epochs_done = int(epochs_done)
        self._init_weights = weights
        self._init_opt = optimizer_state
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._paused = start_paused
        self._stop = False
        self.pause_on_divergence = pause_on_divergence
        self._diverged_stop = False
        self._step = None          # None | "batch" | "epoch": run that much, then pause
        self._pacer = Pacer(pace)
        self._pending = []         # changes to apply between batches (callables taking the model)
        self.weights_interval = None  # seconds between weight snapshots on batch reports (views ask)
        self.state = RunStatus.NEW
        self._sps = 0.0
        self._epoch = self.epochs_done
        self._batch = 0
        self.batches = 1
        self.model = None
        self.history = []          # epoch logs of this session

    # ----- control (any thread) --------------------------------------------------------------
    @contextlib.contextmanager
    def _waking(self):
        """Change what the loop is asked to do, under its lock, then wake the loop to see it."""
        with self._wake:
            yield
            self._wake.notify_all()

    def request_pause(self):
        with self._waking():
            self._paused = True
            self._step = None

    def request_resume(self):
        with self._waking():
            self._paused = False
            self._step = None

    def request_stop(self):
        with self._waking():
            self._stop = True

    def request_step(self, kind="batch"):
        if kind not in ("batch", "epoch"):
            raise ValueError(f"Expected 'batch' or 'epoch'. Received: kind={kind!r}")
        with self._waking():
            self._paused = False
            self._step = kind

    def request_pace(self, pace):
        """Go at ``pace`` epochs a second from now on (None: full speed)."""
        with self._waking():
            self._pacer.set_pace(pace)

    @property
    def pace(self):
        return self._pacer.pace

    def request_learning_rate(self, lr: float):
        lr = check_learning_rate(lr)

        def change(model):
            self.config.learning_rate = lr
            model.optimizer.learning_rate = self.config.learning_rate_at(self._epoch)
        self._post(change)

    def request_optimizer(self, config: TrainingConfig):
        """Switch optimizer (and its hyperparameters); the weights stay, the optimizer starts afresh."""
        config = copy.deepcopy(config).validate()

        def change(model):
            for k in OPTIMIZER_SETTINGS + ("learning_rate",):
                setattr(self.config, k, getattr(config, k))
            model.optimizer = self.config.make_optimizer(self.config.learning_rate_at(self._epoch))
        self._post(change)

    def _post(self, change):
        with self._waking():
            self._pending.append(change)

    @property
    def paused(self):
        return self._paused

    # ----- the loop (worker thread) ------------------------------------------------------------
    def _data(self):
        ds = self.dataset
        loss = self.model.loss
        out_units = ds.output_units
        y_train = prepare_targets(loss, ds.y_train, ds.n_classes, out_units)
        y_test = prepare_targets(loss, ds.y_test, ds.n_classes, out_units)
        return ds.x_train, y_train, ds.x_test, y_test

    def _new_loop(self, initial_epoch):
        cfg = self.config
        callbacks = [_Schedule(self)]
        if cfg.early_stopping_patience:
            monitor = "val_loss" if cfg.validation_split else "loss"
            callbacks.append(EarlyStopping(monitor=monitor, patience=int(cfg.early_stopping_patience),
                                           restore_best_weights=True))
        return iter(self.model.fit_loop(self._x, self._y, batch_size=cfg.batch_size, epochs=cfg.epochs,
                                        verbose=0, callbacks=callbacks, validation_split=cfg.validation_split,
                                        shuffle=True, initial_epoch=initial_epoch, seed=int(cfg.seed)))

    def _snapshot(self):
        return self.model.get_weights(), self.model.get_optimizer_state()

    def _restore(self, snap):
        weights, opt = snap
        self.model.set_weights(weights)
        try:
            self.model.set_optimizer_state(opt)
        except ValueError:     # the optimizer was switched since that snapshot: it starts afresh
            pass

    def build(self):
        ds = self.dataset
        self.model = build_model(self.layers, self.config, ds.input_shape, ds.task, ds.output_units,
                                 weights=self._init_weights, optimizer_state=self._init_opt)
        self._x, self._y, self._x_test, self._y_test = self._data()
        self._guard = DivergenceGuard(chance_loss(self.model.loss, self._y, ds.output_units))
        return self.model

    def run(self):
        """Train until the epochs are done or a stop is requested; returns the final state."""
        if self.model is None:
            self.build()
        cfg = self.config
        n_train = len(self._x) - int(math.floor(len(self._x) * cfg.validation_split))
        self.batches = max(1, math.ceil(n_train / cfg.batch_size))
        self._epoch = self.epochs_done
        self._batch = 0
        good = self._snapshot()
        loop = self._new_loop(self._epoch)
        self.state = RunStatus.RUNNING
        self._emit("started", force=True)
        pending_losses = []
        last_report = last_epoch_report = 0.0
        last_weights = 0.0
        epoch_started = time.perf_counter()
        rate_t0, rate_samples = time.perf_counter(), 0
        while True:
            with self._wake:
                while self._paused and not self._stop and not self._pending:
                    if self.state != RunStatus.PAUSED:
                        self.state = RunStatus.PAUSED
                        self._wake.release()
                        try:
                            self._emit("paused", batch_losses=tuple(pending_losses), force=True)
                            pending_losses = []
                        finally:
                            self._wake.acquire()
                    self._wake.wait(0.1)
                changes, self._pending = self._pending, []
                stop = self._stop
            for change in changes:
                change(self.model)
            if stop:
                self.state = RunStatus.DIVERGED if self._diverged_stop else RunStatus.STOPPED
                break
            if self._paused:
                continue
            if self.state != RunStatus.RUNNING:
                self.state = RunStatus.RUNNING
                rate_t0, rate_samples = time.perf_counter(), 0
                self._pacer.restart()
                self._emit("started", force=True)
            try:
                event = next(loop)
            except StopIteration:
                self.state = RunStatus.FINISHED
                break
            if isinstance(event, BatchEnd):
                self._batch = event.batch + 1
                problem = self._guard.check_batch(event.loss, self.model.optimizer.learning_rate)
                if problem:
                    loop = self._diverged(good, pending_losses, problem)
                    pending_losses = []
                    continue
                pending_losses.append(event.loss)
                rate_samples += min(cfg.batch_size, event.seen)
                now = time.perf_counter()
                # samples per second since the run (re)started: steady, and right for tiny epochs
                self._sps = rate_samples / max(now - rate_t0, 1e-9)
                if self._step == "batch" and event.batch + 1 < event.batches:
                    self._pause_after_step()
                if now - last_report >= self.min_interval or self._paused:
                    weights = None
                    if self.weights_interval is not None and now - last_weights >= self.weights_interval:
                        weights, last_weights = tuple(self.model.get_weights()), now
                    self._emit("batch", batch_losses=tuple(pending_losses), weights=weights)
                    pending_losses, last_report = [], now
                self._wait_for_pace()
            elif isinstance(event, EpochEnd):
                logs = dict(event.logs)
                finite = all(np.isfinite(w).all() for w in self.model.weights)
                problem = self._guard.check_epoch(logs.get("loss", 0.0), finite, self.model.optimizer.learning_rate)
                if problem:
                    loop = self._diverged(good, pending_losses, problem)
                    pending_losses = []
                    continue
                test = self.model.evaluate(self._x_test, self._y_test, batch_size=max(256, cfg.batch_size),
                                           verbose=0, return_dict=True) if len(self._x_test) else {}
                logs.update({f"test_{k}": float(v) for k, v in test.items()})
                now = time.perf_counter()
                logs["lr"] = float(self.model.optimizer.learning_rate)
                logs["seconds"] = now - epoch_started
                logs["epoch"] = event.epoch + 1
                epoch_started = now
                self.history.append(logs)
                self._epoch = event.epoch + 1
                self._batch = 0
                good = self._snapshot()
                self._epoch_logs.append(logs)
                if self._step in ("batch", "epoch"):
                    self._pause_after_step()
                if (now - last_epoch_report >= self.epoch_interval or self._paused
                        or self._epoch >= cfg.epochs or self.model.stop_training):
                    weights, opt = good
                    self._emit("epoch", batch_losses=tuple(pending_losses), logs=logs, weights=tuple(weights),
                               optimizer_state=opt, force=True)
                    pending_losses, last_report, last_epoch_report = [], now, now
        weights, opt = self._snapshot()
        self.model.release_helpers()  # no process of the run outlives it
        self._emit("finished", batch_losses=tuple(pending_losses), weights=tuple(weights),
                   optimizer_state=opt, force=True)
        return self.state

    def _wait_for_pace(self):
        """At a pace, wait until the next batch is due; a pause, stop or change ends the wait."""
        if self._pacer.pace is None:       # full speed: not even the lock
            return
        with self._wake:
            delay = self._pacer.delay(self.batches)
            if delay > 0 and not (self._paused or self._stop or self._pending):
                self._wake.wait(delay)

    def _pause_after_step(self):
        with self._wake:
            self._paused = True
            self._step = None

    def _diverged(self, good, pending_losses, message=DIVERGED_MESSAGE):
        self._restore(good)
        with self._wake:
            self._paused = True
            self._step = None
            if not self.pause_on_divergence:
                self._stop = self._diverged_stop = True
        self.state = RunStatus.PAUSED
        self._batch = 0
        weights, opt = self._snapshot()
        self._emit("diverged", batch_losses=tuple(pending_losses), message=message,
                   weights=tuple(weights), optimizer_state=opt, force=True)
        return self._new_loop(self._epoch)

    def _emit(self, kind, batch_losses=(), logs=None, message="", weights=None, optimizer_state=None, force=False):
        cfg = self.config
        done = self._epoch + self._batch / max(1, self.batches)
        remaining = max(0.0, cfg.epochs - done) * self.batches * cfg.batch_size
        eta = remaining / self._sps if self._sps > 0 else None
        lr = float(self.model.optimizer.learning_rate) if self.model is not None else cfg.learning_rate
        epoch_logs, self._epoch_logs = tuple(self._epoch_logs), []
        self.report(Progress(kind=kind, state=self.state, epoch=self._epoch, epochs=cfg.epochs, batch=self._batch,
                             batches=self.batches, batch_losses=tuple(float(v) for v in batch_losses), logs=logs,
                             epoch_logs=epoch_logs, samples_per_second=self._sps, eta_seconds=eta,
                             learning_rate=lr, message=message, weights=weights, optimizer_state=optimizer_state))
