"""One ``fit`` run as a generator of small events.

``Sequential.fit`` simply exhausts it; the app's training session advances it one batch at a
time, so pause, step and stop happen between batches and headless and in-app training run the
very same arithmetic (same seed, same weights).
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass

import numpy as np

from nnstudio.engine import backend
from nnstudio.engine.callbacks import CallbackList, History
from nnstudio.i18n import M_


@dataclass(frozen=True)
class BatchEnd:
    epoch: int          # 0-based
    batch: int          # 0-based within the epoch
    batches: int        # batches per epoch
    loss: float         # this batch's loss
    seen: int           # samples seen in this epoch so far


@dataclass(frozen=True)
class EpochEnd:
    epoch: int
    logs: dict          # 'loss', metrics, 'val_…' as Python floats


def split_validation(x, y, validation_split):
    """Keras takes the *last* fraction of the data, before any shuffling."""
    if not 0 <= validation_split < 1:
        raise ValueError(M_("errors", "Expected a number in [0, 1). Received: {arg}={value!r}")
                         .format(arg="validation_split", value=validation_split))
    n = len(x)
    n_val = int(math.floor(n * validation_split))
    if validation_split and n_val == 0:
        raise ValueError(M_("errors", "validation_split={value} leaves no validation samples out of {samples}.")
                         .format(value=validation_split, samples=n))
    if n_val == 0:
        return x, y, None
    return x[: n - n_val], y[: n - n_val], (x[n - n_val:], y[n - n_val:])


class FitLoop:
    def __init__(self, model, x, y, batch_size=32, epochs=1, verbose=0, callbacks=None,
                 validation_data=None, shuffle=True, initial_epoch=0, seed=None):
        """``seed``: epoch ``e`` shuffles and draws its dropout masks from a generator of its own,
        seeded by (seed, e), so a run resumed at epoch ``e`` repeats a straight run exactly; None:
        the engine's shared generator (Keras's way)."""
        self.model = model
        self.seed = seed
        self.x, self.y = x, y
        self.batch_size = batch_size
        self.epochs = epochs
        self.verbose = verbose
        self.validation_data = validation_data
        self.shuffle = shuffle
        self.initial_epoch = initial_epoch
        self.history = History()
        self.batches = math.ceil(len(x) / batch_size)
        params = {"epochs": epochs, "steps": self.batches, "verbose": verbose}
        self.callbacks = CallbackList([*(callbacks or []), self.history], model, params)

    def __iter__(self):
        model, cbs = self.model, self.callbacks
        x, y, bs, n = self.x, self.y, self.batch_size, len(self.x)
        model.stop_training = False
        model.history = self.history
        cbs.call("on_train_begin", {})
        try:
            for epoch in range(self.initial_epoch, self.epochs):
                cbs.call("on_epoch_begin", epoch, {})
                model.reset_metrics()
                started = time.perf_counter()
                # one permutation per epoch; each batch gathers its rows (cache-friendly, no
                # second copy of the whole data set)
                generator = None if self.seed is None else np.random.default_rng((self.seed, epoch))
                order = (generator or backend.rng()).permutation(n) if self.shuffle else None
                total, seen = 0.0, 0
                for b in range(self.batches):
                    if cbs.batch_begin:
                        for cb in cbs.batch_begin:
                            cb.on_train_batch_begin(b, {})
                    if order is None:
                        xb, yb = x[b * bs:(b + 1) * bs], y[b * bs:(b + 1) * bs]
                    else:
                        idx = order[b * bs:(b + 1) * bs]
                        xb, yb = x[idx], y[idx]
                    with backend.using_generator(generator):
                        loss = model.train_batch(xb, yb)
                    m = len(xb)
                    total += loss * m
                    seen += m
                    if cbs.batch_end:
                        logs = {"loss": total / seen, **model.metric_results()}
                        for cb in cbs.batch_end:
                            cb.on_train_batch_end(b, logs)
                    yield BatchEnd(epoch, b, self.batches, loss, seen)
                    if model.stop_training:
                        break
                logs = {"loss": total / max(seen, 1), **model.metric_results()}
                if self.validation_data is not None:
                    vx, vy = self.validation_data
                    vals = model.evaluate(vx, vy, batch_size=bs, verbose=0, return_dict=True)
                    logs.update({f"val_{k}": v for k, v in vals.items()})
                cbs.call("on_epoch_end", epoch, logs)
                if self.verbose:
                    self._print_epoch(epoch, logs, time.perf_counter() - started)
                yield EpochEnd(epoch, dict(logs))
                if model.stop_training:
                    break
        finally:
            cbs.call("on_train_end", {})

    def run(self):
        for _ in self:
            pass
        return self.history

    def _print_epoch(self, epoch, logs, seconds):
        metrics = " - ".join(f"{k}: {v:.4f}" for k, v in logs.items())
        step = seconds / max(self.batches, 1)
        step_s = f"{step * 1e3:.0f}ms/step" if step >= 1e-3 else f"{step * 1e6:.0f}us/step"
        if self.verbose == 1:
            print(f"Epoch {epoch + 1}/{self.epochs}")
            print(f"{self.batches}/{self.batches} {'━' * 20} {seconds:.0f}s {step_s} - {metrics}")
        else:
            print(f"Epoch {epoch + 1}/{self.epochs} - {seconds:.0f}s - {step_s} - {metrics}")
        sys.stdout.flush()


def check_finite(arg, a):
    """Raise :class:`DataError` when float data holds NaN or ±Inf. A sum is finite exactly when no
    element is NaN/Inf, unless it overflows: only then are the elements checked one by one (which
    needs a boolean array as large as the data)."""
    if not np.issubdtype(a.dtype, np.floating):
        return
    with np.errstate(over="ignore", invalid="ignore"):
        if np.isfinite(np.add.reduce(a, axis=None)):
            return
    if not np.isfinite(a).all():
        bad = int((~np.isfinite(a)).sum())
        from nnstudio.errors import DataError

        what = {"inputs": M_("errors", "inputs"), "targets": M_("errors", "targets")}.get(arg, arg)
        raise DataError(M_("errors", "The {what} contain {count} missing or infinite value(s) (NaN/Inf). "
                                     "Remove or fill them before training.").format(what=what, count=bad))
