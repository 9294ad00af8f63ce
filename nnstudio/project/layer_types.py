"""Everything the app knows about a layer type besides its engine class, in one description each:
what a new layer starts as, its palette group, family colour and words, the settings the
inspector shows, the one-line summary on its block, the roles the training and validation code
ask about, and how the exports write it.

A new layer type is its engine class plus one :class:`LayerType` here. Qt-free: texts are marked
with ``N_``/``M_`` and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from nnstudio.i18n import M_, N_

#: strong colour (block header, icon) per family; chosen to stay apart on a projector
FAMILY_COLORS = {
    "input": "#546E7A",
    "core": "#1E6FD9",
    "activation": "#E8710A",
    "regularization": "#8E3FB5",
    "convolution": "#00897B",
    "loss": "#37474F",
}

#: the palette's groups, in order: (key, title)
GROUPS = (
    ("core", N_("LayerCatalog", "Core")),
    ("activation", N_("LayerCatalog", "Activations")),
    ("regularization", N_("LayerCatalog", "Regularization")),
    ("convolution", N_("LayerCatalog", "Convolution")),
)


def _pair(value, default=(1, 1)):
    if isinstance(value, (list, tuple)):
        return tuple(value) if len(value) == 2 else (value[0], value[0]) if value else default
    return (value, value) if value is not None else default


def _activation_suffix(cfg) -> str:
    act = cfg.get("activation")
    return f" · {act}" if act and act != "linear" else ""


def _times(values) -> str:
    return "×".join(str(d) for d in values)


def _window(cfg, key) -> str:
    """'3×3 /2 · same': a window's size, its step when not its size, and the padding."""
    size = _pair(cfg.get(key), (2, 2))
    strides = _pair(cfg.get("strides"), size)
    step = f" /{strides[0]}" if strides != size else ""
    return f"{_times(size)}{step} · {cfg.get('padding', 'valid')}"


def _conv_summary(cfg):
    k = _pair(cfg.get("kernel_size"), (3, 3))
    s = _pair(cfg.get("strides"), (1, 1))
    rest = f"{_times(k)}{f' /{s[0]}' if s != (1, 1) else ''} · {cfg.get('padding', 'valid')}{_activation_suffix(cfg)}"
    return M_("layers", "{filters} filters {window}").format(filters=cfg.get("filters"), window=rest)


def _dense_summary(cfg):
    if cfg.get("units") == 1:
        return M_("layers", "1 unit{activation}").format(activation=_activation_suffix(cfg))
    return M_("layers", "{units} units{activation}").format(units=cfg.get("units"), activation=_activation_suffix(cfg))


def _last_activation(cfg):
    return cfg.get("activation") or "linear"


@dataclass(frozen=True)
class LayerType:
    class_name: str
    group: str                          # palette group (GROUPS)
    family: str                         # colour and icon (FAMILY_COLORS)
    title: str                          # palette title, marked in context "LayerCatalog"
    about: str                          # palette tooltip, marked in context "LayerCatalog"
    defaults: dict = field(default_factory=dict)   # what a newly dropped layer starts as
    fields: tuple = ("name",)           # the inspector's settings, in order
    #: the block's one-line summary from the config: a Message (translated when shown) or plain text
    summary: Callable[[dict], str] = lambda cfg: ""
    #: has a kernel: the training panel's L1/L2 strength and initializer choice go into it
    kernel: bool = False
    #: the activation this layer puts on the network's output when it comes last (None: it passes
    #: the previous layer's through)
    output_activation: Callable[[dict], str] | None = None
    #: changes values one by one, keeping the shape (the output check looks through these)
    elementwise: bool = False
    #: the step the exports' graph plan makes of it (export/graph_plan.py)
    plan_op: str | None = None
    #: the generated Keras code: config keys passed by position, then by keyword
    code_args: tuple = ()
    code_kwargs: tuple = ()


