"""Histograms of successive snapshots on one shared scale, so they stack into a
"distribution over epochs" heatmap.

All snapshots use the symmetric range [-R, R] cut into ``bins`` equal bins. R starts at the
smallest power of two that holds the first snapshot and doubles when a later value falls
outside; doubling merges pairs of old bins into the middle half of the new ones, which is exact,
so every column stays comparable without keeping the raw values.
"""

from __future__ import annotations

import math

import numpy as np

MIN_RANGE = 2.0 ** -12


def _power_of_two_at_least(value: float) -> float:
    if not value > MIN_RANGE:
        return MIN_RANGE
    return 2.0 ** math.ceil(math.log2(value))


class GrowingHistogram:
    def __init__(self, bins=48, max_columns=400):
        if bins % 4:
            raise ValueError(f"Expected a number of bins divisible by 4. Received: bins={bins!r}")
        self.bins = int(bins)
        self.max_columns = int(max_columns)
        self.range = None            # R: the bins cover [-R, R]
        self._columns: list[np.ndarray] = []
        self.labels: list[int] = []

    def __len__(self):
        return len(self._columns)

    @property
    def edges(self) -> np.ndarray:
        r = self.range or 1.0
        return np.linspace(-r, r, self.bins + 1)

    def _double(self):
        quarter = self.bins // 4
        for i, col in enumerate(self._columns):
            merged = col.reshape(-1, 2).sum(axis=1)       # bins/2 bins covering the old range
            new = np.zeros(self.bins, dtype=col.dtype)
            new[quarter:quarter + len(merged)] = merged
            self._columns[i] = new
        self.range *= 2.0

    def counts(self, values) -> np.ndarray:
        """The histogram of ``values`` on the current bins (no snapshot kept)."""
        v = np.asarray(values, dtype=np.float64).ravel()
        v = v[np.isfinite(v)]
        r = self.range or _power_of_two_at_least(float(np.abs(v).max()) if v.size else 0.0)
        idx = np.floor((v + r) / (2 * r) * self.bins).astype(np.int64)
        np.clip(idx, 0, self.bins - 1, out=idx)   # +R itself falls in the last bin
        return np.bincount(idx, minlength=self.bins).astype(np.float64)

    def add(self, values, label: int):
        """Append the histogram of ``values``; a snapshot with the last label replaces it."""
        v = np.asarray(values, dtype=np.float64).ravel()
        v = v[np.isfinite(v)]
        biggest = float(np.abs(v).max()) if v.size else 0.0
        if self.range is None:
            self.range = _power_of_two_at_least(biggest)
        while biggest > self.range:
            self._double()
        column = self.counts(v)
        if self.labels and self.labels[-1] == label:
            self._columns[-1] = column
            return
        self._columns.append(column)
        self.labels.append(int(label))
        if len(self._columns) > self.max_columns:   # keep the first, thin out the rest evenly
            keep = [0] + list(range(2, len(self._columns), 2))
            if keep[-1] != len(self._columns) - 1:
                keep.append(len(self._columns) - 1)
            self._columns = [self._columns[i] for i in keep]
            self.labels = [self.labels[i] for i in keep]

    def matrix(self) -> np.ndarray:
        """(columns, bins) counts, one row per snapshot."""
        if not self._columns:
            return np.zeros((0, self.bins))
        return np.stack(self._columns)

    def latest(self) -> np.ndarray | None:
        return self._columns[-1] if self._columns else None
