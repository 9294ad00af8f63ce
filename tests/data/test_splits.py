"""Seeded splits and train-only standardization."""

import numpy as np
import pytest

from nnstudio.data import Standardizer, random_split, stratified_split
from nnstudio.errors import DataError


def test_stratified_split_keeps_class_shares_and_is_a_partition():
    y = np.repeat([0, 1, 2], [100, 50, 10])
    train, test = stratified_split(y, 0.2, np.random.default_rng(0))
    assert np.bincount(y[test]).tolist() == [20, 10, 2]
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(len(y)))


def test_splits_are_deterministic_per_seed():
    y = np.arange(200) % 3
    a = stratified_split(y, 0.3, np.random.default_rng(7))
    b = stratified_split(y, 0.3, np.random.default_rng(7))
    c = stratified_split(y, 0.3, np.random.default_rng(8))
    assert np.array_equal(a[1], b[1]) and not np.array_equal(a[1], c[1])


def test_a_class_with_one_sample_goes_to_training():
    y = np.array([0, 0, 0, 0, 1])
    train, test = stratified_split(y, 0.5, np.random.default_rng(0))
    assert 4 in train and len(test) == 2


def test_random_split_sizes_and_too_few_samples():
    train, test = random_split(10, 0.3, np.random.default_rng(0))
    assert len(train) == 7 and len(test) == 3
    with pytest.raises(DataError, match="at least 2"):
        random_split(1, 0.3, np.random.default_rng(0))


def test_standardizer_fits_on_what_it_is_given_and_handles_constant_columns():
    train = np.array([[1.0, 5.0], [3.0, 5.0]])
    s = Standardizer().fit(train)
    np.testing.assert_allclose(s.mean, [2, 5])
    np.testing.assert_allclose(s.transform(np.array([[5.0, 5.0]])), [[3.0, 0.0]])
    assert s.transform(train).dtype == np.float32
    np.testing.assert_allclose(s.inverse_transform(s.transform(train)), train)
