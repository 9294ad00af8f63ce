"""Layer configs in both directions: engine layer -> Keras 3's full config dict, and a Keras
config (from a ``.keras`` file's ``config.json``) -> engine layer.

The written configs carry every argument Keras 3.15 serialises for these layers, except a few
that only some Keras 3 releases know (``optional``, ``ragged``, ``quantization_config``,
``renorm*``, initializer ``input_axes``): left out, they take their defaults, and any Keras 3
release can read the file.
"""

from __future__ import annotations

import copy
import warnings

from nnstudio.engine import activations, initializers, regularizers
from nnstudio.engine.backend import to_snake
from nnstudio.engine.layers import LAYER_CLASSES, Layer
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_

DTYPE_POLICY = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}

#: engine activation name -> Keras's serialised name (Keras 3 writes swish as its alias silu)
_KERAS_ACTIVATION = {"swish": "silu"}


def keras_object(module, class_name, config, **extra):
    return {"module": module, "class_name": class_name, "config": config, "registered_name": None, **extra}


def _initializer(init) -> dict:
    class_name = "".join(part.capitalize() for part in init.name.split("_"))
    if isinstance(init, initializers.VarianceScaling):
        config = {"seed": None}
    elif isinstance(init, initializers.Constant):
        config = init.get_config()
    elif init.get_config():
        config = {"seed": None, **init.get_config()}
    else:
        config = {}
    return keras_object("keras.initializers", class_name, config)


def _regularizer(reg):
    spec = regularizers.serialize(reg)
    return None if spec is None else keras_object("keras.regularizers", spec["class_name"], dict(spec["config"]))


def activation_name(fn) -> str:
    return _KERAS_ACTIVATION.get(fn.name, fn.name)


def _build(shape):
    return {"input_shape": [None, *shape]}


def input_layer_config(model) -> dict:
    layer = model.input_layer
    return keras_object("keras.layers", "InputLayer", {
        "batch_shape": [None, *layer.shape], "dtype": "float32", "sparse": False, "name": layer.name})


def _keras_value(layer, key, value):
    """A get_config() value as Keras writes it: activations by Keras's name, initializers and
    regularizers as Keras objects, tuples as lists."""
    if key == "activation":
        return activation_name(layer.activation)
    if key.endswith("_initializer"):
        return _initializer(getattr(layer, key))
    if key.endswith("_regularizer"):
        return _regularizer(getattr(layer, key))
    return list(value) if isinstance(value, tuple) else value


def layer_config(layer: Layer) -> dict:
    """The Keras 3 ``{"module", "class_name", "config", ...}`` of one built engine layer: its own
    config, and the Keras arguments its class holds constant (``KERAS_CONSTANTS``)."""
    cfg = {"name": layer.name, "trainable": layer.trainable, "dtype": dict(DTYPE_POLICY)}
    for key, value in layer.get_config().items():
        if key not in cfg:
            cfg[key] = _keras_value(layer, key, value)
    cfg.update(copy.deepcopy(type(layer).KERAS_CONSTANTS))
    builds = type(layer).KERAS_BUILDS and layer.input_shape is not None
    extra = {"build_config": _build(layer.input_shape)} if builds else {}
    return keras_object("keras.layers", type(layer).__name__, cfg, **extra)


def model_config(model, compile_config=None) -> dict:
    shape = [None, *model.input_layer.shape]
    layers = [input_layer_config(model)] + [layer_config(layer) for layer in model.layers]
    out = keras_object("keras", "Sequential", {
        "name": model.name, "trainable": True, "dtype": dict(DTYPE_POLICY), "layers": layers,
        "build_input_shape": shape}, build_config={"input_shape": shape})
    if compile_config is not None:
        out["compile_config"] = compile_config
    return out


# ----- reading ------------------------------------------------------------------------------
#: Keras arguments the engine does not have; reading accepts them only at these values
_MUST_BE_DEFAULT = {
    "bias_regularizer": None, "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None,
    "beta_regularizer": None, "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None,
    "quantization_config": None, "lora_rank": None, "renorm": False, "synchronized": False,
    "noise_shape": None, "data_format": "channels_last", "sparse": False, "ragged": False, "optional": False,
}
#: Keras arguments that change nothing once the weights are loaded
_IGNORED = {"dtype", "seed", "lora_alpha", "renorm_clipping", "renorm_momentum", "autocast", "input_tensor",
            "beta_initializer", "gamma_initializer", "moving_mean_initializer", "moving_variance_initializer"}


