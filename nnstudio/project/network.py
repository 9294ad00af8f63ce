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
from nnstudio.project.layer_types import LAYER_TYPES, summary_of

#: What a newly dropped layer starts as (plain, sensible defaults for a beginner).
DEFAULT_CONFIGS = {name: t.defaults for name, t in LAYER_TYPES.items()}

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


def renumber_default_names(layers) -> None:
    """Default names ("dense", "dense_1", …) in the order the layers come, whatever order they were
    added in: inserting before earlier layers must not read dense_2, dense_1, dense. Names a user
    chose stay as they are."""
    by_base: dict[str, list[int]] = {}
    for i, spec in enumerate(layers):
        base = backend.to_snake(spec["class_name"])
        name = spec["config"].get("name", "")
        if name == base or (name.startswith(base + "_") and name[len(base) + 1:].isdigit()):
            by_base.setdefault(base, []).append(i)
    for base, positions in by_base.items():
        names = sorted((layers[i]["config"]["name"] for i in positions),
                       key=lambda n: 0 if n == base else int(n[len(base) + 1:]) + 1)
        for i, name in zip(positions, names):
            layers[i]["config"]["name"] = name


def layer_count(layers) -> int:
    """How many layers a network of ``layers`` (specs) has, as people count them: without its Input."""
    return sum(spec.get("class_name") != "InputLayer" for spec in layers)


def layer_names(layers) -> list[str]:
    return [spec["config"].get("name", "") for spec in layers]


def key_setting(spec: dict) -> str:
    """The block's one-line summary in English: '64 units · relu', '8 filters 3×3 · same', 'rate 0.2'."""
    return str(summary_of(spec))


def display_type(class_name: str) -> str:
    return "Input" if class_name == "InputLayer" else class_name


def sanitize_name(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_.\-]", "_", name.strip())
    return name or "layer"
