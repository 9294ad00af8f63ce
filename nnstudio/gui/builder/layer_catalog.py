"""What the palette offers: groups of layer types, each with a plain-words one-line tooltip.

The texts are literal arguments of ``QCoreApplication.translate`` so lupdate finds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


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
    return [
        PaletteGroup("core", translate("LayerCatalog", "Core"), (
            PaletteEntry("Input", translate("LayerCatalog", "Input"),
                         translate("LayerCatalog", "Where the data comes in: its shape follows the data you chose. "
                                           "Every network starts with one.")),
            PaletteEntry("Dense", translate("LayerCatalog", "Dense"),
                         translate("LayerCatalog", "A layer of neurons, each connected to every input: the basic "
                                           "building block. Use it for hidden layers and for the output.")),
        )),
        PaletteGroup("activation", translate("LayerCatalog", "Activations"), (
            PaletteEntry("ReLU", translate("LayerCatalog", "ReLU"),
                         translate("LayerCatalog", "Keeps positive values and turns negatives into zero: the usual "
                                           "choice to let a network bend its decisions.")),
            PaletteEntry("LeakyReLU", translate("LayerCatalog", "LeakyReLU"),
                         translate("LayerCatalog", "Like ReLU but lets a little of the negative values through; use it "
                                           "when many neurons stop learning (stay at zero).")),
            PaletteEntry("Activation", translate("LayerCatalog", "Activation"),
                         translate("LayerCatalog", "Applies a function of your choice (tanh, sigmoid, softmax, …) to "
                                           "every value; pick the function in the inspector.")),
        )),
        PaletteGroup("regularization", translate("LayerCatalog", "Regularization"), (
            PaletteEntry("Dropout", translate("LayerCatalog", "Dropout"),
                         translate("LayerCatalog", "While training, switches off a random share of values so the "
                                           "network cannot memorise; use it when test accuracy lags behind.")),
            PaletteEntry("BatchNormalization", translate("LayerCatalog", "BatchNormalization"),
                         translate("LayerCatalog", "Rescales values to a steady range between layers; helps deep "
                                           "networks train faster and more reliably.")),
        )),
        PaletteGroup("convolution", translate("LayerCatalog", "Convolution"), (
            PaletteEntry("Conv2D", translate("LayerCatalog", "Conv2D"),
                         translate("LayerCatalog", "Slides small filters over an image to find edges and shapes; use "
                                           "it first on image data.")),
            PaletteEntry("MaxPooling2D", translate("LayerCatalog", "MaxPooling2D"),
                         translate("LayerCatalog", "Shrinks an image by keeping the largest value of each small "
                                           "window; use it after Conv2D.")),
            PaletteEntry("Flatten", translate("LayerCatalog", "Flatten"),
                         translate("LayerCatalog", "Unrolls an image into one long list of numbers so Dense layers "
                                           "can use it; put it between the convolutions and Dense.")),
            PaletteEntry("Reshape", translate("LayerCatalog", "Reshape"),
                         translate("LayerCatalog", "Rearranges the values into another shape with the same count, "
                                           "e.g. a list of 64 into an 8×8 image.")),
        )),
    ]


_entries: dict = {}


def entry_for(class_name: str) -> PaletteEntry | None:
    """The palette entry of a layer type (cached per language: blocks ask on every redraw)."""
    language = QCoreApplication.translate("LayerCatalog", "Core")   # changes when the language does
    if _entries.get(None) != language:
        _entries.clear()
        _entries.update({e.class_name: e for g in palette_groups() for e in g.entries})
        _entries[None] = language
    return _entries.get("Input" if class_name == "InputLayer" else class_name)