def refuse(message) -> ProjectFileError:
    return ProjectFileError(message)


def _activation_from(value, where):
    if isinstance(value, dict):  # {"class_name": "function", "config": "relu"} in some Keras versions
        value = value.get("config") if isinstance(value.get("config"), str) else value.get("class_name")
    if value == "silu":
        value = "swish"
    if not isinstance(value, str) or value not in activations.NAMES:
        raise refuse(M_("errors", "{where} uses the activation {value!r}, which NN Studio does not have. "
                                  "Supported activations: {names}.")
                     .format(where=where, value=value, names=", ".join(activations.NAMES)))
    return value


def _initializer_from(value, where):
    """Initializers only matter when weights are re-initialised; an unknown one falls back to Keras's default."""
    name = value.get("class_name") if isinstance(value, dict) else value
    snake = to_snake(str(name))
    if snake in ("random_normal", "random_uniform", "constant") and isinstance(value, dict):
        cfg = {k: v for k, v in (value.get("config") or {}).items()
               if k in ("mean", "stddev", "minval", "maxval", "value")}
        return {"class_name": snake, "config": cfg}
    if snake in initializers.NAMES:
        return snake
    warnings.warn(f"{where}: initializer {name!r} is not available in NN Studio; glorot_uniform is used "
                  f"if the layer is ever re-initialised.", stacklevel=3)
    return None


def _regularizer_from(value, where):
    if value is None:
        return None
    name = value.get("class_name") if isinstance(value, dict) else value
    if str(name).lower() not in ("l1", "l2", "l1l2", "l1_l2"):
        raise refuse(M_("errors", "{where} uses the regularizer {name!r}; NN Studio supports L1, L2 and L1L2.")
                     .format(where=where, name=name))
    return {"class_name": name, "config": dict(value.get("config") or {})} if isinstance(value, dict) else value


def layer_from_config(spec: dict, index: int) -> Layer:
    """An engine layer from one entry of a Keras Sequential's ``layers`` list."""
    if not isinstance(spec, dict):
        raise refuse(M_("errors", "Layer {number} of the model is not described in a form NN Studio can read.")
                     .format(number=index + 1))
    kind = spec.get("class_name")
    cfg = dict(spec.get("config") or {})
    name = cfg.get("name") or f"#{index + 1}"
    where = M_("errors", "Layer '{layer}' ({kind})").format(layer=name, kind=kind)
    if kind not in LAYER_CLASSES or (spec.get("module") not in (None, "keras.layers", "keras")):
        supported = ", ".join(k for k in LAYER_CLASSES if k != "InputLayer")
        raise refuse(M_("errors", "The model uses a {kind} layer ('{layer}'), which NN Studio cannot read. "
                                  "Supported layers: {supported}.").format(kind=kind, layer=name, supported=supported))
    for key, default in _MUST_BE_DEFAULT.items():
        if key in cfg:
            value = cfg.pop(key)
            if value != default:
                raise refuse(M_("errors", "{where} sets {key}={value!r}; NN Studio supports only {key}={default!r}.")
                             .format(where=where, key=key, value=value, default=default))
    for key in _IGNORED:
        cfg.pop(key, None)
    if kind == "InputLayer" and "batch_shape" not in cfg and "batch_input_shape" in cfg:  # older Keras
        cfg["batch_shape"] = cfg.pop("batch_input_shape")
    if "activation" in cfg:
        cfg["activation"] = _activation_from(cfg["activation"], where)
    for key in ("kernel_initializer", "bias_initializer"):
        if key in cfg:
            init = _initializer_from(cfg.pop(key), where)
            if init is not None:
                cfg[key] = init
    if "kernel_regularizer" in cfg:
        cfg["kernel_regularizer"] = _regularizer_from(cfg["kernel_regularizer"], where)
    try:
        return LAYER_CLASSES[kind].from_config(cfg)
    except (ValueError, TypeError) as e:
        raise refuse(M_("errors", "{where} has a setting NN Studio does not support: {reason}")
                     .format(where=where, reason=e)) from None
