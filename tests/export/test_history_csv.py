"""The training history as CSV: epoch, loss, metrics, then the validation columns."""

import csv

import pytest

from nnstudio.errors import ExportError
from nnstudio.export import export_history_csv


def test_columns_in_keras_order_with_one_row_per_epoch(tmp_path):
    history = {"val_accuracy": [0.5, 0.6], "accuracy": [0.4, 0.7], "val_loss": [1.5, 1.2], "loss": [2.0, 1.0]}
    path = export_history_csv(history, tmp_path / "h.csv")
    rows = list(csv.reader(path.open()))
    assert rows[0] == ["epoch", "loss", "accuracy", "val_loss", "val_accuracy"]
    assert rows[1:] == [["1", "2.0", "0.4", "1.5", "0.5"], ["2", "1.0", "0.7", "1.2", "0.6"]]


def test_from_a_real_fit(tmp_path):
    import numpy as np

    from nnstudio import keras

    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    model.compile("sgd", "mse", metrics=["mae"])
    history = model.fit(np.ones((8, 2)), np.ones(8), epochs=3, validation_split=0.25, verbose=0).history
    rows = list(csv.DictReader(export_history_csv(history, tmp_path / "fit.csv").open()))
    assert [r["epoch"] for r in rows] == ["1", "2", "3"]
    assert float(rows[-1]["loss"]) == history["loss"][-1] and float(rows[0]["val_mae"]) == history["val_mae"][0]


def test_nothing_to_export_is_a_plain_error(tmp_path):
    with pytest.raises(ExportError, match="no training history"):
        export_history_csv({}, tmp_path / "h.csv")
