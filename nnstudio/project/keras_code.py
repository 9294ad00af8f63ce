"""Pasted Keras code -> a network and training settings, read with ``ast`` and never executed.

Accepted: ``Sequential([...])`` (also ``keras.Sequential``, ``tf.keras.models.Sequential``),
``model.add(layer)``, ``model.compile(optimizer, loss, metrics)`` and ``model.fit(..., epochs=,
batch_size=, validation_split=)``; imports, ``summary``/``evaluate``/``predict`` calls are
skipped. Every argument must be a literal (``ast.literal_eval`` of its node); anything else is
refused with a :class:`~nnstudio.errors.CodeImportError` naming the line and why.
"""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass, field

from nnstudio.data.cancel import check_cancel
from nnstudio.engine import activations, backend, losses, optimizers
from nnstudio.engine.layers import LAYER_CLASSES, Input, deserialize
from nnstudio.errors import CodeImportError
from nnstudio.i18n import M_, message_of
from nnstudio.project.network import DEFAULT_CONFIGS, unique_layer_name
from nnstudio.project.training_config import OPTIMIZER_PARAMS, TrainingConfig

#: Keras's own optimizer defaults: ``optimizer='sgd'`` in pasted code means these, not ours.
KERAS_OPTIMIZER_DEFAULTS = {
    "sgd": {"learning_rate": 0.01, "momentum": 0.0, "nesterov": False},
    "rmsprop": {"learning_rate": 0.001, "rho": 0.9, "momentum": 0.0, "epsilon": 1e-7},
    "adam": {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7},
    "adamw": {"learning_rate": 0.001, "weight_decay": 0.004, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7},
    "adagrad": {"learning_rate": 0.001, "initial_accumulator_value": 0.1, "epsilon": 1e-7},
}
_LOSS_CLASSES = {"SparseCategoricalCrossentropy": "sparse_categorical_crossentropy",
                 "CategoricalCrossentropy": "categorical_crossentropy",
                 "BinaryCrossentropy": "binary_crossentropy", "MeanSquaredError": "mean_squared_error",
                 "MeanAbsoluteError": "mean_absolute_error", "Huber": "huber"}
_LOSS_ALIASES = {"mse": "mean_squared_error", "mae": "mean_absolute_error", "huber_loss": "huber"}
_MODEL_METHODS_SKIPPED = ("summary", "evaluate", "predict", "save", "save_weights", "build", "count_params")
_LAYER_NAMES = {**{name: name for name in LAYER_CLASSES}, "Input": "Input"}


@dataclass
class ParsedKerasCode:
    layers: list                                   # layer specs, the first an InputLayer when the code gives a shape
    training_changes: dict = field(default_factory=dict)   # TrainingConfig fields the code sets
    notes: list = field(default_factory=list)      # what was read but not used, in plain words


def _fail(node, message):
    line = getattr(node, "lineno", None)
    raise CodeImportError(M_("errors", "Line {line}: {problem}").format(line=line, problem=message)
                          if line else message)


