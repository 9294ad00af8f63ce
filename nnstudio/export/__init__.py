"""Exports of a trained engine model: NumPy .npz, JSON, Keras (.keras, .weights.h5), ONNX, and
standalone Keras / PyTorch scripts; plus the training history as CSV. Qt-free: the CLI and the
GUI call :func:`export_model`.

Every refusal is an ``ExportError`` naming the layer and why, raised before a file is written;
files are written atomically (a failed export leaves no half-written file behind).
"""

from __future__ import annotations

import pathlib

from nnstudio.errors import ExportError
from nnstudio.export.checks import FORMATS, check_exportable, check_format
from nnstudio.export.history_csv import export_history_csv
from nnstudio.export.json_format import export_json, load_json
from nnstudio.export.keras_code import export_keras_code
from nnstudio.export.npz_format import export_npz, load_npz
from nnstudio.export.onnx_format import export_onnx
from nnstudio.export.pytorch_code import export_pytorch_code
from nnstudio.i18n import M_

__all__ = ["FORMATS", "export_model", "check_exportable", "export_npz", "load_npz", "export_json", "load_json",
           "export_onnx", "export_keras", "export_keras_weights", "export_keras_code", "export_pytorch_code",
           "export_history_csv"]


def _require_suffix(path, suffix, what):
    if not str(path).endswith(suffix):
        raise ExportError(M_("errors", "{what} must have a name ending in {suffix} (Keras reads them only then). "
                                       "Received: {file}").format(what=what, suffix=suffix, file=pathlib.Path(path).name))


def export_keras(model, path, preprocessing=None) -> pathlib.Path:
    """A genuine Keras 3 ``.keras`` file (real Keras loads it with ``keras.models.load_model``). With a
    CSV table's ``preprocessing``, a Keras Normalization layer in front holds its standardization."""
    from nnstudio.engine.saving.keras_archive import save_keras
    from nnstudio.export.keras_normalization import normalization_layers

    _require_suffix(path, ".keras", M_("errors", "A Keras model file"))
    check_exportable(model, "keras")
    return save_keras(model, path, front_layers=normalization_layers(preprocessing, model.input_shape[-1]))


def export_keras_weights(model, path) -> pathlib.Path:
    """The weights in Keras 3's ``.weights.h5`` layout (``keras_model.load_weights`` reads it)."""
    from nnstudio.engine.saving.files import write_bytes
    from nnstudio.engine.saving.keras_weights import weights_h5_bytes

    _require_suffix(path, ".weights.h5", M_("errors", "A Keras weights file"))
    check_exportable(model, "keras-weights")
    return write_bytes(path, weights_h5_bytes(model))


def export_model(model, fmt: str, out_path, *, training: dict | None = None,
                 preprocessing=None) -> list[pathlib.Path]:
    """Write ``model`` as ``fmt`` (a key of FORMATS) to ``out_path``; returns the files written.

    ``training`` ({"optimizer", "loss", "metrics", "batch_size", "epochs"}) sets what the code
    exports train with; by default the model's compile settings. ``preprocessing`` (a CSV table's
    ``TablePreprocessing``) goes into every format that can carry it (all but .weights.h5)."""
    fmt = check_format(fmt)
    check_exportable(model, fmt)
    if fmt == "keras-code":
        return export_keras_code(model, out_path, training, preprocessing)
    if fmt == "pytorch-code":
        return export_pytorch_code(model, out_path, training, preprocessing)
    if fmt == "keras-weights":
        return [pathlib.Path(export_keras_weights(model, out_path))]
    writer = {"npz": export_npz, "json": export_json, "keras": export_keras, "onnx": export_onnx}[fmt]
    return [pathlib.Path(writer(model, out_path, preprocessing))]
