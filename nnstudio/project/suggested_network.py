"""The network and training settings the app proposes for data it has just read, so that
Train works at once. For a table: two hidden ReLU layers whose width follows the number of
inputs and classes, an output layer of the right size, and the loss that follows the task. For
pictures: a small convolutional network (two 3×3 convolutions with pooling) ending in one
softmax unit per class.

For a regression the output layer learns the target in standard units and a last, frozen Dense
layer turns that into the target's own units (× its spread, + its mean, from the training rows):
a price in the hundreds of thousands trains as easily as a temperature, and every export
predicts real prices.

The CSV wizard, ``nnstudio train DATA.csv`` and opening pictures (``fit_to_data``) use it, so
they build the same model.
"""

from __future__ import annotations

import copy
import math

from nnstudio.project.training_config import TrainingConfig
from nnstudio.project.validation import loss_fits

MIN_WIDTH, MAX_WIDTH = 8, 64
TARGET_STEPS = 3000  # optimizer steps a suggested run makes, give or take the epoch limits
EPOCH_RANGE = (5, 200)
LEARNING_RATE = 0.003   # Adam's, for every suggested network


def hidden_width(n_inputs: int, output_units: int) -> int:
    """A power of two about twice the larger of inputs and outputs, from 8 to 64."""
    want = 2 * max(int(n_inputs), int(output_units), 1)
    return int(min(MAX_WIDTH, max(MIN_WIDTH, 2 ** math.ceil(math.log2(want)))))


#: the suggested CNN's convolutions: filters of each 3×3 convolution, each followed by 2×2 pooling
CNN_FILTERS = (8, 16)


def suggest_cnn(input_shape, classes: int) -> list[dict]:
    """Input → (Conv2D 3×3 same relu → MaxPooling2D 2×2) for each of ``CNN_FILTERS`` → Flatten →
    Dense(classes, softmax): small enough to train in seconds on a class's own pictures, and
    'same' padding keeps it valid down to 8×8 pictures."""
    layers = [{"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [int(s) for s in input_shape]}}]
    for i, filters in enumerate(CNN_FILTERS):
        suffix = f"_{i}" if i else ""
        layers += [{"class_name": "Conv2D", "config": {"name": f"conv2d{suffix}", "filters": filters,
                                                       "kernel_size": [3, 3], "padding": "same",
                                                       "activation": "relu"}},
                   {"class_name": "MaxPooling2D", "config": {"name": f"max_pooling2d{suffix}", "pool_size": [2, 2]}}]
    layers += [{"class_name": "Flatten", "config": {"name": "flatten"}},
               {"class_name": "Dense", "config": {"name": "dense", "units": int(classes), "activation": "softmax"}}]
    return layers


def suggest_layers(input_shape, output_units: int, target_scale=None) -> list[dict]:
    """Pictures (height, width, channels): ``suggest_cnn``. Otherwise Input → Dense(w, relu) →
    Dense(w/2, relu) → Dense(outputs) (logits or a value), and with ``target_scale`` = (mean, std)
    of a single regression target the frozen layer to its units."""
    if len(input_shape) == 3 and target_scale is None:
        return suggest_cnn(input_shape, output_units)
    n_inputs = int(math.prod(input_shape))
    width = hidden_width(n_inputs, output_units)
    layers = [{"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [int(s) for s in input_shape]}}]
    if len(input_shape) > 1:
        layers.append({"class_name": "Flatten", "config": {"name": "flatten"}})
    layers += [{"class_name": "Dense", "config": {"name": "dense", "units": width, "activation": "relu"}},
               {"class_name": "Dense", "config": {"name": "dense_1", "units": max(MIN_WIDTH, width // 2),
                                                  "activation": "relu"}},
               {"class_name": "Dense", "config": {"name": "dense_2", "units": int(output_units),
                                                  "activation": "linear"}}]
    if target_scale is not None and int(output_units) == 1:
        mean, std = (float(v) for v in target_scale)
        layers.append({"class_name": "Dense", "config": {
            "name": "to_target_units", "units": 1, "activation": "linear", "trainable": False,
            "kernel_initializer": {"class_name": "constant", "config": {"value": std}},
            "bias_initializer": {"class_name": "constant", "config": {"value": mean}}}})
    return layers


def suggest_for(dataset) -> list[dict]:
    """The suggested layers for ``dataset`` (with the target's scale for a regression)."""
    scale = None
    if dataset.task == "regression" and dataset.output_units == 1 and len(dataset.y_train):
        y = dataset.y_train.astype("float64")
        std = float(y.std())
        scale = (float(y.mean()), std if std > 1e-12 else 1.0)
    return suggest_layers(dataset.input_shape, dataset.output_units, scale)


def suggest_epochs(n_train: int, batch_size: int) -> int:
    steps_per_epoch = max(1, math.ceil(n_train / batch_size))
    low, high = EPOCH_RANGE
    return int(min(high, max(low, round(TARGET_STEPS / steps_per_epoch))))


def suggest_training(config: TrainingConfig, dataset) -> TrainingConfig:
    """``config`` with a loss that fits the data's task and an epoch count for its size."""
    config = copy.deepcopy(config)
    if not loss_fits(config.loss, dataset.task):
        config.loss = "auto"
    config.epochs = suggest_epochs(dataset.n_train, config.batch_size)
    return config


def suggest_settings(config: TrainingConfig, dataset) -> TrainingConfig:
    """``config`` for a suggested network: Adam at ``LEARNING_RATE`` and ``suggest_training``'s loss and epochs."""
    fresh = TrainingConfig(learning_rate=LEARNING_RATE)
    config = copy.deepcopy(config)
    config.optimizer, config.learning_rate = fresh.optimizer, fresh.learning_rate
    return suggest_training(config, dataset)


def suggested_project(dataset, title: str):
    """A new project for ``dataset`` (a CSV table) with the suggested network and settings."""
    from nnstudio.project.document import ProjectDocument

    training = suggest_training(TrainingConfig(learning_rate=LEARNING_RATE), dataset)
    doc = ProjectDocument(layers=suggest_for(dataset), data_spec=dataset.spec, training=training, title=title)
    if dataset.preprocessing is not None:
        doc.preprocessing = dataset.preprocessing.to_json()
    return doc
