"""``keras.losses``."""

from nnstudio.engine.losses import (MAE, MSE, BinaryCrossentropy, CategoricalCrossentropy, Huber, Loss,
                                    MeanAbsoluteError, MeanSquaredError, SparseCategoricalCrossentropy,
                                    binary_crossentropy, categorical_crossentropy, get, huber, huber_loss, mae,
                                    mean_absolute_error, mean_squared_error, mse, sparse_categorical_crossentropy)

__all__ = ["BinaryCrossentropy", "CategoricalCrossentropy", "Huber", "Loss", "MAE", "MSE", "MeanAbsoluteError",
           "MeanSquaredError", "SparseCategoricalCrossentropy", "binary_crossentropy", "categorical_crossentropy",
           "get", "huber", "huber_loss", "mae", "mean_absolute_error", "mean_squared_error", "mse",
           "sparse_categorical_crossentropy"]
