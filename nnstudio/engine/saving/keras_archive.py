"""The ``.keras`` file of Keras 3: a zip of ``metadata.json``, ``config.json`` and
``model.weights.h5``, each stored uncompressed as Keras writes them."""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import zipfile

import numpy as np

from nnstudio.engine import budget
from nnstudio.engine.model import Sequential
from nnstudio.engine.saving import keras_compile, keras_layers, keras_weights
from nnstudio.engine.saving.files import atomic_write
from nnstudio.engine.saving.safe_read import MAX_BINARY_BYTES, MAX_JSON_BYTES, ZipReader, out_of_memory, parse_json
from nnstudio.errors import NNStudioError, ProjectFileError
from nnstudio.i18n import M_, Message, message_of

#: the Keras release whose file layout this mirrors (checked against files it wrote)
KERAS_FORMAT_VERSION = "3.15.1"
_CONFIG, _METADATA, _WEIGHTS = "config.json", "metadata.json", "model.weights.h5"


def _producer() -> str:
    from nnstudio._version import __version__

    return f"NN Studio {__version__}"


def save_keras(model, path, overwrite=True, front_layers=()) -> pathlib.Path:
    """``front_layers``: Keras layer configs without weights (a Normalization) placed right after
    the input; real Keras runs them, NN Studio's own reader does not know them."""
    config = keras_layers.model_config(model, keras_compile.compile_config(model))
    config["config"]["layers"][1:1] = list(front_layers)
    metadata = {"keras_version": KERAS_FORMAT_VERSION,
                "date_saved": datetime.datetime.now().strftime("%Y-%m-%d@%H:%M:%S"),
                "producer": _producer()}
    weights = keras_weights.weights_h5_bytes(model, empty_layers=[layer["config"]["name"] for layer in front_layers])
    with atomic_write(path, overwrite) as f:
        with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as z:
            z.writestr(_METADATA, json.dumps(metadata))
            z.writestr(_CONFIG, json.dumps(config))
            z.writestr(_WEIGHTS, weights)
    return pathlib.Path(path)


def read_archive(path) -> tuple[dict, bytes]:
    """``(config, weights_h5_bytes)`` of a ``.keras`` file, or ProjectFileError in plain words."""
    source = pathlib.Path(path).name
    if not os.path.lexists(path):
        raise ProjectFileError(M_("errors", "The file {path} does not exist.").format(path=path))
    not_keras = M_("errors", "{source} is not a Keras model file (it is not a .keras zip archive).").format(source=source)
    try:
        with ZipReader(path, not_a_zip=not_keras) as z:
            if not z.has(_WEIGHTS) and z.has("model.weights.npz"):
                raise ProjectFileError(M_("errors", "{source} keeps its weights as model.weights.npz, which NN Studio "
                                                    "cannot read.").format(source=source))

            def missing(member):
                return M_("errors", "{source} is not a complete Keras model file: {member} is missing.") \
                    .format(source=source, member=member)
            raw = z.read(_CONFIG, MAX_JSON_BYTES, missing(_CONFIG))
            weights = z.read(_WEIGHTS, MAX_BINARY_BYTES, missing(_WEIGHTS))
        config = parse_json(raw, source, _CONFIG)
    except MemoryError:
        raise out_of_memory(source) from None
    if not isinstance(config, dict):
        raise ProjectFileError(M_("errors", "{source} is damaged: its config.json does not describe a model.")
                               .format(source=source))
    return config, weights


def _leading_normalization(specs: list, source: str):
    """(mean, variance) of a Normalization layer right after the input (what NN Studio writes in
    front of a network trained on a CSV table), taken out of ``specs``; None when there is none."""
    first = next((i for i, s in enumerate(specs) if isinstance(s, dict) and s.get("class_name") != "InputLayer"),
                 None)
    if first is None or specs[first].get("class_name") != "Normalization":
        return None
    cfg = specs[first].get("config") or {}
    nxt = specs[first + 1] if first + 1 < len(specs) else None
    if cfg.get("mean") is None or cfg.get("variance") is None or cfg.get("invert") or \
            not isinstance(nxt, dict) or nxt.get("class_name") != "Dense" or \
            not (nxt.get("config") or {}).get("use_bias", True) or cfg.get("axis", [-1]) not in (-1, [-1]):
        return None  # not foldable: the layer check below names it
    del specs[first]
    try:
        return np.asarray(cfg["mean"], dtype=np.float64), np.asarray(cfg["variance"], dtype=np.float64)
    except (TypeError, ValueError):
        raise ProjectFileError(M_("errors", "{source} is damaged: its Normalization layer has no usable mean and "
                                            "variance.").format(source=source)) from None


