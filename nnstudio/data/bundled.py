"""scikit-learn's bundled real data sets (iris, wine, breast cancer, digits), read offline
from the copies installed with scikit-learn; nothing is downloaded."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from nnstudio.data.dataset import Dataset, make_dataset
from nnstudio.data.splits import stratified_split
from nnstudio.data.transforms import Identity, PixelScale, Standardizer

# scikit-learn loader per name; sklearn is imported on first use (it takes a second).
_LOADERS = {"iris": "load_iris", "wine": "load_wine", "breast_cancer": "load_breast_cancer",
            "digits": "load_digits"}

DIGIT_SIDE = 8
DIGIT_MAX = 16.0


@lru_cache(maxsize=None)
def _load(name: str):
    from sklearn import datasets

    bunch = getattr(datasets, _LOADERS[name])()
    x = np.asarray(bunch.data, dtype=np.float64)
    y = np.asarray(bunch.target, dtype=np.int64)
    class_names = tuple(str(c) for c in bunch.target_names)
    feature_names = tuple(str(f) for f in getattr(bunch, "feature_names", ()))
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y, class_names, feature_names


def build_bundled(spec: dict, description: str) -> Dataset:
    """Stratified split of a bundled set. Tabular sets are standardized with training
    statistics (unless ``standardize`` is false); digits are scaled from 0–16 to 0–1."""
    name = spec["name"]
    x, y, class_names, feature_names = _load(name)
    rng = np.random.default_rng(spec["seed"])
    train, test = stratified_split(y, spec["test_ratio"], rng)
    if name == "digits":
        raw = x.reshape(-1, DIGIT_SIDE, DIGIT_SIDE)
        shape = (DIGIT_SIDE, DIGIT_SIDE, 1) if spec["layout"] == "image" else (DIGIT_SIDE * DIGIT_SIDE,)
        transform, kind = PixelScale(DIGIT_MAX, shape), "images"
        if not feature_names:
            feature_names = tuple(f"pixel_{r}_{c}" for r in range(DIGIT_SIDE) for c in range(DIGIT_SIDE))
    else:
        raw, kind = x, "tabular"
        transform = Standardizer().fit(raw[train]) if spec.get("standardize", True) else Identity()
        shape = (x.shape[1],)
    return make_dataset(
        spec, "classification", kind, raw[train], y[train], raw[test], y[test], transform,
        class_names=class_names, feature_names=feature_names, input_shape=shape,
        description=description,
    )

