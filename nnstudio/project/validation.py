"""Live checks of the network a user edits: each layer's output shape and parameter count, and
plain-words errors (with a one-click fix where there is an obvious one). No weights are made."""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.engine.layers import InputLayer, deserialize
from nnstudio.engine.layers.base import describe_shape
import math
import types

import numpy as np

from nnstudio.engine import backend, budget
from nnstudio.engine.summary import summary_text
from nnstudio.errors import ShapeError
from nnstudio.i18n import M_, Message, message_of
from nnstudio.project.layer_types import LAYER_TYPES


@dataclass(frozen=True)
class Fix:
    """A one-click repair: set ``changes`` in the config of layer ``layer_index`` (or, with
    ``training``, those training settings). ``text`` (like the report's errors) is a translatable
    Message: the GUI shows it with ``user_text``."""
    text: str
    layer_index: int
    changes: dict
    training: dict | None = None


CLASS_LOSSES = ("sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy")


def loss_fits(loss: str | None, task: str | None) -> bool:
    """Whether the training loss ``loss`` ("auto" or a name) can train on data of ``task``."""
    if not loss or loss == "auto" or task is None:
        return True
    return (loss in CLASS_LOSSES) == (task == "classification")


@dataclass
class LayerCheck:
    index: int
    name: str
    class_name: str
    output_shape: tuple | None = None
    weight_shapes: dict = field(default_factory=dict)
    params: int = 0
    trainable_params: int = 0
    error: str | None = None
    fix: Fix | None = None
    spec: dict = field(default_factory=dict, repr=False)


@dataclass
class ValidationReport:
    layers: list = field(default_factory=list)
    error: str | None = None          # the first problem, in plain words
    error_index: int | None = None
    warning: str | None = None        # trainable, but worth knowing (a very large network)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def total_params(self) -> int:
        return sum(c.params for c in self.layers)

    def summary_text(self, name="model", max_rows=None) -> str:
        """The Keras-style table of the layers checked so far (unallocated weights stand in); with
        ``max_rows``, the layers past it are counted in one row and in the totals, not listed."""
        layers = []
        checked = [c for c in self.layers if c.class_name != "InputLayer" and c.output_shape is not None]
        rest = checked[max_rows:] if max_rows is not None and len(checked) > max_rows else []
        for c in checked[:len(checked) - len(rest)]:
            layer = deserialize(c.spec)
            # stand-ins that know their size and take no memory (a huge layer must not be allocated)
            layer.weights_dict = {n: np.broadcast_to(np.zeros((), dtype=backend.floatx()), s)
                                  for n, s in c.weight_shapes.items()}
            layer.output_shape, layer.built = c.output_shape, True
            layers.append(layer)
        more = (len(rest), sum(c.params for c in rest), sum(c.trainable_params for c in rest)) if rest else None
        return summary_text(types.SimpleNamespace(name=name, layers=layers), more=more)


def _plain(error) -> str:
    """A layer's own plain-words refusal, or a general one (never a Python error's text)."""
    message = message_of(error)
    if isinstance(message, Message):
        return message
    return M_("validation", "its settings cannot be used.")


def _fail(report, check, message, fix=None):
    check.error = message
    check.fix = fix
    if report.error is None:
        report.error = M_("validation", "{layer}: {problem}").format(layer=check.name, problem=message)
        report.error_index = check.index


