"""From a project to a compiled engine model, and from a dataset's labels to the loss's targets.

Both the app's training session and the headless ``nnstudio train`` go through here, so the same
project and seed give the same weights either way.
"""

from __future__ import annotations

import copy

import numpy as np

from nnstudio.engine import backend, losses
from nnstudio.engine.model import Sequential
from nnstudio.errors import ShapeError, TrainingError
from nnstudio.i18n import M_
from nnstudio.project.layer_types import LAYER_TYPES
from nnstudio.project.training_config import TrainingConfig, resolve_loss
from nnstudio.project.validation import validate_network


def _apply_overrides(layers, config: TrainingConfig):
    """L1/L2 strength and the initializer choice of the training panel go into each kernel layer."""
    layers = copy.deepcopy(layers)
    for spec in layers:
        if LAYER_TYPES[spec["class_name"]].kernel and spec["config"].get("trainable", True):
            cfg = spec["config"]
            if config.l1 or config.l2:
                cfg["kernel_regularizer"] = {"class_name": "L1L2", "config": {"l1": config.l1, "l2": config.l2}}
            if config.initializer != "layer default":
                cfg["kernel_initializer"] = config.initializer
    return layers


def last_activation(layers) -> str | None:
    for spec in reversed(layers):
        decides = getattr(LAYER_TYPES.get(spec["class_name"]), "output_activation", None)
        if decides is not None:
            return decides(spec["config"])
    return None


def build_model(layers, config: TrainingConfig, input_shape, task, output_units, weights=None,
                optimizer_state=None) -> Sequential:
    """A compiled model; its fresh weights come from a generator of its own seeded by
    ``config.seed`` (repeatable, and no other thread's draws are disturbed); trained ``weights``
    (and the ``OptimizerState``) are put back when given."""
    report = validate_network(layers, input_shape, task, output_units)
    if not report.ok:
        raise ShapeError(M_("errors", "The network cannot be trained yet: {problem}").format(problem=report.error),
                         layer_index=report.error_index)
    with backend.using_generator(np.random.default_rng(int(config.seed))):   # layers build as they are added
        model = Sequential.from_config({"name": "model", "layers": _apply_overrides(layers, config)})
        model.build(tuple(input_shape))
    loss = resolve_loss(config.loss, task, last_activation(layers), int(output_units))
    metrics = ["accuracy"] if task == "classification" else ["mae"]
    model.compile(optimizer=config.make_optimizer(), loss=loss, metrics=metrics)
    if weights is not None:
        try:
            model.set_weights(weights)
        except ValueError as e:
            raise TrainingError(M_("errors", "The saved weights do not fit this network ({reason}).")
                                .format(reason=e)) from None
        if optimizer_state is not None:
            try:
                model.set_optimizer_state(optimizer_state)
            except ValueError:
                pass  # another optimizer's state: it starts afresh, the weights stay
    return model


def prepare_targets(loss, y, n_classes, output_units=None):
    """Integer labels -> what the loss wants: one-hot for categorical (and for binary over
    several outputs), a column for binary with one output."""
    one_hot = isinstance(loss, losses.CategoricalCrossentropy) or (
        isinstance(loss, losses.BinaryCrossentropy) and (output_units or 1) > 1)
    if one_hot and y.ndim == 1 and n_classes:
        out = np.zeros((len(y), n_classes), dtype=backend.floatx())
        out[np.arange(len(y)), y.astype(np.intp)] = 1
        return out
    if isinstance(loss, losses.BinaryCrossentropy) and y.ndim == 1:
        return y.astype(backend.floatx()).reshape(-1, 1)
    return y


def preprocessing_for(doc, dataset=None):
    """The CSV table's preprocessing that exports carry: the loaded data's, else the project file's
    (so a project exports correctly even when its table is not at hand); None for other data."""
    from nnstudio.data.table_encoding import TablePreprocessing

    if dataset is not None:
        return dataset.preprocessing
    return TablePreprocessing.from_json(doc.preprocessing) if doc.preprocessing else None


def model_for_project(doc, dataset, with_weights=True) -> Sequential:
    """The model of a project for its dataset (``nnstudio.data.Dataset``)."""
    return build_model(doc.layers, doc.training, dataset.input_shape, dataset.task, dataset.output_units,
                       weights=doc.weights if with_weights else None,
                       optimizer_state=doc.optimizer_state if with_weights else None)
