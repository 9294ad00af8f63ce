"""scikit-learn's bundled sets and the classic example's data: offline, split, scaled."""

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from nnstudio.data import load_dataset

SIZES = {"iris": (150, 4, 3), "wine": (178, 13, 3), "breast_cancer": (569, 30, 2)}


@pytest.mark.parametrize("name", sorted(SIZES))
def test_tabular_sets_have_their_known_sizes(name):
    n, features, classes = SIZES[name]
    ds = load_dataset({"name": name, "test_ratio": 0.2, "seed": 0})
    assert ds.kind == "tabular" and ds.task == "classification"
    assert ds.n_train + ds.n_test == n and ds.n_test == pytest.approx(0.2 * n, abs=classes)
    assert ds.input_shape == (features,) and ds.x_train.shape == (ds.n_train, features)
    assert ds.n_classes == classes == ds.output_units == len(ds.class_names)
    assert len(ds.feature_names) == features
    assert ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int64


@pytest.mark.parametrize("name", sorted(SIZES) + ["digits"])
def test_split_is_stratified(name):
    ds = load_dataset({"name": name, "test_ratio": 0.25})
    train = np.bincount(ds.y_train) / ds.n_train
    test = np.bincount(ds.y_test) / ds.n_test
    np.testing.assert_allclose(train, test, atol=0.03)


def test_standardization_uses_training_statistics_only():
    ds = load_dataset({"name": "wine", "test_ratio": 0.3, "seed": 1})
    np.testing.assert_allclose(ds.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(ds.x_train.std(axis=0), 1, atol=1e-4)
    mean, std = ds.x_train_raw.mean(axis=0), ds.x_train_raw.std(axis=0)
    np.testing.assert_allclose(ds.x_test, (ds.x_test_raw - mean) / std, rtol=1e-4, atol=1e-5)
    assert np.abs(ds.x_test.mean(axis=0)).max() > 1e-3  # test stats were not used
    np.testing.assert_array_equal(ds.featurize(ds.x_test_raw), ds.x_test)


def test_standardize_can_be_switched_off():
    ds = load_dataset({"name": "iris", "standardize": False})
    np.testing.assert_array_equal(ds.x_train, ds.x_train_raw.astype(np.float32))


def test_digits_raw_pixels_are_0_to_16_and_featurize_matches():
    flat = load_dataset({"name": "digits"})
    image = load_dataset({"name": "digits", "layout": "image"})
    assert flat.kind == image.kind == "images"
    assert flat.x_train_raw.shape[1:] == (8, 8)
    assert flat.x_train_raw.min() == 0 and flat.x_train_raw.max() == 16
    assert np.all(flat.x_train_raw == np.round(flat.x_train_raw))
    assert flat.input_shape == (64,) and flat.x_train.shape[1:] == (64,)
    assert image.input_shape == (8, 8, 1) and image.x_train.shape[1:] == (8, 8, 1)
    np.testing.assert_array_equal(flat.featurize(flat.x_train_raw), flat.x_train)
    np.testing.assert_array_equal(image.featurize(image.x_test_raw), image.x_test)
    np.testing.assert_array_equal(image.x_train.reshape(-1, 64), flat.x_train)
    assert flat.x_train.max() == 1.0
    assert flat.class_names == tuple("0123456789")
    drawn = np.zeros((8, 8))
    drawn[2:6, 3] = 16
    assert image.featurize(drawn[None]).shape == (1, 8, 8, 1)


def test_bundled_sets_are_deterministic_per_seed():
    a, b = load_dataset({"name": "iris", "seed": 5}), load_dataset({"name": "iris", "seed": 5})
    c = load_dataset({"name": "iris", "seed": 6})
    np.testing.assert_array_equal(a.x_test, b.x_test)
    assert not np.array_equal(a.x_test_raw, c.x_test_raw)


def test_classic_data_matches_the_classic_example():
    ds = load_dataset({"name": "classic"})
    assert ds.input_shape == (32,) and ds.n_classes == 10 and ds.output_units == 10
    assert ds.n_train == 4800 and ds.n_test == 1200
    assert ds.class_counts()["train"] == {str(i): 480 for i in range(10)}
    small = load_dataset({"name": "classic", "n_samples": 1000, "test_ratio": 0.5})
    assert small.n_train == small.n_test == 500


def test_classic_data_is_learnable_but_not_trivial():
    ds = load_dataset({"name": "classic", "n_samples": 3000, "seed": 2})
    accuracy = LogisticRegression(max_iter=300).fit(ds.x_train, ds.y_train).score(ds.x_test, ds.y_test)
    assert 0.7 < accuracy < 0.97
