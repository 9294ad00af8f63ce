"""Builds a Dataset from a Playground generator: split, then Playground feature transforms."""

from __future__ import annotations

import numpy as np

from nnstudio.data.dataset import make_dataset
from nnstudio.data.splits import random_split, stratified_split
from nnstudio.data.toy2d import GENERATORS
from nnstudio.data.transforms import PlaygroundFeatures


def build_points2d(spec: dict, task: str, description: str):
    rng = np.random.default_rng(spec["seed"])
    points, labels = GENERATORS[spec["name"]](spec["n_samples"], spec["noise"], rng)
    test_ratio = 1.0 - spec["train_ratio"]
    if task == "classification":
        train, test = stratified_split(labels, test_ratio, rng)
        class_names = ("0", "1")
    else:
        train, test = random_split(len(labels), test_ratio, rng)
        class_names = ()
    features = PlaygroundFeatures(spec["input_features"])
    return make_dataset(
        spec, task, "points2d", points[train], labels[train], points[test], labels[test],
        features, class_names=class_names, feature_names=("x1", "x2"),
        input_shape=(len(features.names),), description=description,
    )
