"""From a model's raw outputs to what a person reads: class probabilities, the predicted class
and its confidence, or the predicted value. Also the per-layer outputs of a forward pass.

Predictions run in inference mode (``training=False``) on the caller's own model instance, in
chunks, so a 10 000-point grid costs a few matrix products and no per-sample Python; a chunk is
cut so that the widest layer's output stays within ``budget.INSIGHT_BATCH_VALUES``.
"""

from __future__ import annotations

import numpy as np

from nnstudio.engine import backend, budget, losses

CHUNK = 4096


def predict(model, x) -> np.ndarray:
    """``model``'s outputs for ``x`` (already featurized), in large chunks."""
    x = backend.as_float_array(x)
    chunk = budget.insight_batch(budget.widest_output(model.layers), CHUNK)
    if len(x) <= chunk:
        return np.array(model.forward(x, False), copy=True)
    return np.concatenate([model.forward(x[i:i + chunk], False) for i in range(0, len(x), chunk)])


def layer_outputs(model, x) -> list[np.ndarray]:
    """The output of every layer of ``model`` for ``x`` (inference mode), in layer order."""
    x = backend.as_float_array(x)
    outs = []
    for layer in model.layers:
        x = layer.forward(x, False)
        outs.append(np.array(x, copy=True))
    return outs


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def class_probabilities(model, out: np.ndarray, n_classes: int) -> np.ndarray:
    """(n, n_classes) probabilities from raw outputs, as the model's loss reads them: a softmax
    (or a sigmoid for one output) when the loss works on logits, the outputs themselves when the
    network ends in softmax/sigmoid. Other losses (e.g. MSE on classes) get their outputs clipped
    at 0 and normalised, so the arg-max is always the model's own arg-max."""
    out = np.asarray(out, dtype=np.float64).reshape(len(out), -1)
    loss = getattr(model, "loss", None)
    ce = isinstance(loss, (losses.SparseCategoricalCrossentropy, losses.CategoricalCrossentropy,
                           losses.BinaryCrossentropy))
    logits = ce and getattr(loss, "from_logits", False)
    if out.shape[1] == 1:
        # one output: P(class 1); a regression-style loss on 0/1 labels estimates it directly
        p = _sigmoid(out[:, 0]) if logits else np.clip(out[:, 0], 0.0, 1.0)
        probs = np.stack([1.0 - p, p], axis=1)
    elif logits:
        probs = _softmax(out)
    else:
        clipped = np.clip(out, 0.0, None)
        total = clipped.sum(axis=1, keepdims=True)
        probs = np.where(total > 0, clipped / np.where(total > 0, total, 1.0), _softmax(out))
    if probs.shape[1] < n_classes:
        probs = np.pad(probs, ((0, 0), (0, n_classes - probs.shape[1])))
    return probs


def predicted_classes(probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(class index, confidence) per row of class probabilities."""
    cls = np.argmax(probs, axis=1)
    return cls, probs[np.arange(len(probs)), cls]


def regression_values(out: np.ndarray) -> np.ndarray:
    """The first output of each sample (the data sets predict one value)."""
    out = np.asarray(out, dtype=np.float64)
    return out.reshape(len(out), -1)[:, 0]
