"""What a layer type's description holds (:class:`LayerType`), how the exports write it
(:class:`LayerExport`), and the pieces the descriptions share: palette groups, family colours,
summary texts and export helpers. Qt-free: texts are marked with ``N_``/``M_``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from nnstudio.i18n import N_
from nnstudio.project.python_literals import kwargs

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


@dataclass(frozen=True)
class TorchCode:
    """A layer in the generated PyTorch module."""
    init: tuple = ()      # lines of the module's __init__ (``self.<attribute> = nn.…``)
    forward: tuple = ()   # lines of forward, from x to x
    weights: tuple = ()   # (engine weight name, torch attribute, layout: "dense" | "conv" | "same")


@dataclass(frozen=True)
class LayerExport:
    """How ONNX and the generated PyTorch code write a layer type: one step of the exports' graph
    plan (``export/graph_plan.py``), which puts the tensor in the layout the step asks for."""
    #: "channels_first": runs on a channels-first image (the plan transposes an image before it);
    #: "channels_last": reads the values in the engine's order (the plan transposes back first);
    #: "any": either layout
    layout: str = "any"
    #: the config attribute holding its sliding window: the plan adds TensorFlow's 'same' pads
    window: str | None = None
    #: (graph, x, step) -> the output's name in the ONNX graph; None: the layer is only its activation
    onnx: Callable | None = None
    #: (step, attribute name) -> TorchCode; None: the layer is only its activation
    torch: Callable | None = None
    #: its ``activation`` (when not linear) follows as a step of its own
    activation: bool = False
    #: only in code that trains (Dropout); inference graphs leave it out
    training_only: bool = False
    #: (layer) -> why PyTorch code cannot write this layer (a Message), or None
    torch_refusal: Callable | None = None


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
    #: how ONNX and PyTorch code write it (None: not a computing layer, e.g. the input)
    export: LayerExport | None = None
    #: the generated Keras code: config keys passed by position, then by keyword
    code_args: tuple = ()
    code_kwargs: tuple = ()


# ----- summaries ---------------------------------------------------------------------------------
def pair(value, default=(1, 1)):
    if isinstance(value, (list, tuple)):
        return tuple(value) if len(value) == 2 else (value[0], value[0]) if value else default
    return (value, value) if value is not None else default


def activation_suffix(cfg) -> str:
    act = cfg.get("activation")
    return f" · {act}" if act and act != "linear" else ""


def times(values) -> str:
    return "×".join(str(d) for d in values)


def window_text(cfg, key) -> str:
    """'3×3 /2 · same': a window's size, its step when not its size, and the padding."""
    size = pair(cfg.get(key), (2, 2))
    strides = pair(cfg.get("strides"), size)
    step = f" /{strides[0]}" if strides != size else ""
    return f"{times(size)}{step} · {cfg.get('padding', 'valid')}"


def last_activation(cfg):
    return cfg.get("activation") or "linear"


# ----- export helpers ----------------------------------------------------------------------------
def f32(a):
    return np.asarray(a, dtype=np.float32)


def onnx_pads(step) -> list:
    """ONNX's pads order (top, left, bottom, right) from the plan's (top, bottom, left, right)."""
    top, bottom, left, right = step.pads
    return [top, left, bottom, right]


def onnx_kernel_and_bias(g, step, kernel):
    """The inputs of a node that multiplies by ``kernel`` (already in ONNX's layout) and adds the bias."""
    layer, base = step.layer, step.layer.name
    inputs = [g.const(f"{base}/kernel", f32(kernel))]
    if layer.use_bias:
        inputs.append(g.const(f"{base}/bias", f32(layer.weights_dict["bias"])))
    return inputs


def torch_same_padding(step, fill="") -> tuple:
    """The F.pad line of a window with TensorFlow's 'same' pads (none when nothing is padded)."""
    if not any(step.pads):
        return ()
    top, bottom, left, right = step.pads
    return (f"x = F.pad(x, ({left}, {right}, {top}, {bottom}){fill})  # 'same' as TensorFlow: "
            f"the odd cell goes right/bottom",)


def torch_window(layer, size) -> str:
    return kwargs(kernel_size=tuple(size), stride=tuple(layer.strides))


def torch_kernel_and_bias(layer, attribute, layout) -> tuple:
    rows = (("kernel", f"{attribute}.weight", layout),)
    return rows + ((("bias", f"{attribute}.bias", "same"),) if layer.use_bias else ())
