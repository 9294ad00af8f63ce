"""Seeded train/test splits. Classification splits are stratified: each class keeps its
share in both splits, so a small test set still shows every class."""

from __future__ import annotations

import numpy as np

from nnstudio.errors import DataError
from nnstudio.i18n import M_


def _test_count(n: int, test_ratio: float) -> int:
    return int(min(max(round(n * test_ratio), 1), n - 1))


def random_split(n: int, test_ratio: float, rng: np.random.Generator):
    """Shuffled (train_indices, test_indices) with round(n * test_ratio) test samples."""
    if n < 2:
        raise DataError(M_("errors", "Need at least 2 samples to make a training and a test set; found {count}.")
                        .format(count=n))
    order = rng.permutation(n)
    n_test = _test_count(n, test_ratio)
    return np.sort(order[n_test:]), np.sort(order[:n_test])


def stratified_split(y: np.ndarray, test_ratio: float, rng: np.random.Generator):
    """(train_indices, test_indices) keeping each class's proportion in both splits.

    A class with a single sample goes to training. Indices come back shuffled, so a
    model sees the classes mixed even before it shuffles itself.
    """
    y = np.asarray(y)
    n = len(y)
    if n < 2:
        raise DataError(M_("errors", "Need at least 2 samples to make a training and a test set; found {count}.")
                        .format(count=n))
    train_parts, test_parts = [], []
    for cls in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == cls))
        n_test = 0 if len(idx) < 2 else _test_count(len(idx), test_ratio)
        test_parts.append(idx[:n_test])
        train_parts.append(idx[n_test:])
    train = np.concatenate(train_parts)
    test = np.concatenate(test_parts)
    if len(test) == 0:  # only single-sample classes: move one to test so both splits exist
        test, train = train[:1], train[1:]
    return rng.permutation(train), rng.permutation(test)
