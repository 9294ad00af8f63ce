"""``keras.metrics``: ``'accuracy'`` (resolved by the loss), ``'mae'``, ``'mse'``."""

from nnstudio.engine.metrics import (BinaryAccuracy, CategoricalAccuracy, MeanAbsoluteError, MeanSquaredError,
                                     Metric, SparseCategoricalAccuracy, get)

__all__ = ["BinaryAccuracy", "CategoricalAccuracy", "MeanAbsoluteError", "MeanSquaredError", "Metric",
           "SparseCategoricalAccuracy", "get"]
