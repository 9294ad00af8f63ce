"""What the palette offers: groups of layer types, each with a plain-words one-line tooltip, as
``project.layer_types`` describes them (its texts are marked there and translated here)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nnstudio.project.layer_types import GROUPS, LAYER_TYPES


@dataclass(frozen=True)
class PaletteEntry:
    class_name: str     # what the drag carries ("Input" for the Input item)
    title: str
    tooltip: str


@dataclass(frozen=True)
class PaletteGroup:
    family: str
    title: str
    entries: tuple


def palette_groups() -> list[PaletteGroup]:
    translate = QCoreApplication.translate
    return [PaletteGroup(group, translate("LayerCatalog", title), tuple(
        PaletteEntry("Input" if t.class_name == "InputLayer" else t.class_name, translate("LayerCatalog", t.title),
                     translate("LayerCatalog", t.about))
        for t in LAYER_TYPES.values() if t.group == group)) for group, title in GROUPS]


_entries: dict = {}


def entry_for(class_name: str) -> PaletteEntry | None:
    """The palette entry of a layer type (cached per language: blocks ask on every redraw)."""
    language = QCoreApplication.translate("LayerCatalog", "Core")   # changes when the language does
    if _entries.get(None) != language:
        _entries.clear()
        _entries.update({e.class_name: e for g in palette_groups() for e in g.entries})
        _entries[None] = language
    return _entries.get("Input" if class_name == "InputLayer" else class_name)
