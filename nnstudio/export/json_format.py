"""JSON: the architecture and every weight as nested lists, readable from any language.
The schema is documented in docs/export-json.md; keep the two in step."""

from __future__ import annotations

import json
import pathlib

import numpy as np

from nnstudio.engine.saving.files import existing_file, write_text
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_
from nnstudio.export.checks import check_exportable
from nnstudio.export.rebuild import model_from_config, set_named_weights, weight_key

FORMAT = "nnstudio.model"
FORMAT_VERSION = 1


def model_document(model, preprocessing=None) -> dict:
    from nnstudio._version import __version__

    weights = [{"layer": layer.name, "name": n, "shape": list(w.shape), "dtype": str(w.dtype), "values": w.tolist()}
               for layer in model.layers for n, w in layer.weights_dict.items()]
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION, "producer": f"NN Studio {__version__}",
           "input_shape": list(model.input_shape), "output_shape": list(model.output_shape),
           "architecture": model.get_config(), "compile": model.get_compile_config(), "weights": weights}
    if preprocessing is not None:
        doc["preprocessing"] = {**preprocessing.to_json(), "fill": preprocessing.encoded_fill().tolist()}
    return doc


def export_json(model, path, preprocessing=None) -> pathlib.Path:
    check_exportable(model, "json")
    text = json.dumps(model_document(model, preprocessing), allow_nan=False, separators=(",", ":"))
    return write_text(path, text + "\n")


def load_json(path):
    """An engine Sequential from a file written by :func:`export_json` (compiled when it was)."""
    path = existing_file(path)
    source = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProjectFileError(M_("errors", "{source} is not a JSON file.").format(source=source)) from None
    except OSError as e:
        raise ProjectFileError(M_("errors", "{source} cannot be read: {reason}.")
                               .format(source=source, reason=e.strerror or e)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectFileError(M_("errors", '{source} is not a network exported by NN Studio (no "format": '
                                            '"{format}").').format(source=source, format=FORMAT))
    if not isinstance(doc.get("format_version"), int) or doc["format_version"] > FORMAT_VERSION:
        raise ProjectFileError(M_("errors", "{source} was written by a newer NN Studio (format version "
                                            "{version!r}); update NN Studio to read it.")
                               .format(source=source, version=doc.get("format_version")))
    model = model_from_config(doc.get("architecture"), source)
    entries = doc.get("weights")
    if not isinstance(entries, list):
        raise ProjectFileError(M_("errors", "{source} has no list of weights.").format(source=source))
    table = {}
    for e in entries:
        if isinstance(e, dict) and isinstance(e.get("layer"), str) and isinstance(e.get("name"), str):
            table[f"{e['layer']}/{e['name']}"] = e.get("values")

    def lookup(key):
        values = table.get(key)
        if values is None:
            return None
        try:
            return np.array(values, dtype=np.float64)
        except (TypeError, ValueError):
            raise ProjectFileError(M_("errors", "{source}: the weight {key} is not a regular array of numbers.")
                                   .format(source=source, key=key)) from None

    set_named_weights(model, lookup, source)
    if doc.get("compile"):
        c = doc["compile"]
        try:
            model.compile(optimizer=c.get("optimizer"), loss=c.get("loss"), metrics=c.get("metrics") or [])
        except (ValueError, TypeError, AttributeError) as e:
            raise ProjectFileError(M_("errors", "{source}: the training settings cannot be used: {reason}")
                                   .format(source=source, reason=e)) from None
    return model


__all__ = ["export_json", "load_json", "model_document", "weight_key"]