def _dotted(node) -> str | None:
    """``tf.keras.layers.Dense`` -> that string; None for anything but a chain of names."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def _source(text_lines, node) -> str:
    try:
        return text_lines[node.lineno - 1].strip()
    except (AttributeError, IndexError):
        return ""


def _literal(node, what):
    """The value of an argument node written as a literal; an activation may be named as
    ``tf.nn.relu`` / ``keras.activations.relu`` (read as its name, never looked up)."""
    dotted = _dotted(node)
    if dotted and "." in dotted and dotted.rsplit(".", 1)[1] in activations.NAMES + ("silu",):
        return dotted.rsplit(".", 1)[1]
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        _fail(node, M_("errors", "the value of {what} must be written out (a number, text, True/False or a tuple), "
                                 "not computed: {code!r}.").format(what=what, code=ast.unparse(node)))


class _Reader:
    def __init__(self, text, default_input_shape=None, progress=None, should_cancel=None):
        self.lines = text.splitlines()
        self.progress, self.should_cancel = progress, should_cancel
        self.default_input_shape = default_input_shape
        self.model_names: set[str] = set()
        self.layers: list[dict] = []
        self._names: set[str] = set()        # the layers' names so far, and the next free suffix of
        self._next_suffix: dict[str, int] = {}  # each base name: naming stays linear in the layers
        self.input_shape = None
        self.training: dict = {}
        self.notes: list[str] = []
        self.found_model = False

    # ----- statements ---------------------------------------------------------------------
    def statement(self, node):
        if isinstance(node, (ast.Import, ast.ImportFrom, ast.Pass)):
            return
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return  # a docstring or comment-like string
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            target = node.targets[0] if len(node.targets) == 1 else None
            if self._is_sequential(node.value):
                if not isinstance(target, ast.Name):
                    _fail(node, M_("errors", "assign the Sequential model to a plain name, like "
                                             "model = Sequential([...])."))
                self.model_names.add(target.id)
                return self.sequential(node.value)
            if self._model_method(node.value) in _MODEL_METHODS_SKIPPED + ("fit",):
                return self.model_call(node.value)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            if self._is_sequential(node.value):
                return self.sequential(node.value)
            if self._model_method(node.value):
                return self.model_call(node.value)
        _fail(node, M_("errors", "NN Studio reads only a Sequential model, model.add(...), model.compile(...) and "
                                 "model.fit(...) settings; it cannot use {code!r}.")
              .format(code=_source(self.lines, node)))

    def _is_sequential(self, call):
        name = _dotted(call.func)
        return bool(name) and name.rsplit(".", 1)[-1] == "Sequential"

    def _model_method(self, call):
        if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
                and call.func.value.id in self.model_names:
            return call.func.attr
        return None

    def sequential(self, call):
        if self.found_model:
            _fail(call, M_("errors", "the code builds a second model; paste one model at a time."))
        self.found_model = True
        items = list(call.args[:1])
        for kw in call.keywords:
            if kw.arg == "layers":
                items.append(kw.value)
            elif kw.arg not in ("name", "trainable"):
                _fail(call, M_("errors", "Sequential has no setting {name!r}.").format(name=kw.arg))
        for arg in items:
            if isinstance(arg, ast.Constant) and arg.value is None:
                continue
            if not isinstance(arg, (ast.List, ast.Tuple)):
                _fail(arg, M_("errors", "write the layers as a list inside Sequential([...])."))
            for element in arg.elts:
                self.layer(element)

    def model_call(self, call):
        method = self._model_method(call)
        if method == "add":
            if len(call.args) != 1 or call.keywords:
                _fail(call, M_("errors", "model.add takes exactly one layer."))
            return self.layer(call.args[0])
        if method == "compile":
            return self.compile(call)
        if method == "fit":
            return self.fit(call)
        if method in _MODEL_METHODS_SKIPPED:
            self.notes.append(M_("notes", "Line {line}: model.{method}(...) is skipped (NN Studio does that itself).")
                              .format(line=call.lineno, method=method))
            return
        _fail(call, M_("errors", "NN Studio cannot use model.{method}(...).").format(method=method))

    # ----- layers -------------------------------------------------------------------------
    def layer(self, node):
        if len(self.layers) % 256 == 255:   # a long paste: say how far, and stop when asked
            check_cancel(self.should_cancel)
            if self.progress is not None:
                self.progress(getattr(node, "lineno", 0) / max(1, len(self.lines)))
        if not isinstance(node, ast.Call):
            _fail(node, M_("errors", "expected a layer such as Dense(10), not {code!r}.")
                        .format(code=ast.unparse(node)))
        dotted = _dotted(node.func)
        short = dotted.rsplit(".", 1)[-1] if dotted else None
        if short not in _LAYER_NAMES:
            known = ", ".join(sorted(n for n in _LAYER_NAMES if n != "InputLayer"))
            _fail(node, M_("errors", "NN Studio has no layer {name!r}. It knows: {known}.")
                  .format(name=short or ast.unparse(node.func), known=known))
        args = [_literal(a, M_("errors", "argument {number} of {layer}").format(number=i + 1, layer=short))
                for i, a in enumerate(node.args)]
        kwargs = {}
        for kw in node.keywords:
            if kw.arg is None:
                _fail(node, M_("errors", "**settings cannot be read; write each setting out."))
            kwargs[kw.arg] = _literal(kw.value, f"{kw.arg!r}")
        target = Input if short == "Input" else LAYER_CLASSES[short].__init__
        try:
            bound = inspect.signature(target).bind(*((None,) if short != "Input" else ()), *args, **kwargs)
        except TypeError as e:
            _fail(node, M_("errors", "{layer} does not take these settings ({reason}).").format(layer=short, reason=e))
        config = {k: v for k, v in bound.arguments.items() if k not in ("self", "kwargs")}
        config.update(bound.arguments.get("kwargs", {}))
        if short in ("Input", "InputLayer"):
            return self.input_layer(node, config)
        shape = config.pop("input_shape", None)
        if "input_dim" in config:
            shape = (config.pop("input_dim"),)
        config.pop("batch_input_shape", None)
        if shape is not None:
            if self.layers:
                _fail(node, M_("errors", "only the first layer may set input_shape."))
            self.input_layer(node, {"shape": shape})
        self.layers.append(self._spec(node, short, config))

    def input_layer(self, node, config):
        if self.layers:
            _fail(node, M_("errors", "the Input must come before every other layer."))
        shape = config.get("shape", config.get("input_shape"))
        if shape is None and config.get("batch_shape") is not None:
            shape = tuple(config["batch_shape"])[1:]
        if isinstance(shape, int):
            shape = (shape,)
        if not isinstance(shape, (tuple, list)) or not shape or \
                any(isinstance(d, bool) or not isinstance(d, int) or d <= 0 for d in shape):
            _fail(node, M_("errors", "the input shape must be positive whole numbers, like shape=(32,); it is "
                                     "{shape!r}.").format(shape=shape))
        given = {"shape": [int(d) for d in shape]}
        if isinstance(config.get("name"), str):
            given["name"] = config["name"]
        self.layers.append(self._spec(node, "InputLayer", given))

    def _spec(self, node, class_name, given):
        try:
            layer = deserialize({"class_name": class_name, "config": dict(given)})
        except (ValueError, TypeError) as e:
            _fail(node, M_("errors", "{layer}: {reason}").format(layer=class_name, reason=e))
        full = layer.get_config()
        keep = set(given) | set(DEFAULT_CONFIGS.get(class_name, {}))
        config = {k: v for k, v in full.items() if k in keep and k not in ("name", "trainable")}
        if given.get("trainable") is False:
            config["trainable"] = False
        wanted = given.get("name") if isinstance(given.get("name"), str) else backend.to_snake(class_name)
        config["name"] = self._unique_name(wanted)
        return {"class_name": class_name, "config": config}

    def _unique_name(self, base):
        """As ``unique_layer_name`` (``base``, else the first free ``base_N``), in constant time."""
        name = base
        if name in self._names:
            i = self._next_suffix.get(base, 1)
            while f"{base}_{i}" in self._names:
                i += 1
            self._next_suffix[base] = i + 1
            name = f"{base}_{i}"
        self._names.add(name)
        return name

    # ----- compile and fit ----------------------------------------------------------------
    def compile(self, call):
        names = ("optimizer", "loss", "metrics")
        args = dict(zip(names, call.args))
        for kw in call.keywords:
            args[kw.arg] = kw.value
        for key, node in args.items():
            if key == "optimizer":
                self.optimizer(node)
            elif key == "loss":
                self.loss(node)
            elif key in ("metrics", "weighted_metrics"):
                self.notes.append(M_("notes", "Line {line}: metrics are chosen by NN Studio "
                                              "(accuracy for classes, mean absolute error for values).")
                                  .format(line=call.lineno))
            elif key in ("jit_compile", "run_eagerly", "steps_per_execution"):
                continue
            else:
                _fail(call, M_("errors", "compile has no setting {name!r} in NN Studio.").format(name=key))

    def optimizer(self, node):
        if isinstance(node, ast.Call):
            dotted = _dotted(node.func) or ""
            name = dotted.rsplit(".", 1)[-1].lower()
            if name not in optimizers.NAMES:
                _fail(node, M_("errors", "NN Studio has no optimizer {name!r}. It knows: {known}.")
                      .format(name=dotted, known=", ".join(optimizers.NAMES)))
            settings = dict(KERAS_OPTIMIZER_DEFAULTS[name])
            if node.args:
                settings["learning_rate"] = _literal(node.args[0], "learning_rate")
            if len(node.args) > 1:
                _fail(node, M_("errors", "write the optimizer's settings by name, like Adam(learning_rate=0.001)."))
            allowed = ("learning_rate",) + OPTIMIZER_PARAMS[name]
            for kw in node.keywords:
                key = "learning_rate" if kw.arg == "lr" else kw.arg
                if key == "name":
                    continue
                if key not in allowed:
                    _fail(node, M_("errors", "NN Studio's {optimizer} optimizer has no setting {name!r} "
                                             "(it has {known}).").format(optimizer=name, name=kw.arg,
                                                                        known=", ".join(allowed)))
                settings[key] = _literal(kw.value, repr(kw.arg))
        else:
            value = _literal(node, "optimizer")
            name = value.lower() if isinstance(value, str) else None
            if name not in optimizers.NAMES:
                _fail(node, M_("errors", "NN Studio has no optimizer {name!r}. It knows: {known}.")
                      .format(name=value, known=", ".join(optimizers.NAMES)))
            settings = dict(KERAS_OPTIMIZER_DEFAULTS[name])
        for key, v in settings.items():
            ok = isinstance(v, bool) if key == "nesterov" else (isinstance(v, (int, float)) and not isinstance(v, bool))
            if not ok:
                _fail(node, M_("errors", "the optimizer's {key} must be a number; it is {value!r}.")
                      .format(key=key, value=v))
        self.training.update(optimizer=name, **{k: (float(v) if k != "nesterov" else v) for k, v in settings.items()})

    def loss(self, node):
        if isinstance(node, ast.Call):
            dotted = _dotted(node.func) or ""
            cls = dotted.rsplit(".", 1)[-1]
            if cls not in _LOSS_CLASSES:
                _fail(node, M_("errors", "NN Studio has no loss {name!r}. It knows: {known}.")
                      .format(name=dotted, known=", ".join(_LOSS_CLASSES)))
            name = _LOSS_CLASSES[cls]
            for kw in node.keywords:
                value = _literal(kw.value, repr(kw.arg))
                if kw.arg == "from_logits":
                    self.notes.append(M_("notes", "Line {line}: from_logits={value} — NN Studio decides this from "
                                                  "the last layer's activation (softmax/sigmoid give probabilities, "
                                                  "else logits).").format(line=node.lineno, value=value))
                elif kw.arg == "delta" and value != 1.0:
                    _fail(node, M_("errors", "NN Studio's Huber loss uses delta=1.0 only."))
                elif kw.arg not in ("name", "reduction", "delta"):
                    _fail(node, M_("errors", "the loss {loss} has no setting {name!r} in NN Studio.")
                          .format(loss=cls, name=kw.arg))
            if node.args:
                _fail(node, M_("errors", "write the settings of {loss} by name, like from_logits=True.")
                            .format(loss=cls))
        else:
            value = _literal(node, "loss")
            name = _LOSS_ALIASES.get(value, value) if isinstance(value, str) else None
            if name not in losses.NAMES:
                _fail(node, M_("errors", "NN Studio has no loss {name!r}. It knows: {known}.")
                      .format(name=value, known=", ".join(losses.NAMES)))
        self.training["loss"] = name

    def fit(self, call):
        for kw in call.keywords:
            if kw.arg in ("epochs", "batch_size"):
                value = _literal(kw.value, repr(kw.arg))
                if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                    _fail(call, M_("errors", "{name} must be a positive whole number; it is {value!r}.")
                          .format(name=kw.arg, value=value))
                self.training[kw.arg] = value
            elif kw.arg == "validation_split":
                value = _literal(kw.value, "'validation_split'")
                if not isinstance(value, (int, float)) or not 0 <= value < 0.9:
                    _fail(call, M_("errors", "validation_split must be a fraction below 0.9; it is {value!r}.")
                          .format(value=value))
                self.training["validation_split"] = float(value)
        self.notes.append(M_("notes", "Line {line}: the data of model.fit(...) is skipped; choose data in the "
                                      "Data panel.").format(line=call.lineno))

    def result(self) -> ParsedKerasCode:
        if not self.found_model:
            raise CodeImportError(M_("errors", "No model found: the code must contain Sequential([...]) "
                                               "(for example model = keras.Sequential([keras.layers.Dense(10)]))."))
        if not self.layers:
            raise CodeImportError(M_("errors", "The model has no layers."))
        layers = self.layers
        if layers[0]["class_name"] != "InputLayer" and self.default_input_shape is not None:
            taken = [s["config"]["name"] for s in layers]
            layers = [{"class_name": "InputLayer", "config": {
                "shape": [int(d) for d in self.default_input_shape],
                "name": unique_layer_name("input_layer", taken)}}] + layers
            self.notes.append(M_("notes", "The code gives no input shape: the input follows the chosen data."))
        return ParsedKerasCode(layers, dict(self.training), list(self.notes))


def parse_keras_code(text: str, default_input_shape=None, progress=None, should_cancel=None) -> ParsedKerasCode:
    """Read a Keras ``Sequential`` snippet without running it; ``default_input_shape`` (the data's)
    becomes the Input when the code declares none. A long paste reports ``progress(fraction)`` and
    ends with ``Cancelled`` when ``should_cancel()`` says so (both called from the reading thread)."""
    if not isinstance(text, str) or not text.strip():
        raise CodeImportError(M_("errors", "There is no code to read: paste a Keras Sequential model."))
    try:
        tree = ast.parse(text)
    except SyntaxError as e:
        raise CodeImportError(M_("errors", "Line {line}: this is not valid Python ({reason}).")
                              .format(line=e.lineno, reason=e.msg)) from None
    except (ValueError, MemoryError, RecursionError):
        raise CodeImportError(M_("errors", "The code cannot be read (it is too long or contains invalid "
                                           "characters).")) from None
    reader = _Reader(text, default_input_shape, progress, should_cancel)
    for node in tree.body:
        reader.statement(node)
    return reader.result()


def training_from_code(parsed: ParsedKerasCode, current: TrainingConfig) -> TrainingConfig | None:
    """``current`` with the code's training settings (None when it has none); CodeImportError when
    they cannot be used (``epochs=1000000000000``), before anything is changed."""
    if not parsed.training_changes:
        return None
    try:
        return TrainingConfig.from_dict({**current.to_dict(), **parsed.training_changes})
    except (ValueError, TypeError, OverflowError) as e:
        raise CodeImportError(M_("errors", "The training settings in the code cannot be used: {reason}")
                              .format(reason=message_of(e))) from None
