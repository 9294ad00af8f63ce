"""Everything the app knows about a layer type besides its engine class, in one description each:
what a new layer starts as, its palette group, family colour and words, the settings the
inspector shows, the one-line summary on its block, the roles the training and validation code
ask about, and how the exports write it (ONNX and PyTorch steps, Keras-code arguments).

A new layer type is its engine class (which also says how ``.keras`` files store it) plus one
:class:`LayerType` in a module of this package. Qt-free: texts are marked with ``N_``/``M_`` and
translated where they are shown.
"""

from __future__ import annotations

from nnstudio.project.layer_types import activations, convolution, core, regularization, reshaping
from nnstudio.project.layer_types.describing import FAMILY_COLORS, GROUPS, LayerExport, LayerType, TorchCode

#: every description, in palette order
LAYER_TYPES: dict[str, LayerType] = {
    t.class_name: t for module in (core, activations, regularization, convolution, reshaping) for t in module.TYPES}

__all__ = ["FAMILY_COLORS", "GROUPS", "LAYER_TYPES", "LayerExport", "LayerType", "TorchCode", "family_of",
           "layer_type", "summary_of"]


def layer_type(class_name: str) -> LayerType | None:
    return LAYER_TYPES.get(class_name)


def family_of(class_name: str) -> str:
    t = LAYER_TYPES.get("InputLayer" if class_name == "Input" else class_name)
    return t.family if t is not None else "core"


def summary_of(spec: dict):
    """The block's one-line summary of a layer spec ('64 units · relu', '8 filters 3×3 · same')."""
    t = LAYER_TYPES.get(spec.get("class_name"))
    return t.summary(spec.get("config") or {}) if t is not None else ""
