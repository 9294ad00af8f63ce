"""The training history as CSV: one row per epoch, columns epoch, loss, the metrics, then val_loss
and the validation metrics (Keras's ``history.history`` order)."""

from __future__ import annotations

import csv
import io
import math
import pathlib

from nnstudio.engine.saving.files import write_text
from nnstudio.errors import ExportError
from nnstudio.i18n import M_


def _columns(history) -> list[str]:
    train = [k for k in history if not k.startswith("val_")]
    val = [k for k in history if k.startswith("val_")]
    train.sort(key=lambda k: k != "loss")  # stable: loss first, the rest as given
    val.sort(key=lambda k: k != "val_loss")
    return train + val


def _cell(value):
    if value is None:
        return ""
    value = float(value)
    return repr(value) if math.isfinite(value) else str(value).lower()  # nan / inf, as pandas reads them


def export_history_csv(history: dict, path) -> pathlib.Path:
    if not isinstance(history, dict) or not history:
        raise ExportError(M_("errors", "There is no training history to export yet: train the network first."))
    for key, values in history.items():
        if not isinstance(key, str) or isinstance(values, (str, bytes)) or not hasattr(values, "__len__"):
            raise ExportError(M_("errors", "The training history entry {key!r} is not a list of numbers.")
                              .format(key=key))
        try:
            [float(v) for v in values if v is not None]
        except (TypeError, ValueError):
            raise ExportError(M_("errors", "The training history entry {key!r} is not a list of numbers.")
                              .format(key=key)) from None
    columns = _columns(history)
    epochs = max(len(v) for v in history.values())
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["epoch", *columns])
    for i in range(epochs):
        row = [_cell(history[c][i]) if i < len(history[c]) else "" for c in columns]
        writer.writerow([i + 1, *row])
    return write_text(path, buf.getvalue())
