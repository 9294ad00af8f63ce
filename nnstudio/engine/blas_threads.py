"""BLAS's own threads, set to one while the engine's threads each run matrix products.

A sharded training step (sharded_step.py) runs one part of the batch on each engine thread; a
multi-threaded BLAS called from all of them at once would share its one pool of threads between
them and make them wait. While any sharded step runs, BLAS uses one thread per call; the last one
to finish restores what BLAS had. threadpoolctl finds the BLAS that NumPy loaded (OpenBLAS, MKL or
BLIS); where it finds none it can set, :func:`controllable` is False and steps are not sharded.
The libraries are looked up once, when a step first asks: NumPy's own is loaded with NumPy, and
the engine's products use no other (SciPy brings a second OpenBLAS for its own routines).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

_lock = threading.Lock()
_users = 0
_saved: list = []
_libraries: list | None = None  # threadpoolctl's controllers of the loaded BLAS libraries


def _blas_libraries() -> list:
    global _libraries
    if _libraries is None:
        try:
            from threadpoolctl import ThreadpoolController

            _libraries = list(ThreadpoolController().select(user_api="blas").lib_controllers)
        except Exception:  # not installed, or a library it cannot read: BLAS keeps its threads
            _libraries = []
    return _libraries


def controllable() -> bool:
    """True when BLAS's thread count can be set (sharded steps need it)."""
    return bool(_blas_libraries())


def _set(lib, threads):
    # threadpoolctl 3.8 lets only one "controlling" thread set a library with one pool for the
    # whole process (OpenBLAS with pthreads) and ignores the others; a training thread must be
    # able to, and the count and lock here keep threads from fighting: take control, set, and
    # leave control to no one.
    release = getattr(type(lib), "clear_controlling_thread", None)
    if release is not None:
        release(force=True)
    lib.set_num_threads(threads)
    if release is not None:
        release(force=True)


@contextmanager
def one_thread_per_call():
    """BLAS on one thread per call inside the block (nested and concurrent blocks allowed)."""
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = [(lib, lib.num_threads) for lib in _blas_libraries()]
            for lib, threads in _saved:
                if threads != 1:
                    _set(lib, 1)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                for lib, threads in _saved:
                    if threads != 1:
                        _set(lib, threads)
                _saved = []
