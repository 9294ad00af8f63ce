"""Metrics accumulated over an epoch from each batch's predictions (no second forward pass).

``'accuracy'`` resolves as Keras does, by the loss: sparse-categorical, categorical or binary.
Binary accuracy thresholds probabilities at 0.5, and logits (``from_logits=True``) at 0.
"""

from __future__ import annotations

import numpy as np

from nnstudio.i18n import M_


class Metric:
    name = "metric"

    def __init__(self):
        self.reset()

    def reset(self):
        self.total = 0.0
        self.count = 0

    def batch_value(self, y_true, y_pred):
        raise NotImplementedError

    def update(self, y_true, y_pred):
        v, n = self.batch_value(y_true, y_pred)
        self.total += v
        self.count += n

    def result(self) -> float:
        return self.total / self.count if self.count else 0.0


class SparseCategoricalAccuracy(Metric):
    name = "accuracy"

    def batch_value(self, y_true, y_pred):
        return int(np.count_nonzero(y_pred.argmax(axis=-1) == np.asarray(y_true).reshape(-1))), y_pred.shape[0]


class CategoricalAccuracy(Metric):
    name = "accuracy"

    def batch_value(self, y_true, y_pred):
        return int((y_pred.argmax(axis=-1) == np.asarray(y_true).argmax(axis=-1)).sum()), y_pred.shape[0]


class BinaryAccuracy(Metric):
    name = "accuracy"

    def __init__(self, threshold=0.5):
        self.threshold = threshold
        super().__init__()

    def batch_value(self, y_true, y_pred):
        pred = y_pred > self.threshold
        return int((pred == (np.asarray(y_true).reshape(y_pred.shape) > 0.5)).sum()), y_pred.size


class MeanAbsoluteError(Metric):
    name = "mae"

    def batch_value(self, y_true, y_pred):
        return float(np.abs(y_pred - np.asarray(y_true).reshape(y_pred.shape)).sum()), y_pred.size


class MeanSquaredError(Metric):
    name = "mse"

    def batch_value(self, y_true, y_pred):
        d = y_pred - np.asarray(y_true).reshape(y_pred.shape)
        return float((d * d).sum()), y_pred.size


def get(identifier, loss=None) -> Metric:
    """Resolve a metric name for a compiled loss (``'accuracy'`` depends on the loss)."""
    if isinstance(identifier, Metric):
        return identifier
    if identifier in ("accuracy", "acc"):
        kind = getattr(loss, "accuracy_kind", None)
        if kind == "categorical":
            return CategoricalAccuracy()
        if kind == "binary":
            return BinaryAccuracy(0.0 if getattr(loss, "from_logits", False) else 0.5)
        if kind == "sparse_categorical":
            return SparseCategoricalAccuracy()
        raise ValueError(M_("errors", "'accuracy' needs a classification loss; the loss is {loss!r}. "
                                      "Received: metrics={value!r}").format(loss=getattr(loss, "name", loss),
                                                                            value=identifier))
    if identifier in ("sparse_categorical_accuracy",):
        m = SparseCategoricalAccuracy(); m.name = identifier; return m
    if identifier in ("categorical_accuracy",):
        m = CategoricalAccuracy(); m.name = identifier; return m
    if identifier in ("binary_accuracy",):
        m = BinaryAccuracy(); m.name = identifier; return m
    if identifier in ("mae", "mean_absolute_error"):
        m = MeanAbsoluteError(); m.name = identifier; return m
    if identifier in ("mse", "mean_squared_error"):
        m = MeanSquaredError(); m.name = identifier; return m
    raise ValueError(M_("errors", "Unknown metric. Expected 'accuracy', 'mae' or 'mse'. Received: metrics={value!r}")
                     .format(value=identifier))
