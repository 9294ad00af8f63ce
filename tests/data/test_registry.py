"""The catalogue and load_dataset's spec handling (what other packages code against)."""

import json

import numpy as np
import pytest

from nnstudio.data import DATASETS, Dataset, DatasetInfo, load_dataset, resolve_spec
from nnstudio.errors import DataError, NNStudioError

NAMES = ["circle", "xor", "gauss", "spiral", "moons", "plane", "multi_gaussian", "iris", "wine",
         "breast_cancer", "digits", "shapes", "classic"]


def test_catalogue_lists_every_data_set_with_a_json_default_spec():
    assert list(DATASETS) == NAMES
    for name, info in DATASETS.items():
        assert isinstance(info, DatasetInfo) and info.name == name == info.default_spec["name"]
        assert info.task in ("classification", "regression")
        assert info.kind in ("points2d", "tabular", "images")
        assert info.title and info.description
        assert json.loads(json.dumps(info.default_spec)) == info.default_spec


@pytest.mark.parametrize("name", NAMES)
def test_every_data_set_loads_and_agrees_with_its_info(name):
    info = DATASETS[name]
    ds = load_dataset({"name": name})
    assert isinstance(ds, Dataset)
    assert (ds.name, ds.task, ds.kind) == (name, info.task, info.kind)
    assert ds.x_train.shape[1:] == ds.input_shape and ds.x_test.shape[1:] == ds.input_shape
    assert len(ds.x_train) == len(ds.y_train) == len(ds.x_train_raw)
    assert np.isfinite(ds.x_train).all() and np.isfinite(ds.x_test).all()
    np.testing.assert_array_equal(ds.featurize(ds.x_train_raw), ds.x_train)
    assert ds.spec == resolve_spec(ds.spec)
    json.dumps(ds.spec)


def test_loading_the_stored_spec_gives_the_same_data():
    ds = load_dataset({"name": "moons", "noise": 0.3, "seed": 9})
    again = load_dataset(ds.spec)
    np.testing.assert_array_equal(ds.x_train, again.x_train)
    np.testing.assert_array_equal(ds.y_test, again.y_test)


def test_missing_keys_take_the_defaults():
    assert resolve_spec({"name": "spiral"}) == DATASETS["spiral"].default_spec


@pytest.mark.parametrize("spec, words", [
    ({"name": "nope"}, ["nope", "spiral"]),
    ({}, ["None"]),
    ("spiral", ["dictionary"]),
    ({"name": "spiral", "noise": 0.9}, ["noise", "0.9"]),
    ({"name": "spiral", "noise": "lots"}, ["noise"]),
    ({"name": "spiral", "train_ratio": 0.95}, ["train_ratio"]),
    ({"name": "spiral", "n_samples": 2.5}, ["n_samples", "whole number"]),
    ({"name": "spiral", "n_samples": True}, ["n_samples"]),
    ({"name": "spiral", "seed": -1}, ["seed"]),
    ({"name": "spiral", "input_features": ["x3"]}, ["input_features", "x3"]),
    ({"name": "spiral", "input_features": []}, ["input_features"]),
    ({"name": "digits", "layout": "square"}, ["layout", "square"]),
    ({"name": "iris", "test_ratio": 0}, ["test_ratio"]),
    ({"name": "iris", "standardize": "yes"}, ["standardize"]),
    ({"name": "iris", "noise": 0.1}, ["noise", "test_ratio"]),
    ({"name": "csv"}, ["path"]),
    ({"name": "csv", "path": "/x.csv", "missing": "guess"}, ["missing", "guess"]),
])
def test_bad_specs_raise_a_data_error_naming_the_problem(spec, words):
    with pytest.raises(DataError) as info:
        load_dataset(spec)
    assert isinstance(info.value, NNStudioError) and isinstance(info.value, ValueError)
    for word in words:
        assert word in str(info.value)


def test_class_counts_per_split():
    ds = load_dataset({"name": "iris", "test_ratio": 0.2})
    counts = ds.class_counts()
    assert counts["train"] == {"setosa": 40, "versicolor": 40, "virginica": 40}
    assert counts["test"] == {"setosa": 10, "versicolor": 10, "virginica": 10}
    assert load_dataset({"name": "plane"}).class_counts() == {"train": {}, "test": {}}


def test_progress_reaches_one_for_generated_sets():
    seen = []
    load_dataset({"name": "xor"}, progress=seen.append)
    assert seen[-1] == 1.0
