"""One CPU budget for everything the UI thread redraws while a run trains.

Every millisecond the UI thread computes is a millisecond the training worker cannot have: on a
two-core machine NumPy's BLAS wants both cores, and a Python-bound worker waits for the GIL while
the UI thread holds it. The curves and the insight views each pace themselves by what their own
frames cost, but they do not see each other, nor the rest of the UI thread's work (progress,
status bar, tables, painting). This budget sees the whole thread: it keeps the UI thread's CPU
time over the last second, and while a run trains a redraw that can wait is put off when that
share is above :data:`SHARE`, unless it has already waited ``max_wait`` seconds. Nothing waits
when no run is training.
"""

from __future__ import annotations

import time
from collections import deque

SHARE = 0.06      # while training, redraws that can wait keep the UI thread's CPU under ~6 % of a core
WINDOW = 1.0      # seconds over which the share is measured
MIN_SPAN = 0.25   # a shorter history says too little: draw


class UiBudget:
    def __init__(self, active=lambda: True, share: float = SHARE, clock=time.perf_counter,
                 cpu_clock=time.thread_time):
        self._active = active
        self.share = share
        self._clock, self._cpu_clock = clock, cpu_clock
        self._samples: deque = deque()      # (wall, UI-thread CPU) seen by recent calls
        self.deferred = 0                   # redraws put off (benchmarks and tests read it)

    def used(self) -> float:
        """The UI thread's CPU share over about the last second (call it on the UI thread)."""
        now, cpu = self._clock(), self._cpu_clock()
        samples = self._samples
        samples.append((now, cpu))
        while len(samples) > 2 and now - samples[1][0] >= WINDOW:
            samples.popleft()
        wall0, cpu0 = samples[0]
        span = now - wall0
        return (cpu - cpu0) / span if span >= MIN_SPAN else 0.0

    def allows(self, last_drawn: float, max_wait: float) -> bool:
        """May a redraw that last happened at ``last_drawn`` (perf_counter seconds) happen now?"""
        used = self.used()
        if not self._active() or used < self.share or self._clock() - last_drawn >= max_wait:
            return True
        self.deferred += 1
        return False
