"""scikit-learn's bundled real data sets (iris, wine, breast cancer, digits), read offline
from the copies installed with scikit-learn; nothing is downloaded."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from sklearn import datasets as skd

from nnstudio.data.dataset import Dataset
from nnstudio.data.splits import stratified_split
from nnstudio.data.transforms import Identity, PixelScale, Standardizer

_LOADERS = {
    "iris": skd.load_iris,
    "wine": skd.load_wine,
    "breast_cancer": skd.load_breast_cancer,
    "digits": skd.load_digits,
}

DIGIT_SIDE = 8
DIGIT_MAX = 16.0


@lru_cache(maxsize=None)
def _load(name: str):
    bunch = _LOADERS[name]()
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


def make_dataset(spec, task, kind, raw_train, y_train, raw_test, y_test, transform, *,
                 class_names=(), feature_names=(), input_shape, description, n_outputs=1):
    """Builds the Dataset, featurizing both splits through ``transform``."""
    raw_train = np.ascontiguousarray(raw_train)
    raw_test = np.ascontiguousarray(raw_test)
    ds = Dataset(
        name=spec["name"], task=task, kind=kind,
        x_train=np.empty(0), y_train=np.empty(0), x_test=np.empty(0), y_test=np.empty(0),
        x_train_raw=raw_train, x_test_raw=raw_test,
        n_classes=len(class_names) if task == "classification" else 0,
        class_names=tuple(class_names) if task == "classification" else (),
        feature_names=tuple(feature_names), input_shape=tuple(int(s) for s in input_shape),
        output_units=len(class_names) if task == "classification" else n_outputs,
        description=description, transform=transform, spec=dict(spec),
    )
    y_dtype = np.int64 if task == "classification" else np.float32
    # frozen dataclass: fill the computed arrays once, here, where it is created
    object.__setattr__(ds, "x_train", ds.featurize(raw_train))
    object.__setattr__(ds, "x_test", ds.featurize(raw_test))
    object.__setattr__(ds, "y_train", np.ascontiguousarray(y_train, dtype=y_dtype))
    object.__setattr__(ds, "y_test", np.ascontiguousarray(y_test, dtype=y_dtype))
    return ds
