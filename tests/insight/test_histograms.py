import numpy as np
import pytest

from nnstudio.insight.histograms import GrowingHistogram


def test_growing_range_keeps_every_snapshot_exact():
    rng = np.random.default_rng(0)
    h = GrowingHistogram(bins=16)
    snapshots = [rng.normal(0, s, 500) for s in (0.1, 0.3, 1.0, 5.0)]
    for label, values in enumerate(snapshots):
        h.add(values, label)
    r = h.range
    assert r >= np.abs(snapshots[-1]).max()
    assert np.log2(r) == int(np.log2(r))          # a power of two
    for column, values in zip(h.matrix(), snapshots):
        expected, _ = np.histogram(values, bins=16, range=(-r, r))
        assert np.array_equal(column, expected)
    assert h.labels == [0, 1, 2, 3]


def test_a_snapshot_with_the_same_label_replaces_the_last():
    h = GrowingHistogram(bins=8)
    h.add([0.1, 0.2], 3)
    h.add([0.1, -0.2, 0.3], 3)
    assert len(h) == 1 and h.matrix()[0].sum() == 3


def test_many_snapshots_are_thinned_keeping_first_and_last():
    h = GrowingHistogram(bins=8, max_columns=10)
    for i in range(25):
        h.add([i * 0.01], i)
    assert len(h) <= 10 and h.labels[0] == 0 and h.labels[-1] == 24
    assert h.labels == sorted(h.labels)


def test_bins_must_split_in_quarters():
    with pytest.raises(ValueError):
        GrowingHistogram(bins=10)
