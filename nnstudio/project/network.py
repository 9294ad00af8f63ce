"""The network a user edits: an ordered list of layer specs ``{"class_name", "config"}``.

The first entry is the ``InputLayer``, whose shape follows the chosen data. Specs are plain
JSON-able dicts so they save, undo and compare exactly; engine layers are made from them only
to check shapes and to train.
"""

from __future__ import annotations

import copy
import re

from nnstudio.engine import backend
from nnstudio.engine.layers import LAYER_CLASSES
from nnstudio.i18n import M_

#: What a newly dropped layer starts as (plain, sensible defaults for a beginner).
DEFAULT_CONFIGS = {
    "InputLayer": {"shape": [2]},
    "Dense": {"units": 8, "activation": "relu"},
    "Activation": {"activation": "relu"},
    "ReLU": {},
    "LeakyReLU": {"negative_slope": 0.3},
    "Dropout": {"rate": 0.2},
    "BatchNormalization": {"momentum": 0.99, "epsilon": 0.001},
    "Flatten": {},
    "Reshape": {"target_shape": [8, 8, 1]},
    "Conv2D": {"filters": 8, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same", "activation": "relu"},
    "MaxPooling2D": {"pool_size": [2, 2], "padding": "valid"},
}

#: Palette name -> engine class name ("Input" in the palette is Keras's InputLayer).
PALETTE_ALIASES = {"Input": "InputLayer"}


def canonical_class(name: str) -> str:
    name = PALETTE_ALIASES.get(name, name)
    if name not in LAYER_CLASSES:
        raise ValueError(M_("errors", "Unknown layer type {name!r}. Received: class_name={name!r}").format(name=name))
    return name


def new_layer_spec(class_name: str, taken_names=(), **overrides) -> dict:
    """A fresh spec of ``class_name`` with default settings and a name unique among ``taken_names``."""
    cls = canonical_class(class_name)
    config = copy.deepcopy(DEFAULT_CONFIGS.get(cls, {}))
    config.update(overrides)
    config["name"] = unique_layer_name(backend.to_snake(cls), taken_names)
    return {"class_name": cls, "config": config}


def unique_layer_name(base: str, taken) -> str:
    taken = set(taken)
    if base not in taken:
        return base
    i = 1
    while f"{base}_{i}" in taken:
        i += 1
    return f"{base}_{i}"


def layer_names(layers) -> list[str]:
    return [spec["config"].get("name", "") for spec in layers]


def key_setting(spec: dict) -> str:
    """The block's one-line summary: '64 units · relu', '8 filters 3×3 · same', 'rate 0.2'."""
    c, cfg = spec["class_name"], spec["config"]
    act = cfg.get("activation")
    act_s = f" · {act}" if act and act != "linear" else ""
    if c == "Dense":
        return f"{cfg.get('units')} units{act_s}"
    if c == "Conv2D":
        k = cfg.get("kernel_size", [3, 3])
        k = k if isinstance(k, (list, tuple)) else [k, k]
        s = cfg.get("strides", [1, 1])
        s = s if isinstance(s, (list, tuple)) else [s, s]
        stride = f" /{s[0]}" if tuple(s) != (1, 1) else ""
        return f"{cfg.get('filters')} filters {k[0]}×{k[1]}{stride} · {cfg.get('padding', 'valid')}{act_s}"
    if c == "MaxPooling2D":
        p = cfg.get("pool_size", [2, 2])
        p = p if isinstance(p, (list, tuple)) else [p, p]
        return f"{p[0]}×{p[1]} · {cfg.get('padding', 'valid')}"
    if c == "Dropout":
        return f"rate {cfg.get('rate')}"
    if c == "Activation":
        return str(act)
    if c == "LeakyReLU":
        return f"slope {cfg.get('negative_slope', 0.3)}"
    if c == "Reshape":
        return "to " + "×".join(str(d) for d in cfg.get("target_shape", []))
    if c == "InputLayer":
        return "×".join(str(d) for d in cfg.get("shape", []))
    if c == "BatchNormalization":
        return f"momentum {cfg.get('momentum', 0.99)}"
    return ""


def display_type(class_name: str) -> str:
    return "Input" if class_name == "InputLayer" else class_name


def sanitize_name(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_.\-]", "_", name.strip())
    return name or "layer"
