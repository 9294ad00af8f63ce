"""Losses, each as ``forward_backward(y_true, y_pred) -> (loss, dL/dy_pred)``, mean over the batch.

Cross-entropies from logits go through log-sum-exp (no ``log(softmax)`` that overflows); from
probabilities they clip to [ε, 1−ε] as Keras does.
"""

from __future__ import annotations

import numpy as np

from nnstudio.engine import backend
from nnstudio.engine.activations import _sigmoid, row_max
from nnstudio.i18n import M_


def _as_pred_shape(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=y_pred.dtype)
    if y_true.shape != y_pred.shape and y_true.size == y_pred.size:
        y_true = y_true.reshape(y_pred.shape)
    if y_true.shape != y_pred.shape:
        raise ValueError(M_("errors", "Targets of shape {targets} do not match the model's output of shape {output}.")
                         .format(targets=y_true.shape, output=y_pred.shape))
    return y_true


class Loss:
    name = "loss"
    #: the accuracy flavour Keras picks for ``metrics=['accuracy']`` with this loss
    accuracy_kind = None

    def forward_backward(self, y_true, y_pred):
        raise NotImplementedError

    def __call__(self, y_true, y_pred):
        y_pred = np.asarray(y_pred, dtype=backend.floatx())
        return self.forward_backward(y_true, y_pred)[0]

    def get_config(self):
        return {"name": self.name}

    def __repr__(self):
        return f"{type(self).__name__}({self.get_config()})"


_ROWS = np.arange(1024)


def _rows(n):
    """0 … n−1 for picking each row's label entry (a view of a cached range when it is small)."""
    return _ROWS[:n] if n <= _ROWS.shape[0] else np.arange(n)


def _labels(y_true, y_pred):
    """Integer class labels, one per row of ``y_pred``, each a valid column of it."""
    labels = np.asarray(y_true).reshape(-1).astype(np.intp, copy=False)
    n, k = y_pred.shape[0], y_pred.shape[-1]
    if labels.shape[0] != n:
        raise ValueError(M_("errors", "Got {labels} labels for {predictions} predictions.")
                         .format(labels=labels.shape[0], predictions=n))
    # one pass: a negative label seen as unsigned is huge, so "≥ k" catches both ends
    if n and int(np.maximum.reduce(labels.view(np.uintp))) >= k:
        raise ValueError(M_("errors", "Class labels must be 0 … {last} for an output of {units} units; "
                                      "got {low} … {high}.")
                         .format(last=k - 1, units=k, low=labels.min(), high=labels.max()))
    return labels


def _log_softmax(z):
    shifted = z - row_max(z)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _clip(p):
    """Keras clips probabilities to [ε, 1 − ε] before the logarithm."""
    eps = backend.epsilon()
    return np.clip(p, eps, 1 - eps)


def _clipped(p):
    """(``_clip(p)``, where the clip did not bite: the only places with a gradient)."""
    eps = backend.epsilon()
    return _clip(p), (p > eps) & (p < 1 - eps)


class _CrossEntropy(Loss):
    """The cross-entropies' shared settings, ``from_logits`` (label smoothing is refused), and their
    two forms: each class gives (loss, gradient) from logits and from probabilities."""

    def __init__(self, from_logits=False, label_smoothing=0.0, **kwargs):
        self.from_logits = bool(from_logits)
        if label_smoothing:
            raise ValueError(M_("errors", "label_smoothing is not supported. Received: label_smoothing={value!r}")
                             .format(value=label_smoothing))

    def get_config(self):
        return {"name": self.name, "from_logits": self.from_logits}

    def targets(self, y_true, y_pred):
        return _as_pred_shape(y_true, y_pred)

    def forward_backward(self, y_true, y_pred):
        y = self.targets(y_true, y_pred)
        return self.loss_from_logits(y, y_pred) if self.from_logits else self.loss_from_probabilities(y, y_pred)


