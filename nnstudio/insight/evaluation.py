"""How well the model does on the test split: a confusion matrix with per-class precision and
recall for classes, R² and RMSE for values; each sample's prediction kept for browsing."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.insight import outputs


def confusion_matrix(y_true, y_pred, n_classes: int) -> np.ndarray:
    """Counts (n_classes, n_classes): row = true class, column = predicted class."""
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    flat = np.bincount(y_true * n_classes + y_pred, minlength=n_classes * n_classes)
    return flat[:n_classes * n_classes].reshape(n_classes, n_classes)


def precision_recall(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per class: precision = right / predicted as it, recall = right / truly it (NaN when 0/0)."""
    matrix = np.asarray(matrix, dtype=np.float64)
    right = np.diag(matrix)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = right / matrix.sum(axis=0)
        recall = right / matrix.sum(axis=1)
    return precision, recall


def r2_score(y_true, y_pred) -> float:
    y_true = np.asarray(y_true, dtype=np.float64).ravel()
    y_pred = np.asarray(y_pred, dtype=np.float64).ravel()
    total = float(((y_true - y_true.mean()) ** 2).sum())
    residual = float(((y_true - y_pred) ** 2).sum())
    if total == 0.0:
        return 1.0 if residual == 0.0 else float("nan")
    return 1.0 - residual / total


def rmse(y_true, y_pred) -> float:
    diff = np.asarray(y_true, dtype=np.float64).ravel() - np.asarray(y_pred, dtype=np.float64).ravel()
    return float(np.sqrt(np.mean(diff * diff))) if diff.size else float("nan")


@dataclass(frozen=True)
class ClassificationReport:
    y_true: np.ndarray
    y_pred: np.ndarray
    confidence: np.ndarray
    probabilities: np.ndarray
    matrix: np.ndarray
    precision: np.ndarray
    recall: np.ndarray
    class_names: tuple[str, ...]

    task = "classification"

    @property
    def accuracy(self) -> float:
        return float(np.mean(self.y_true == self.y_pred)) if len(self.y_true) else float("nan")

    def samples_in_cell(self, true_class: int, predicted_class: int) -> np.ndarray:
        """Test-sample indices with this true and this predicted class."""
        return np.flatnonzero((self.y_true == true_class) & (self.y_pred == predicted_class))


@dataclass(frozen=True)
class RegressionReport:
    y_true: np.ndarray
    y_pred: np.ndarray
    r2: float
    rmse: float

    task = "regression"


def evaluate(model, dataset, split="test"):
    """The report for ``split`` ("test" or "train") of ``dataset``."""
    x = dataset.x_test if split == "test" else dataset.x_train
    y = dataset.y_test if split == "test" else dataset.y_train
    out = outputs.predict(model, x)
    if dataset.task == "classification":
        k = dataset.n_classes
        probs = outputs.class_probabilities(model, out, k)
        pred, conf = outputs.predicted_classes(probs)
        y = np.asarray(y, dtype=np.int64)
        matrix = confusion_matrix(y, pred, k)
        precision, recall = precision_recall(matrix)
        names = tuple(dataset.class_names) if len(dataset.class_names) == k else tuple(str(i) for i in range(k))
        return ClassificationReport(y, pred, conf, probs, matrix, precision, recall, names)
    values = outputs.regression_values(out)
    y = np.asarray(y, dtype=np.float64).reshape(len(y), -1)[:, 0]
    return RegressionReport(y, values, r2_score(y, values), rmse(y, values))