LAYER_TYPES: dict[str, LayerType] = {t.class_name: t for t in (
    LayerType("InputLayer", "core", "input", N_("LayerCatalog", "Input"),
              N_("LayerCatalog", "Where the data comes in: its shape follows the data you chose. Every network "
                                 "starts with one."),
              defaults={"shape": [2]}, fields=("name", "shape"),
              summary=lambda cfg: M_("layers", "shape {shape}").format(shape=_times(cfg.get("shape", [])))),
    LayerType("Dense", "core", "core", N_("LayerCatalog", "Dense"),
              N_("LayerCatalog", "A layer of neurons, each connected to every input: the basic building block. Use "
                                 "it for hidden layers and for the output."),
              defaults={"units": 8, "activation": "relu"}, fields=("name", "units", "activation", "use_bias"),
              summary=_dense_summary, kernel=True, output_activation=_last_activation, plan_op="dense",
              code_args=("units",), code_kwargs=("activation", "use_bias")),
    LayerType("ReLU", "activation", "activation", N_("LayerCatalog", "ReLU"),
              N_("LayerCatalog", "Keeps positive values and turns negatives into zero: the usual choice to let a "
                                 "network bend its decisions."),
              summary=lambda cfg: M_("layers", "keeps values above 0"),
              output_activation=lambda cfg: "relu", elementwise=True, plan_op="activation"),
    LayerType("LeakyReLU", "activation", "activation", N_("LayerCatalog", "LeakyReLU"),
              N_("LayerCatalog", "Like ReLU but lets a little of the negative values through; use it when many "
                                 "neurons stop learning (stay at zero)."),
              defaults={"negative_slope": 0.3}, fields=("name", "negative_slope"),
              summary=lambda cfg: M_("layers", "slope {slope}").format(slope=cfg.get("negative_slope", 0.3)),
              output_activation=lambda cfg: "relu", elementwise=True, plan_op="activation",
              code_kwargs=("negative_slope",)),
    LayerType("Activation", "activation", "activation", N_("LayerCatalog", "Activation"),
              N_("LayerCatalog", "Applies a function of your choice (tanh, sigmoid, softmax, …) to every value; pick "
                                 "the function in the inspector."),
              defaults={"activation": "relu"}, fields=("name", "activation"),
              summary=lambda cfg: str(cfg.get("activation")), output_activation=_last_activation,
              elementwise=True, plan_op="activation", code_args=("activation",)),
    LayerType("Dropout", "regularization", "regularization", N_("LayerCatalog", "Dropout"),
              N_("LayerCatalog", "While training, switches off a random share of values so the network cannot "
                                 "memorise; use it when test accuracy lags behind."),
              defaults={"rate": 0.2}, fields=("name", "rate"),
              summary=lambda cfg: M_("layers", "rate {rate}").format(rate=cfg.get("rate")),
              elementwise=True, plan_op="dropout", code_args=("rate",)),
    LayerType("BatchNormalization", "regularization", "regularization", N_("LayerCatalog", "BatchNormalization"),
              N_("LayerCatalog", "Rescales values to a steady range between layers; helps deep networks train "
                                 "faster and more reliably."),
              defaults={"momentum": 0.99, "epsilon": 0.001}, fields=("name", "momentum", "epsilon"),
              summary=lambda cfg: M_("layers", "momentum {momentum}").format(momentum=cfg.get("momentum", 0.99)),
              elementwise=True, plan_op="batchnorm", code_kwargs=("momentum", "epsilon")),
    LayerType("Conv2D", "convolution", "convolution", N_("LayerCatalog", "Conv2D"),
              N_("LayerCatalog", "Slides small filters over an image to find edges and shapes; use it first on "
                                 "image data."),
              defaults={"filters": 8, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same", "activation": "relu"},
              fields=("name", "filters", "kernel_size", "strides", "padding", "activation", "use_bias"),
              summary=_conv_summary, kernel=True, output_activation=_last_activation, plan_op="conv",
              code_args=("filters", "kernel_size"), code_kwargs=("strides", "padding", "activation", "use_bias")),
    LayerType("MaxPooling2D", "convolution", "convolution", N_("LayerCatalog", "MaxPooling2D"),
              N_("LayerCatalog", "Shrinks an image by keeping the largest value of each small window; use it after "
                                 "Conv2D."),
              defaults={"pool_size": [2, 2], "padding": "valid"}, fields=("name", "pool_size", "strides", "padding"),
              summary=lambda cfg: _window(cfg, "pool_size"), plan_op="maxpool",
              code_kwargs=("pool_size", "strides", "padding")),
    LayerType("AveragePooling2D", "convolution", "convolution", N_("LayerCatalog", "AveragePooling2D"),
              N_("LayerCatalog", "Shrinks an image by averaging each small window; smoother than MaxPooling2D."),
              defaults={"pool_size": [2, 2], "padding": "valid"}, fields=("name", "pool_size", "strides", "padding"),
              summary=lambda cfg: _window(cfg, "pool_size"), plan_op="avgpool",
              code_kwargs=("pool_size", "strides", "padding")),
    LayerType("GlobalAveragePooling2D", "convolution", "convolution", N_("LayerCatalog", "GlobalAveragePooling2D"),
              N_("LayerCatalog", "Averages each channel over the whole image into one number; use it instead of "
                                 "Flatten before Dense."),
              summary=lambda cfg: M_("layers", "one average per channel"), plan_op="global_avgpool"),
    LayerType("Flatten", "convolution", "convolution", N_("LayerCatalog", "Flatten"),
              N_("LayerCatalog", "Unrolls an image into one long list of numbers so Dense layers can use it; put it "
                                 "between the convolutions and Dense."),
              summary=lambda cfg: M_("layers", "unrolls into a vector"), plan_op="flatten"),
    LayerType("Reshape", "convolution", "convolution", N_("LayerCatalog", "Reshape"),
              N_("LayerCatalog", "Rearranges the values into another shape with the same count, e.g. a list of 64 "
                                 "into an 8×8 image."),
              defaults={"target_shape": [8, 8, 1]}, fields=("name", "target_shape"),
              summary=lambda cfg: M_("layers", "to {shape}").format(shape=_times(cfg.get("target_shape", []))),
              plan_op="reshape", code_args=("target_shape",)),
)}


def layer_type(class_name: str) -> LayerType | None:
    return LAYER_TYPES.get(class_name)


def family_of(class_name: str) -> str:
    t = LAYER_TYPES.get("InputLayer" if class_name == "Input" else class_name)
    return t.family if t is not None else "core"


def summary_of(spec: dict):
    """The block's one-line summary of a layer spec ('64 units · relu', '8 filters 3×3 · same')."""
    t = LAYER_TYPES.get(spec.get("class_name"))
    return t.summary(spec.get("config") or {}) if t is not None else ""