class SparseCategoricalCrossentropy(_CrossEntropy):
    name = "sparse_categorical_crossentropy"
    accuracy_kind = "sparse_categorical"

    def targets(self, y_true, y_pred):
        return _labels(y_true, y_pred)

    def loss_from_logits(self, labels, z):
        # softmax and log-sum-exp from one exp: loss = mean(log Σe^s − s_label), s = z − max z
        n = z.shape[0]
        rows = _rows(n)
        shifted = z - row_max(z)
        grad = np.exp(shifted)
        total = np.add.reduce(grad, axis=-1, keepdims=True)
        loss = (float(np.add.reduce(np.log(total), axis=None)) - float(np.add.reduce(shifted[rows, labels]))) / n
        grad /= total  # softmax
        grad[rows, labels] -= 1
        grad *= 1.0 / n
        return loss, grad

    def loss_from_probabilities(self, labels, y_pred):
        n = y_pred.shape[0]
        rows = _rows(n)
        p, inside = _clipped(y_pred[rows, labels])
        loss = -float(np.log(p).mean())
        grad = np.zeros_like(y_pred)
        grad[rows, labels] = np.where(inside, -1.0 / (n * p), 0)
        return loss, grad


class CategoricalCrossentropy(_CrossEntropy):
    name = "categorical_crossentropy"
    accuracy_kind = "categorical"

    def loss_from_logits(self, y, z):
        logp = _log_softmax(z)
        loss = -float((y * logp).sum(axis=-1).mean())
        # d/dz of −Σ y log softmax(z) = softmax(z)·Σy − y
        grad = (np.exp(logp) * y.sum(axis=-1, keepdims=True) - y) * (1.0 / z.shape[0])
        return loss, grad

    def loss_from_probabilities(self, y, y_pred):
        # Keras renormalises probabilities before clipping
        s = y_pred.sum(axis=-1, keepdims=True)
        q = y_pred / s
        p, inside = _clipped(q)
        loss = -float((y * np.log(p)).sum(axis=-1).mean())
        dq = np.where(inside, -y / p, 0) * (1.0 / y_pred.shape[0])
        grad = (dq - (dq * q).sum(axis=-1, keepdims=True)) / s
        return loss, grad


class BinaryCrossentropy(_CrossEntropy):
    name = "binary_crossentropy"
    accuracy_kind = "binary"

    def loss_from_logits(self, y, z):
        # max(z, 0) − z·y + log(1 + e^−|z|): stable for any z
        loss = float((np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))).mean())
        grad = _sigmoid(z)
        grad -= y
        grad *= 1.0 / z.size
        return loss, grad

    def loss_from_probabilities(self, y, y_pred):
        p, inside = _clipped(y_pred)
        loss = -float((y * np.log(p) + (1 - y) * np.log(1 - p)).mean())
        grad = np.where(inside, (p - y) / (p * (1 - p)), 0) * (1.0 / y_pred.size)
        return loss, grad.astype(y_pred.dtype, copy=False)


class MeanSquaredError(Loss):
    name = "mean_squared_error"

    def forward_backward(self, y_true, y_pred):
        d = y_pred - _as_pred_shape(y_true, y_pred)
        return float((d * d).mean()), d * (2.0 / d.size)


class MeanAbsoluteError(Loss):
    name = "mean_absolute_error"

    def forward_backward(self, y_true, y_pred):
        d = y_pred - _as_pred_shape(y_true, y_pred)
        return float(np.abs(d).mean()), np.sign(d) * (1.0 / d.size)


class Huber(Loss):
    name = "huber_loss"

    def __init__(self, delta=1.0, **kwargs):
        if isinstance(delta, bool) or not isinstance(delta, (int, float)) or delta <= 0:
            raise ValueError(M_("errors", "Expected a positive number. Received: {arg}={value!r}")
                             .format(arg="delta", value=delta))
        self.delta = float(delta)

    def forward_backward(self, y_true, y_pred):
        d = y_pred - _as_pred_shape(y_true, y_pred)
        a = np.abs(d)
        c = np.minimum(a, self.delta)
        # ½d² where |d| ≤ δ, δ|d| − ½δ² beyond: both are ½c² + δ(|d| − c) with c = min(|d|, δ)
        loss = float(np.add.reduce(0.5 * c * c + self.delta * (a - c), axis=None)) / d.size
        grad = np.clip(d, -self.delta, self.delta)
        grad *= 1.0 / d.size
        return loss, grad

    def get_config(self):
        return {"name": self.name, "delta": self.delta}