def validate_network(layers, input_shape=None, task=None, output_units=None, loss=None) -> ValidationReport:
    """Check ``layers`` (specs, the first an InputLayer) against the data's ``input_shape``,
    ``task`` ('classification' | 'regression') and ``output_units`` (classes or targets), and the
    training ``loss`` against the task."""
    report = ValidationReport()
    shape = None
    for i, spec in enumerate(layers):
        cfg = spec.get("config") or {}
        check = LayerCheck(i, str(cfg.get("name", f"layer {i}")), str(spec.get("class_name")), spec=spec)
        report.layers.append(check)
        try:
            layer = deserialize(spec)
        except Exception as e:  # a hand-edited or pasted config of any shape: say so, never crash
            _fail(report, check, _plain(e))
            shape = None
            continue
        if isinstance(layer, InputLayer):
            if i != 0:
                _fail(report, check, M_("validation", "an Input can only be the first layer."))
                shape = None
                continue
            shape = layer.shape
            if input_shape is not None and tuple(input_shape) != layer.shape:
                _fail(report, check,
                      M_("validation", "the data gives {data}, but the input is set to {input}.")
                      .format(data=describe_shape(input_shape), input=describe_shape(layer.shape)),
                      Fix(M_("validation", "Set the input to {shape}").format(shape="×".join(map(str, input_shape))),
                          i, {"shape": list(input_shape)}))
            check.output_shape = layer.shape
            continue
        if i == 0:
            if input_shape is None:
                _fail(report, check, M_("validation", "the network must start with an Input layer."))
                continue
            shape = tuple(input_shape)
        if shape is None:
            continue  # an earlier layer failed: nothing to check against
        try:
            out = layer.compute_output_shape(shape)
        except ShapeError as e:
            _fail(report, check, e.reason if e.reason is not None else str(e).split(": ", 1)[-1])
            shape = None
            continue
        except Exception as e:
            _fail(report, check, _plain(e))
            shape = None
            continue
        check.weight_shapes = {n: tuple(s) for n, s in layer.weight_shapes(shape).items()}
        check.params = sum(math.prod(s) for s in check.weight_shapes.values())
        check.trainable_params = sum(math.prod(s) for n, s in check.weight_shapes.items()
                                     if layer.trainable and n in layer.trainable_names)
        check.output_shape = shape = tuple(out)
    if len(layers) <= 1 and report.ok:
        last = report.layers[-1] if report.layers else LayerCheck(0, "network", "")
        if not report.layers:
            report.layers.append(last)
        _fail(report, last, M_("validation", "the network has no layers yet: drag a Dense layer onto it."))
    _check_size(report)
    if report.ok and output_units:
        _check_task(report, layers, task, output_units)
    if report.ok and not loss_fits(loss, task):
        last = report.layers[-1]
        problem = (M_("validation", "the loss {loss} compares classes, but this data has a number to predict "
                                    "(regression).").format(loss=loss) if task == "regression"
                   else M_("validation", "the loss {loss} measures distances between numbers, but this data has "
                                         "classes to predict.").format(loss=loss))
        _fail(report, last, problem,
              Fix(M_("validation", "Let the loss follow the task (automatic)"), last.index, {},
                  training={"loss": "auto"}))
    return report


def _check_size(report):
    """Refuse a network that needs more memory than the computer has; warn above WARN_BYTES."""
    need = budget.training_bytes(report.total_params)
    if budget.too_large_to_train(report.total_params):
        largest = max(report.layers, key=lambda c: c.params)
        _fail(report, largest, M_("validation", "the network would need {size} of memory to train ({params} "
                                                "parameters), more than this computer has ({memory}). Make this "
                                                "layer smaller.")
              .format(size=budget.size_text(need), params=f"{report.total_params:,}",
                      memory=budget.size_text(budget.machine_memory())))
    elif need > budget.WARN_BYTES:
        report.warning = M_("validation", "This network is very large: training it needs about {size} of memory "
                                          "({params} parameters).").format(size=budget.size_text(need),
                                                                           params=f"{report.total_params:,}")


def _check_task(report, layers, task, output_units):
    last = report.layers[-1]
    want = (int(output_units),)
    if last.output_shape == want:
        return
    if task == "classification":
        what = M_("validation", "{count} classes").format(count=output_units)
    elif int(output_units) == 1:
        what = M_("validation", "1 target value")
    else:
        what = M_("validation", "{count} target values").format(count=output_units)
    one = int(output_units) == 1
    dense_i = next((c.index for c in reversed(report.layers) if c.class_name == "Dense"), None)
    got = describe_shape(last.output_shape) if last.output_shape else M_("validation", "nothing")
    if dense_i is not None and last.output_shape is not None and len(last.output_shape) == 1 and \
            all(getattr(LAYER_TYPES.get(c.class_name), "elementwise", False) for c in report.layers[dense_i + 1:]):
        target = report.layers[dense_i]
        if one:
            needs = M_("validation", "the output gives {got}, but this data has {what}: the last Dense layer "
                                     "needs 1 unit.").format(got=got, what=what)
            fix = M_("validation", "Set {layer} to 1 unit").format(layer=target.name)
        else:
            needs = M_("validation", "the output gives {got}, but this data has {what}: the last Dense layer "
                                     "needs {units} units.").format(got=got, what=what, units=output_units)
            fix = M_("validation", "Set {layer} to {units} units").format(layer=target.name, units=output_units)
        _fail(report, target if dense_i == last.index else last, needs,
              Fix(fix, dense_i, {"units": int(output_units)}))
    elif task == "classification":
        _fail(report, last, M_("validation", "the network must end with a Dense layer of {units} units "
                                             "(one per class); it ends with {got}.").format(units=output_units, got=got))
    elif one:
        _fail(report, last, M_("validation", "the network must end with a Dense layer of 1 unit (the target); "
                                             "it ends with {got}.").format(got=got))
    else:
        _fail(report, last, M_("validation", "the network must end with a Dense layer of {units} units "
                                             "(one per target); it ends with {got}.").format(units=output_units, got=got))
