"""Threads for large elementwise work (optimizer updates).

NumPy's ufuncs run on one core but release the GIL, so disjoint parts of a flat array can be
updated from several threads at once. Matrix products are BLAS's business and keep its settings.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from contextlib import contextmanager

import numpy as np


def _default_threads() -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


class _Workers:
    """Persistent daemon threads, each fed through its own queue (cheaper per call than a
    ThreadPoolExecutor's futures: this runs once per training step)."""

    def __init__(self, n):
        self.queues = [queue.SimpleQueue() for _ in range(n)]
        for i, q in enumerate(self.queues):
            threading.Thread(target=self._serve, args=(q,), name=f"nnstudio-engine-{i}", daemon=True).start()

    @staticmethod
    def _serve(q):
        _inside.active = True  # work handed to a worker runs its own parts inline
        while True:
            fn, args, done = q.get()
            try:
                fn(*args)
                done.put(None)
            except BaseException as e:  # handed to the caller, re-raised there
                done.put(e)
            del fn, args, done  # keep nothing of a finished job (a model its closure holds) alive


_num_threads = _default_threads()
#: ``active`` while a thread runs a part of a parallel job: nested jobs then run inline (a worker
#: waiting on its own queue would wait forever; the caller's part would wait on busy workers)
_inside = threading.local()
_workers: _Workers | None = None
_workers_lock = threading.Lock()


def num_threads() -> int:
    """Threads the engine uses for large elementwise work such as optimizer updates."""
    return _num_threads


def set_num_threads(n: int) -> None:
    """Use ``n`` threads (1 = none) for large elementwise work; matrix products follow BLAS's own setting."""
    global _num_threads
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"Expected a positive integer. Received: n={n!r}")
    _num_threads = int(n)


def _forget_workers_after_fork():
    global _workers, _workers_lock
    _workers, _workers_lock = None, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_workers_after_fork)


@contextmanager
def inline():
    """Parallel jobs inside the block run on the calling thread alone (its cores are taken)."""
    before = getattr(_inside, "active", False)
    _inside.active = True
    try:
        yield
    finally:
        _inside.active = before


def run_parallel(fn, items, *args, threads=None) -> None:
    """``fn(part, *args)`` over contiguous parts of ``items``, one part per thread (the caller's
    thread takes the first; ``threads`` defaults to :func:`num_threads`); returns when all are
    done, re-raising the first error."""
    global _workers
    k = min(_num_threads if threads is None else threads, len(items))
    if k <= 1 or getattr(_inside, "active", False):
        fn(items, *args)
        return
    size = -(-len(items) // k)
    parts = [items[i:i + size] for i in range(0, len(items), size)]
    with _workers_lock:
        if _workers is None or len(_workers.queues) < len(parts) - 1:
            _workers = _Workers(len(parts) - 1)
        workers = _workers
    done = queue.SimpleQueue()
    for q, part in zip(workers.queues, parts[1:]):
        q.put((fn, (part, *args), done))
    error = None
    with inline():
        try:
            fn(parts[0], *args)
        except BaseException as e:
            error = e
    for _ in parts[1:]:
        result = done.get()
        error = error or result
    if error is not None:
        raise error


class ThreadChoice:
    """Runs a recurring job (an optimizer step) on one thread or on :func:`num_threads`, whichever
    was faster when both were last timed: more cores help on an idle machine and only add
    hand-over costs on a busy one. Every ``RECHECK`` calls, ``TRIALS`` calls of each are timed
    again. The results do not depend on the choice (the parts are disjoint)."""

    TRIALS = 4
    RECHECK = 500

    def __init__(self):
        self.calls = 0
        self.threads = 1
        self._trials = {}

    def run(self, fn, items, *args):
        many = _num_threads
        phase = self.calls % self.RECHECK
        self.calls += 1
        if many <= 1:
            fn(items, *args)
            return
        if phase >= 2 * self.TRIALS:
            run_parallel(fn, items, *args, threads=min(self.threads, many))
            return
        threads = 1 if phase % 2 == 0 else many
        start = time.perf_counter()
        run_parallel(fn, items, *args, threads=threads)
        self._trials.setdefault(threads, []).append(time.perf_counter() - start)
        if phase == 2 * self.TRIALS - 1:
            best = {t: min(ts) for t, ts in self._trials.items()}
            self.threads = min(best, key=best.get)
            self._trials = {}
