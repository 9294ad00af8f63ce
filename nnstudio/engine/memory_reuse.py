"""Freed memory kept for reuse by the C allocator, where it would hand it back to the system.

A training step allocates and frees the same temporaries, some of a few megabytes, at every
batch. glibc's malloc takes blocks from 128 KB up (a threshold it moves as it goes) straight
from the system and hands them back when freed, and hands back the top of its heap beyond a trim
threshold: every step then faults in fresh zeroed pages again. Measured on the CIFAR-shaped
network of ``benchmarks/cnn_throughput.py``: about 1,350 page faults per step, 8 % of its time;
none once the thresholds are fixed high. The process then keeps up to ``TRIM_THRESHOLD`` of freed
memory to reuse, and blocks up to ``MMAP_THRESHOLD`` come from the heap.

The ``nnstudio`` command calls :func:`keep_freed_memory` when it starts (cli.py), and so do the
helper processes of training (part_processes.py): these processes are the app's own. The engine
used as a library leaves the allocator of its host's process as it is. It acts once per process,
on glibc only (other C libraries and systems keep their own ways).
"""

from __future__ import annotations

import ctypes
import sys

#: the largest block glibc accepts as its mmap threshold on 64-bit systems
MMAP_THRESHOLD = 32 << 20
TRIM_THRESHOLD = 128 << 20
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # malloc.h

_done: bool | None = None


def keep_freed_memory() -> bool:
    """Fix glibc's thresholds high (see the module's text); True when they are set."""
    global _done
    if _done is None:
        _done = _set_thresholds()
    return _done


def _set_thresholds() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)  # the C library the process runs on
        if not hasattr(libc, "gnu_get_libc_version"):  # musl and others: not glibc's malloc
            return False
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
            libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    except (OSError, AttributeError):
        return False
