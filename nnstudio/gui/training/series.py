"""A growing (x, y) series for live plots: preallocated arrays that double when full.

Appending is amortised O(1) and ``x``/``y`` are views of the filled part, so a plot timer can
hand them to pyqtgraph without copying (pyqtgraph's ``scrollingPlots`` example does the same).
Views stay valid: filled entries never change, and a reallocation leaves old arrays alone.
"""

from __future__ import annotations

import numpy as np


class GrowingSeries:
    def __init__(self, capacity: int = 1024):
        self._x = np.empty(max(1, capacity), dtype=np.float64)
        self._y = np.empty(max(1, capacity), dtype=np.float64)
        self.size = 0
        self.version = 0          # bumps on every change; a plot redraws only when it moved

    def __len__(self):
        return self.size

    @property
    def capacity(self) -> int:
        return len(self._x)

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.size]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.size]

    def _reserve(self, n):
        if n <= len(self._x):
            return
        capacity = len(self._x)
        while capacity < n:
            capacity *= 2
        for name in ("_x", "_y"):
            old = getattr(self, name)
            new = np.empty(capacity, dtype=np.float64)
            new[:self.size] = old[:self.size]
            setattr(self, name, new)

    def append(self, x: float, y: float):
        self._reserve(self.size + 1)
        self._x[self.size] = x
        self._y[self.size] = y
        self.size += 1
        self.version += 1

    def extend(self, xs, ys):
        xs = np.asarray(xs, dtype=np.float64).ravel()
        ys = np.asarray(ys, dtype=np.float64).ravel()
        if len(xs) != len(ys):
            raise ValueError(f"Expected as many x as y values. Received: {len(xs)} and {len(ys)}")
        if not len(xs):
            return
        end = self.size + len(xs)
        self._reserve(end)
        self._x[self.size:end] = xs
        self._y[self.size:end] = ys
        self.size = end
        self.version += 1

    def truncate(self, size: int):
        size = max(0, min(int(size), self.size))
        if size != self.size:
            # entries past ``size`` will be overwritten: hand out fresh arrays so no view changes
            self._x, self._y = self._x.copy(), self._y.copy()
            self.size = size
            self.version += 1

    def clear(self):
        self.truncate(0)
