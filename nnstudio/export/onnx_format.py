"""ONNX (opset 17) built with the ``onnx.helper`` API; docs/export-onnx.md describes the graph.

Input ``input`` [N, *input_shape] float32 with a dynamic batch N, output ``output``
[N, *output_shape]: both channels-last, exactly like the engine. Inside, convolutions and
pooling run channels-first between Transposes (see graph_plan.py). Dropout is left out (inference).
"""

from __future__ import annotations

import json
import math
import pathlib

import numpy as np

from nnstudio.engine.saving.files import write_bytes
from nnstudio.errors import ExportError
from nnstudio.export.checks import check_exportable
from nnstudio.export.graph_plan import plan
from nnstudio.i18n import M_

OPSET = 17
INPUT_NAME, OUTPUT_NAME, BATCH_DIM = "input", "output", "N"


class _GraphBuilder:
    """Nodes and initializers, with unique names derived from the layer they come from."""

    def __init__(self, helper, numpy_helper, reserved=()):
        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes, self.initializers, self._used = [], [], set(reserved)

    def _unique(self, base):
        name, i = base, 1
        while name in self._used:
            name, i = f"{base}_{i}", i + 1
        self._used.add(name)
        return name

    def const(self, base, array):
        name = self._unique(base)
        self.initializers.append(self.numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(self, op, inputs, base, **attrs):
        out = self._unique(base)
        self.nodes.append(self.helper.make_node(op, inputs, [out], name=self._unique(f"{base}/{op}"), **attrs))
        return out


def _f32(a):
    return np.asarray(a, dtype=np.float32)


def _activation(g, x, fn, axis, base):
    name = fn.name
    if name == "relu":
        return g.node("Relu", [x], base)
    if name == "leaky_relu":
        return g.node("LeakyRelu", [x], base, alpha=float(fn.negative_slope))
    if name == "elu":
        return g.node("Elu", [x], base, alpha=float(fn.alpha))
    if name == "sigmoid":
        return g.node("Sigmoid", [x], base)
    if name == "tanh":
        return g.node("Tanh", [x], base)
    if name == "softmax":
        return g.node("Softmax", [x], base, axis=axis)
    if name == "swish":  # x·σ(x)
        return g.node("Mul", [x, g.node("Sigmoid", [x], f"{base}/sigmoid")], base)
    if name == "gelu":  # exact: 0.5·x·(1 + erf(x/√2)); Gelu is an operator only from opset 20
        e = g.node("Erf", [g.node("Mul", [x, g.const(f"{base}/inv_sqrt2", _f32(1 / math.sqrt(2)))],
                                  f"{base}/scaled")], f"{base}/erf")
        cdf = g.node("Add", [e, g.const(f"{base}/one", _f32(1.0))], f"{base}/one_plus_erf")
        half_x = g.node("Mul", [x, g.const(f"{base}/half", _f32(0.5))], f"{base}/half_x")
        return g.node("Mul", [half_x, cdf], base)
    if name == "softplus":  # max(x, 0) + log(1 + e^−|x|): no overflow for large x
        e = g.node("Exp", [g.node("Neg", [g.node("Abs", [x], f"{base}/abs")], f"{base}/neg")], f"{base}/exp")
        log = g.node("Log", [g.node("Add", [e, g.const(f"{base}/one", _f32(1.0))], f"{base}/one_plus")],
                     f"{base}/log")
        return g.node("Add", [g.node("Relu", [x], f"{base}/relu"), log], base)
    if name == "linear":
        return x
    raise ExportError(M_("errors", "The activation {name!r} has no ONNX form.").format(name=name))


def _step(g, x, step):
    if step.op == "layer":  # written by its layer type's description
        return step.export.onnx(g, x, step)
    if step.op == "activation":
        return _activation(g, x, step.activation, step.axis, f"{step.layer.name}/{step.activation.name}")
    if step.op == "to_channels_first":
        return g.node("Transpose", [x], "to_channels_first", perm=[0, 3, 1, 2])
    if step.op == "to_channels_last":
        return g.node("Transpose", [x], "to_channels_last", perm=[0, 2, 3, 1])
    raise ExportError(M_("errors", "No ONNX form for step {op}.").format(op=step.op))


def _preprocessing_steps(g, x, preprocessing):
    """A CSV table's gap filling and standardization as the graph's first ops."""
    fill = g.const("preprocessing/fill", _f32(preprocessing.encoded_fill()))
    x = g.node("Where", [g.node("IsNaN", [x], "preprocessing/is_missing"), fill, x], "preprocessing/filled")
    if preprocessing.mean is None:
        return x
    mean, std = preprocessing.scaling()
    centred = g.node("Sub", [x, g.const("preprocessing/mean", _f32(mean))], "preprocessing/centred")
    return g.node("Div", [centred, g.const("preprocessing/std", _f32(std))], "preprocessing/scaled")


def preprocessing_metadata(preprocessing) -> dict[str, str]:
    """``metadata_props`` that let any program build the input from raw CSV rows."""
    if preprocessing is None:
        return {}
    data = preprocessing.to_json()
    categories = {c["name"]: c["categories"] for c in data["columns"] if c["role"] == "category"}
    return {"nnstudio.preprocessing": json.dumps(data), "nnstudio.input_columns": json.dumps(data["inputs"]),
            "nnstudio.source_columns": json.dumps([c["name"] for c in data["columns"]]),
            "nnstudio.categories": json.dumps(categories), "nnstudio.class_names": json.dumps(data["class_names"]),
            "nnstudio.target": data["target"], "nnstudio.task": data["task"]}


def build_onnx(model, preprocessing=None):
    """The ``onnx.ModelProto`` of a checked model; with a CSV table's ``preprocessing`` the graph
    starts with its gap filling and standardization and its metadata describes the columns."""
    try:
        import onnx
        from onnx import helper, numpy_helper
    except ImportError:
        raise ExportError(M_("errors", "ONNX export needs the 'onnx' package: pip install onnx")) from None
    from nnstudio._version import __version__

    g = _GraphBuilder(helper, numpy_helper, reserved=(INPUT_NAME, OUTPUT_NAME))
    x = INPUT_NAME
    if preprocessing is not None:
        x = _preprocessing_steps(g, x, preprocessing)
    for step in plan(model):
        x = _step(g, x, step)
    if g.nodes and x == g.nodes[-1].output[0]:
        g.nodes[-1].output[0] = OUTPUT_NAME
    else:  # nothing computed (e.g. only Dropout), or the output is an input of the last node
        g.nodes.append(helper.make_node("Identity", [x], [OUTPUT_NAME], name="output/Identity"))
    graph = helper.make_graph(
        g.nodes, model.name, [helper.make_tensor_value_info(INPUT_NAME, onnx.TensorProto.FLOAT,
                                                            [BATCH_DIM, *model.input_shape])],
        [helper.make_tensor_value_info(OUTPUT_NAME, onnx.TensorProto.FLOAT, [BATCH_DIM, *model.output_shape])],
        initializer=g.initializers)
    opset = [helper.make_opsetid("", OPSET)]
    proto = helper.make_model(graph, opset_imports=opset, producer_name="NN Studio", producer_version=__version__,
                              doc_string=f"{model.name}: channels-last input 'input' [N, "
                                         f"{', '.join(map(str, model.input_shape))}], output 'output'.")
    proto.ir_version = helper.find_min_ir_version_for(opset)
    helper.set_model_props(proto, {"nnstudio.architecture": json.dumps(model.get_config()),
                                   "nnstudio.layout": "channels_last", **preprocessing_metadata(preprocessing)})
    try:
        onnx.checker.check_model(proto, full_check=True)
    except onnx.checker.ValidationError as e:
        raise ExportError(M_("errors", "The ONNX graph for '{model}' failed ONNX's checks: {reason}")
                          .format(model=model.name, reason=e)) from None
    return proto


def export_onnx(model, path, preprocessing=None) -> pathlib.Path:
    check_exportable(model, "onnx")
    return write_bytes(path, build_onnx(model, preprocessing).SerializeToString())