def _fold_normalization(model, normalization) -> None:
    """(x − μ)/σ followed by Dense(W, b) is Dense(W/σ, b − (μ/σ)·W): the same predictions."""
    mean, variance = normalization
    dense = model.layers[0]
    std = np.maximum(np.sqrt(variance), 1e-7)  # Keras divides by max(√variance, ε)
    kernel = dense.weights_dict["kernel"].astype(np.float64)
    dense.weights_dict["kernel"][...] = kernel / std[:, None]
    dense.weights_dict["bias"][...] = dense.weights_dict["bias"] - (mean / std) @ kernel


def model_from_config(config: dict, source: str) -> Sequential:
    kind = config.get("class_name")
    if kind != "Sequential":
        raise ProjectFileError(M_("errors", "{source} holds a Keras {kind} model; NN Studio reads Sequential "
                                            "models only.").format(source=source, kind=kind))
    inner = config.get("config") or {}
    specs = inner.get("layers")
    if not isinstance(specs, list):
        raise ProjectFileError(M_("errors", "{source} is damaged: its model has no list of layers.")
                               .format(source=source))
    layers = [keras_layers.layer_from_config(spec, i) for i, spec in enumerate(specs)]
    _check_size(layers, source)
    name = inner.get("name") if isinstance(inner.get("name"), str) and inner.get("name") else None
    model = Sequential(name=name)
    try:
        for layer in layers:
            model.add(layer)
        if not model.built:
            shape = inner.get("build_input_shape") or (config.get("build_config") or {}).get("input_shape")
            if shape:
                model.build(tuple(shape)[1:])
    except ValueError as e:  # ShapeError included: layers that do not fit together
        raise ProjectFileError(M_("errors", "{source}: the network cannot be rebuilt: {reason}")
                               .format(source=source, reason=e)) from None
    return model


def _check_size(layers, source):
    """Refuse, before any weight is made, a network whose weights alone would not fit in memory."""
    if not layers or type(layers[0]).__name__ != "InputLayer":
        return  # no input shape yet: nothing is built
    try:
        params = budget.parameter_count(layers, layers[0].shape)
    except ValueError:
        return  # layers that do not fit together: rebuilding says which
    need = params * 4 * 2   # the file's copy and the model's
    if need > budget.machine_memory():
        raise ProjectFileError(M_("errors", "{source} holds a network of {params} parameters, which needs {size} "
                                            "of memory to open, more than this computer has ({memory}).")
                               .format(source=source, params=f"{params:,}", size=budget.size_text(need),
                                       memory=budget.size_text(budget.machine_memory())))


def load_keras(path, compile=True) -> Sequential:
    """The model of a ``.keras`` file. A Normalization layer right after the input (NN Studio's
    exports of a model trained on a CSV table have one) is folded into the first Dense layer. Any
    failure (a damaged config of any kind, running out of memory) is a ProjectFileError in plain words."""
    source = pathlib.Path(path).name
    config, weights = read_archive(path)
    try:
        specs = (config.get("config") or {}).get("layers")
        normalization = None
        if isinstance(specs, list):
            config = {**config, "config": {**config["config"], "layers": list(specs)}}
            normalization = _leading_normalization(config["config"]["layers"], source)
        model = model_from_config(config, source)
        if compile and config.get("compile_config"):
            keras_compile.compile_from(model, config["compile_config"])
        if model.built:
            keras_weights.read_weights_h5(model, weights, source)
            if normalization is not None:
                _fold_normalization(model, normalization)
    except NNStudioError:
        raise
    except MemoryError:
        raise out_of_memory(source) from None
    except RecursionError:
        raise ProjectFileError(M_("errors", "{source} is damaged: it is nested too deeply to read.")
                               .format(source=source)) from None
    except Exception as e:
        reason = message_of(e)
        if isinstance(reason, Message):  # a plain-words refusal from a layer (ValueError with M_)
            raise ProjectFileError(M_("errors", "{source}: the model cannot be rebuilt: {reason}")
                                   .format(source=source, reason=reason)) from None
        raise ProjectFileError(M_("errors", "{source} is damaged: its model description cannot be read.")
                               .format(source=source)) from None
    return model
