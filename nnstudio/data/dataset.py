"""The data a model trains on: train/test arrays plus what the views need to show them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnstudio.data.transforms import Identity, Transform

TASKS = ("classification", "regression")
KINDS = ("points2d", "tabular", "images")


@dataclass(frozen=True, eq=False)
class Dataset:
    """A loaded data set, split into train and test, ready for a model.

    ``x_*`` are float32 model inputs, already featurized (feature transforms,
    standardization, image layout); ``x_*_raw`` are the same samples before that, so
    ``featurize(x_train_raw)`` equals ``x_train``. ``y`` is int64 class indices for
    classification and float32 values for regression.
    """

    name: str
    task: str
    kind: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    x_train_raw: np.ndarray
    x_test_raw: np.ndarray
    n_classes: int
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...]
    input_shape: tuple[int, ...]
    output_units: int
    description: str
    # The raw -> model-input transform ``featurize`` applies (fitted on the training split).
    transform: Transform = field(default_factory=Identity, repr=False)
    # The complete spec (defaults filled in) that ``load_dataset`` rebuilds this data from.
    spec: dict = field(default_factory=dict, repr=False)
    # For a table read from a CSV file: raw rows -> inputs and outputs -> answers
    # (``nnstudio.data.table_encoding.TablePreprocessing``); None for the built-in sets.
    preprocessing: object = field(default=None, repr=False)

    def __post_init__(self):
        if self.task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}. Received: task={self.task!r}")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}. Received: kind={self.kind!r}")

    @property
    def n_train(self) -> int:
        return int(len(self.y_train))

    @property
    def n_test(self) -> int:
        return int(len(self.y_test))

    def featurize(self, raw) -> np.ndarray:
        """Turn raw samples (coordinates, 0–16 pixels, CSV numbers) into model inputs.

        Uses exactly the transform the training data went through, so a point on the
        decision-boundary grid or a drawn digit is seen as the model saw its training data.
        """
        return apply_transform(self.transform, raw)

    def class_counts(self) -> dict:
        """Samples per class in each split: ``{"train": {name: n}, "test": {name: n}}``.

        For regression there are no classes and both inner dicts are empty.
        """
        if self.task != "classification":
            return {"train": {}, "test": {}}
        result = {}
        for split, y in (("train", self.y_train), ("test", self.y_test)):
            counts = np.bincount(np.asarray(y, dtype=np.int64), minlength=self.n_classes)
            result[split] = {name: int(c) for name, c in zip(self.class_names, counts)}
        return result


TRANSFORM_ROWS = 65536  # big inputs are transformed this many rows at a time (peak memory)


def apply_transform(transform: Transform, raw) -> np.ndarray:
    """``transform(raw)`` as contiguous float32: the one place raw data becomes model input."""
    raw = np.asarray(raw, dtype=np.float64)
    if raw.ndim < 2 or len(raw) <= TRANSFORM_ROWS:
        return np.ascontiguousarray(transform(raw), dtype=np.float32)
    first = np.asarray(transform(raw[:TRANSFORM_ROWS]), dtype=np.float32)
    out = np.empty((len(raw), *first.shape[1:]), dtype=np.float32)
    out[:TRANSFORM_ROWS] = first
    for start in range(TRANSFORM_ROWS, len(raw), TRANSFORM_ROWS):
        out[start:start + TRANSFORM_ROWS] = transform(raw[start:start + TRANSFORM_ROWS])
    return out


def make_dataset(spec, task, kind, raw_train, y_train, raw_test, y_test, transform, *,
                 class_names=(), feature_names=(), input_shape, description, n_outputs=1, preprocessing=None):
    """Builds a Dataset, featurizing both splits through ``transform``."""
    classification = task == "classification"
    y_dtype = np.int64 if classification else np.float32
    raw_train, raw_test = np.ascontiguousarray(raw_train), np.ascontiguousarray(raw_test)
    return Dataset(
        name=spec["name"], task=task, kind=kind,
        x_train=apply_transform(transform, raw_train),
        y_train=np.ascontiguousarray(y_train, dtype=y_dtype),
        x_test=apply_transform(transform, raw_test),
        y_test=np.ascontiguousarray(y_test, dtype=y_dtype),
        x_train_raw=raw_train, x_test_raw=raw_test,
        n_classes=len(class_names) if classification else 0,
        class_names=tuple(class_names) if classification else (),
        feature_names=tuple(feature_names), input_shape=tuple(int(s) for s in input_shape),
        output_units=len(class_names) if classification else n_outputs,
        description=description, transform=transform, spec=dict(spec), preprocessing=preprocessing,
    )
