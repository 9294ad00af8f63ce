"""The Playground's 2-D sets: sizes, classes, the Playground's geometry, knobs, determinism."""


import numpy as np
import pytest

from nnstudio.data import DATASETS, load_dataset

CLASSIFICATION = ["circle", "xor", "gauss", "spiral", "moons"]
REGRESSION = ["plane", "multi_gaussian"]


def all_points(ds):
    return np.concatenate([ds.x_train_raw, ds.x_test_raw]), np.concatenate([ds.y_train, ds.y_test])


@pytest.mark.parametrize("name", CLASSIFICATION + REGRESSION)
def test_sizes_split_and_types(name):
    ds = load_dataset({"name": name, "n_samples": 400, "train_ratio": 0.7})
    assert ds.kind == "points2d" and ds.input_shape == (2,)
    assert ds.n_train + ds.n_test == 400
    assert ds.n_train == pytest.approx(280, abs=2)
    assert ds.x_train.dtype == np.float32 and ds.x_train.shape == (ds.n_train, 2)
    assert ds.x_train_raw.shape == (ds.n_train, 2)
    np.testing.assert_array_equal(ds.featurize(ds.x_train_raw), ds.x_train)
    if name in CLASSIFICATION:
        assert ds.task == "classification" and ds.n_classes == 2 and ds.output_units == 2
        assert ds.y_train.dtype == np.int64 and set(np.unique(ds.y_train)) == {0, 1}
    else:
        assert ds.task == "regression" and ds.n_classes == 0 and ds.output_units == 1
        assert ds.y_train.dtype == np.float32
        assert np.abs(ds.y_train).max() <= 1.2 + 1e-6  # (6 + 6) / 10 at the plane's corner


@pytest.mark.parametrize("name", CLASSIFICATION + REGRESSION)
def test_same_seed_same_data_other_seed_differs(name):
    a = load_dataset({"name": name, "seed": 3, "noise": 0.2})
    b = load_dataset({"name": name, "seed": 3, "noise": 0.2})
    c = load_dataset({"name": name, "seed": 4, "noise": 0.2})
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize("name", ["circle", "gauss", "spiral", "moons"])
def test_classes_are_balanced_and_split_stratified(name):
    ds = load_dataset({"name": name, "n_samples": 500, "train_ratio": 0.5})
    counts = ds.class_counts()
    assert counts["train"] == {"0": 125, "1": 125}
    assert counts["test"] == {"0": 125, "1": 125}


def test_circle_without_noise_is_inside_versus_ring():
    x, y = all_points(load_dataset({"name": "circle", "noise": 0.0}))
    r = np.hypot(x[:, 0], x[:, 1])
    assert np.all(r[y == 1] <= 2.5) and np.all((r[y == 0] >= 3.5) & (r[y == 0] <= 5.0))


def test_circle_noise_flips_labels_near_the_boundary_only_as_in_playground():
    x, y = all_points(load_dataset({"name": "circle", "noise": 0.3, "n_samples": 2000}))
    inside = np.hypot(x[:, 0], x[:, 1]) < 2.5
    wrong = np.mean(inside != (y == 1))
    assert 0.02 < wrong < 0.45


def test_xor_labels_are_the_sign_of_x_times_y():
    x, y = all_points(load_dataset({"name": "xor", "noise": 0.0}))
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] >= 0).astype(int))
    assert np.abs(x).min() >= 0.3 and np.abs(x).max() <= 5.3


def test_gauss_clouds_sit_at_plus_and_minus_two_and_noise_widens_them():
    x, y = all_points(load_dataset({"name": "gauss", "noise": 0.0, "n_samples": 2000}))
    np.testing.assert_allclose(x[y == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(x[y == 0].mean(axis=0), [-2, -2], atol=0.1)
    np.testing.assert_allclose(x[y == 1].std(axis=0), np.sqrt(0.5), atol=0.06)
    wide, _ = all_points(load_dataset({"name": "gauss", "noise": 0.5, "n_samples": 2000}))
    assert wide.std() > x.std()


def test_spiral_without_noise_lies_on_two_arms_of_radius_up_to_five():
    x, y = all_points(load_dataset({"name": "spiral", "noise": 0.0}))
    assert np.hypot(x[:, 0], x[:, 1]).max() < 5.0
    # the two arms are the same curve turned by pi: arm 0 = -arm 1
    arm1 = x[y == 1][np.argsort(np.hypot(*x[y == 1].T))]
    arm0 = x[y == 0][np.argsort(np.hypot(*x[y == 0].T))]
    np.testing.assert_allclose(arm0, -arm1, atol=1e-9)


def test_moons_fill_the_playground_view():
    x, _ = all_points(load_dataset({"name": "moons", "noise": 0.1}))
    assert np.abs(x).max() < 6.0 and np.abs(x).max() > 3.0


def test_plane_label_is_x_plus_y_over_ten():
    ds = load_dataset({"name": "plane", "noise": 0.0})
    x, y = all_points(ds)
    np.testing.assert_allclose(y, (x[:, 0] + x[:, 1]) / 10, atol=1e-6)


def test_multi_gaussian_peaks_at_bump_centres():
    ds = load_dataset({"name": "multi_gaussian", "noise": 0.0, "n_samples": 5000})
    x, y = all_points(ds)
    near = np.hypot(x[:, 0] - 4, x[:, 1] - 2.5) < 0.2
    assert near.any() and np.all(y[near] > 0.85)
    far = np.hypot(x[:, 0] - 2, x[:, 1]) < 0.3  # more than 2 from every centre
    assert np.all(y[far] == 0)


def test_input_features_extend_the_inputs_and_featurize_matches():
    features = ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]
    ds = load_dataset({"name": "circle", "input_features": features})
    assert ds.input_shape == (7,) and ds.x_train.shape[1] == 7
    assert ds.feature_names == ("x1", "x2")
    x1, x2 = ds.x_train_raw[:, 0], ds.x_train_raw[:, 1]
    expected = np.stack([x1, x2, x1**2, x2**2, x1 * x2, np.sin(x1), np.sin(x2)], axis=1)
    np.testing.assert_allclose(ds.x_train, expected, rtol=1e-6)
    grid = np.array([[0.0, 1.0], [2.0, -3.0]])
    np.testing.assert_allclose(ds.featurize(grid)[1], [2, -3, 4, 9, -6, np.sin(2), np.sin(-3)], rtol=1e-6)


def test_default_specs_follow_the_playground():
    spec = DATASETS["spiral"].default_spec
    assert spec["noise"] == 0.0 and spec["train_ratio"] == 0.5 and spec["n_samples"] == 500
    assert spec["input_features"] == ["x1", "x2"]
    assert DATASETS["spiral"].ranges["noise"] == (0.0, 0.5)