_REGISTRY = {
    "sparse_categorical_crossentropy": SparseCategoricalCrossentropy,
    "categorical_crossentropy": CategoricalCrossentropy,
    "binary_crossentropy": BinaryCrossentropy,
    "mean_squared_error": MeanSquaredError,
    "mse": MeanSquaredError,
    "mean_absolute_error": MeanAbsoluteError,
    "mae": MeanAbsoluteError,
    "huber": Huber,
    "huber_loss": Huber,
}
_CLASSES = {c.__name__: c for c in set(_REGISTRY.values())}

#: Names offered to users.
NAMES = ("sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy",
         "mean_squared_error", "mean_absolute_error", "huber")


def get(identifier) -> Loss:
    if isinstance(identifier, Loss):
        return identifier
    if callable(identifier) and identifier in _FUNCTIONS:   # keras.losses.mse and the like
        return _FUNCTIONS[identifier]()
    if isinstance(identifier, str) and identifier in _REGISTRY:
        return _REGISTRY[identifier]()
    if isinstance(identifier, dict):
        cls = _CLASSES.get(identifier.get("class_name"))
        if cls is not None:
            cfg = dict(identifier.get("config") or {})
            cfg.pop("name", None)
            cfg.pop("reduction", None)
            cfg.pop("dtype", None)
            return cls(**cfg)
    raise ValueError(M_("errors", "Unknown loss. Expected one of {names}. Received: loss={value!r}")
                     .format(names=", ".join(NAMES), value=identifier))


def serialize(loss: Loss) -> dict:
    cfg = loss.get_config()
    cfg.pop("name", None)
    return {"class_name": type(loss).__name__, "config": cfg}


# Keras's functional forms: one loss value per sample (the mean over the last axis), which the
# classes above average over the batch. ``model.compile(loss=keras.losses.mse)`` means the class.
def _prediction(y_pred):
    y_pred = np.asarray(y_pred)
    return y_pred if y_pred.dtype in (np.float32, np.float64) else y_pred.astype(backend.floatx())


def _functional(cls):
    def register(fn):
        fn.loss_class = cls
        _FUNCTIONS[fn] = cls
        return fn
    return register


_FUNCTIONS: dict = {}


@_functional(MeanSquaredError)
def mean_squared_error(y_true, y_pred):
    y_pred = _prediction(y_pred)
    d = y_pred - _as_pred_shape(y_true, y_pred)
    return np.mean(d * d, axis=-1)


@_functional(MeanAbsoluteError)
def mean_absolute_error(y_true, y_pred):
    y_pred = _prediction(y_pred)
    return np.mean(np.abs(y_pred - _as_pred_shape(y_true, y_pred)), axis=-1)


@_functional(Huber)
def huber(y_true, y_pred, delta=1.0):
    y_pred = _prediction(y_pred)
    delta = Huber(delta).delta
    a = np.abs(y_pred - _as_pred_shape(y_true, y_pred))
    c = np.minimum(a, delta)
    return np.mean(0.5 * c * c + delta * (a - c), axis=-1)


@_functional(SparseCategoricalCrossentropy)
def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False):
    y_pred = _prediction(y_pred)
    labels = _labels(y_true, y_pred)
    rows = _rows(len(labels))
    if from_logits:
        return -_log_softmax(y_pred)[rows, labels]
    return -np.log(_clip(y_pred[rows, labels]))


@_functional(CategoricalCrossentropy)
def categorical_crossentropy(y_true, y_pred, from_logits=False):
    y_pred = _prediction(y_pred)
    y = _as_pred_shape(y_true, y_pred)
    if from_logits:
        return -(y * _log_softmax(y_pred)).sum(axis=-1)
    p = _clip(y_pred / y_pred.sum(axis=-1, keepdims=True))
    return -(y * np.log(p)).sum(axis=-1)


@_functional(BinaryCrossentropy)
def binary_crossentropy(y_true, y_pred, from_logits=False):
    y_pred = _prediction(y_pred)
    y = _as_pred_shape(y_true, y_pred)
    if from_logits:
        z = y_pred
        return np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))), axis=-1)
    p = _clip(y_pred)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p), axis=-1)


mse = MSE = mean_squared_error
mae = MAE = mean_absolute_error
huber_loss = huber
