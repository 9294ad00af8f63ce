"""Live checks of the network a user edits: each layer's output shape and parameter count, and
plain-words errors (with a one-click fix where there is an obvious one). No weights are made."""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.engine.layers import InputLayer, deserialize
from nnstudio.engine.layers.base import describe_shape
from nnstudio.engine.summary import format_shape, format_summary
from nnstudio.errors import ShapeError


@dataclass(frozen=True)
class Fix:
    """A one-click repair: set ``changes`` in the config of layer ``layer_index``."""
    text: str
    layer_index: int
    changes: dict


@dataclass
class LayerCheck:
    index: int
    name: str
    class_name: str
    output_shape: tuple | None = None
    params: int = 0
    trainable_params: int = 0
    error: str | None = None
    fix: Fix | None = None


@dataclass
class ValidationReport:
    layers: list = field(default_factory=list)
    error: str | None = None          # the first problem, in plain words
    error_index: int | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def total_params(self) -> int:
        return sum(c.params for c in self.layers)

    def summary_text(self, name="model") -> str:
        rows = [(f"{c.name} ({c.class_name})", format_shape(c.output_shape), str(c.params))
                for c in self.layers if c.class_name != "InputLayer"]
        trainable = sum(c.trainable_params for c in self.layers)
        return format_summary(name, rows, self.total_params, trainable)


def _fail(report, check, message, fix=None):
    check.error = message
    check.fix = fix
    if report.error is None:
        report.error, report.error_index = f"{check.name}: {message}", check.index


def validate_network(layers, input_shape=None, task=None, output_units=None) -> ValidationReport:
    """Check ``layers`` (specs, the first an InputLayer) against the data's ``input_shape``,
    ``task`` ('classification' | 'regression') and ``output_units`` (classes or targets)."""
    report = ValidationReport()
    shape = None
    for i, spec in enumerate(layers):
        cfg = spec.get("config") or {}
        check = LayerCheck(i, str(cfg.get("name", f"layer {i}")), str(spec.get("class_name")))
        report.layers.append(check)
        try:
            layer = deserialize(spec)
        except (ValueError, TypeError) as e:
            _fail(report, check, str(e))
            shape = None
            continue
        if isinstance(layer, InputLayer):
            if i != 0:
                _fail(report, check, "an Input can only be the first layer.")
                shape = None
                continue
            shape = layer.shape
            if input_shape is not None and tuple(input_shape) != layer.shape:
                _fail(report, check,
                      f"the data gives {describe_shape(input_shape)}, but the input is set to {describe_shape(layer.shape)}.",
                      Fix(f"Set the input to {'×'.join(map(str, input_shape))}", i, {"shape": list(input_shape)}))
            check.output_shape = layer.shape
            continue
        if i == 0:
            if input_shape is None:
                _fail(report, check, "the network must start with an Input layer.")
                continue
            shape = tuple(input_shape)
        if shape is None:
            continue  # an earlier layer failed: nothing to check against
        try:
            out = layer.compute_output_shape(shape)
        except ShapeError as e:
            _fail(report, check, str(e).split(": ", 1)[-1])
            shape = None
            continue
        check.params = layer.count_params_for(shape)
        check.trainable_params = sum(
            int(__import__("numpy").prod(s)) for n, s in layer.weight_shapes(shape).items() if n in layer.trainable_names)
        check.output_shape = shape = tuple(out)
    if len(layers) <= 1 and report.ok:
        last = report.layers[-1] if report.layers else LayerCheck(0, "network", "")
        if not report.layers:
            report.layers.append(last)
        _fail(report, last, "the network has no layers yet: drag a Dense layer onto it.")
    if report.ok and output_units:
        _check_task(report, layers, task, output_units)
    return report


def _check_task(report, layers, task, output_units):
    last = report.layers[-1]
    want = (int(output_units),)
    if last.output_shape == want:
        return
    what = f"{output_units} classes" if task == "classification" else f"{output_units} target value(s)"
    dense_i = next((c.index for c in reversed(report.layers) if c.class_name == "Dense"), None)
    got = describe_shape(last.output_shape) if last.output_shape else "nothing"
    if dense_i is not None and last.output_shape is not None and len(last.output_shape) == 1 and \
            all(c.class_name in ("Activation", "ReLU", "LeakyReLU", "Dropout", "BatchNormalization")
                for c in report.layers[dense_i + 1:]):
        target = report.layers[dense_i]
        _fail(report, target if dense_i == last.index else last,
              f"the output gives {got}, but this data has {what}: the last Dense layer needs {output_units} units.",
              Fix(f"Set {target.name} to {output_units} units", dense_i, {"units": int(output_units)}))
    else:
        _fail(report, last, f"the network must end with a Dense layer of {output_units} units "
                            f"(one per {'class' if task == 'classification' else 'target'}); it ends with {got}.")
