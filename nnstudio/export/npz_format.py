"""NumPy ``.npz``: one array per weight named ``<layer_name>/<weight>`` (``dense/kernel``,
``batch_normalization/moving_mean``, …) and the architecture, ``Sequential.get_config()`` as
JSON, in the 0-d unicode array ``__architecture__``. Readable with ``allow_pickle=False``.

A model trained on a CSV table also carries its preprocessing: ``preprocessing/mean``,
``preprocessing/std`` and ``preprocessing/fill`` (one value per encoded input) and the whole
description as JSON in the 0-d unicode array ``preprocessing/json`` (docs/export-onnx.md)."""

from __future__ import annotations

import json
import pathlib
import zipfile

import numpy as np

from nnstudio.engine.saving.files import atomic_write, existing_file
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_
from nnstudio.export.checks import check_exportable
from nnstudio.export.rebuild import model_from_config, set_named_weights, weight_key

ARCHITECTURE_KEY = "__architecture__"


def named_weights(model) -> dict[str, np.ndarray]:
    return {weight_key(layer, n): w for layer in model.layers for n, w in layer.weights_dict.items()}


def preprocessing_arrays(preprocessing) -> dict[str, np.ndarray]:
    if preprocessing is None:
        return {}
    mean, std = preprocessing.scaling()
    return {"preprocessing/mean": np.asarray(mean, np.float64), "preprocessing/std": np.asarray(std, np.float64),
            "preprocessing/fill": preprocessing.encoded_fill(),
            "preprocessing/json": np.array(json.dumps(preprocessing.to_json()))}


def write_npz(model, path, preprocessing=None) -> pathlib.Path:
    """The file without format checks (callers have checked)."""
    arrays = named_weights(model)
    arrays[ARCHITECTURE_KEY] = np.array(json.dumps(model.get_config()))
    arrays.update(preprocessing_arrays(preprocessing))
    with atomic_write(path) as f:
        np.savez(f, **arrays)
    return pathlib.Path(path)


def export_npz(model, path, preprocessing=None) -> pathlib.Path:
    check_exportable(model, "npz")
    return write_npz(model, path, preprocessing)


def load_npz(path):
    """An engine Sequential (uncompiled) from an ``.npz`` written by :func:`export_npz`."""
    path = existing_file(path)
    source = path.name
    try:
        data = np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError):
        raise ProjectFileError(M_("errors", "{source} is not a NumPy .npz file NN Studio can read.")
                               .format(source=source)) from None
    if not isinstance(data, np.lib.npyio.NpzFile):  # a plain .npy: np.load returned the array itself
        raise ProjectFileError(M_("errors", "{source} holds a single array, not a saved network (.npz).")
                               .format(source=source))
    with data:
        try:
            if ARCHITECTURE_KEY not in data.files:
                raise ProjectFileError(M_("errors", "{source} has no {key} entry, so the network it belongs to is "
                                                    "unknown. Export it from NN Studio as .npz.")
                                       .format(source=source, key=ARCHITECTURE_KEY))
            arch = data[ARCHITECTURE_KEY]
            if arch.shape != () or arch.dtype.kind != "U":
                raise ProjectFileError(M_("errors", "{source}: {key} is not a JSON text.")
                                       .format(source=source, key=ARCHITECTURE_KEY))
            try:
                config = json.loads(str(arch))
            except json.JSONDecodeError:
                raise ProjectFileError(M_("errors", "{source}: {key} is not valid JSON.")
                                       .format(source=source, key=ARCHITECTURE_KEY)) from None
            model = model_from_config(config, source)
            set_named_weights(model, lambda k: data[k] if k in data.files else None, source)
        except (ValueError, zipfile.BadZipFile, OSError, EOFError) as e:  # e.g. a pickled array
            raise ProjectFileError(M_("errors", "{source} is damaged: {reason}")
                                   .format(source=source, reason=e)) from None
    return model
