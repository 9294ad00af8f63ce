"""A standalone Keras 3 script that rebuilds the network, loads the exported weights
(``<script>.weights.h5`` beside it) and predicts, evaluates or trains."""

from __future__ import annotations

import pathlib
from string import Template

from nnstudio.engine.saving.files import write_bytes, write_text
from nnstudio.engine.saving.keras_layers import activation_name
from nnstudio.engine.saving.keras_weights import weights_h5_bytes
from nnstudio.export import training_settings
from nnstudio.export.checks import check_exportable
from nnstudio.export.code_common import ARGUMENTS, LOAD_INPUTS, kwargs, literal, module_name
from nnstudio.export.rows_code import rows_code
from nnstudio.project.layer_types import layer_type

_TEMPLATE = Template('''#!/usr/bin/env python3
"""$title: the network exported by NN Studio $version, rebuilt in Keras 3.

Files: this script and $weights_name (the trained weights), side by side.

As a module:
    import $module
    model = $module.build_model()   # keras.Sequential with the trained weights
    y = $module.predict(x)          # x: numpy array of shape (n, $shape_text)

As a script:
    python $file                        # predict on random inputs
    python $file --input data.npz       # predict on data.npz["x"] (or a .csv, one sample per row);
                                        # with targets data.npz["y"] it also evaluates
    python $file --train --data data.npz [--epochs N] [--batch-size B] [--output trained.weights.h5]

Training recompiles with the settings of the NN Studio run:
    optimizer $optimizer_text
    loss $loss_text
    batch size $batch_size, $epochs epochs$note
Keras's Adam and RMSprop place ε slightly differently from NN Studio (whose updates are
torch.optim's), so Keras training takes a very slightly different path.
"""
import argparse
import importlib.util
import os
import pathlib
import sys

import numpy as np

if "KERAS_BACKEND" not in os.environ:  # Keras defaults to TensorFlow: use whichever backend is installed
    for _backend in ("tensorflow", "jax", "torch"):
        if importlib.util.find_spec(_backend) is not None:
            os.environ["KERAS_BACKEND"] = _backend
            break

import keras  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
WEIGHTS = HERE / $weights_literal
INPUT_SHAPE = $input_shape
BATCH_SIZE = $batch_size
EPOCHS = $epochs


def build_model(weights=WEIGHTS):
    """The network as a keras.Sequential with the trained weights loaded (weights=None: fresh ones)."""
    model = keras.Sequential([
$layers
    ], name=$model_name)
    if weights is not None:
        model.load_weights(weights)
    return model


def compile_model(model):
    """Compile with the optimizer, loss and metrics of the NN Studio run."""
    model.compile(
        optimizer=$optimizer,
        loss=$loss,
        metrics=$metrics,
    )
    return model


_model = None


def predict(x):
    """Predictions for x, channels-last inputs of shape (n, *INPUT_SHAPE), as a NumPy array."""
    global _model
    if _model is None:
        _model = build_model()
    x = np.asarray(x, dtype="float32").reshape((-1,) + INPUT_SHAPE)
    return np.asarray(_model.predict(x, batch_size=BATCH_SIZE, verbose=0))

$load_inputs$arguments

def main(argv=None):
    args = parse_args(argv)
    if args.train:
        x, y = load_inputs(args.data)
        if y is None:
            sys.exit(f"{args.data} has no array named 'y' (the targets)")
        model = compile_model(build_model())
        model.fit(x, y, batch_size=args.batch_size, epochs=args.epochs, verbose=2)
        output = args.output or HERE / $trained_literal
        model.save_weights(output)
        print(f"Saved the trained weights to {output}")
        return
    x, y = inputs_to_predict(args)
    if y is not None:
        model = compile_model(build_model())
        results = model.evaluate(x, y, batch_size=args.batch_size, verbose=0, return_dict=True)
        print("evaluation: " + " - ".join(f"{k}: {float(v):.4f}" for k, v in results.items()))
    report_predictions(predict(x), args.output)


if __name__ == "__main__":
    main()
''')


def _code_value(layer, cfg, key):
    if key == "activation":
        return activation_name(layer.activation)
    value = cfg[key]
    return tuple(value) if isinstance(value, list) else value


def _layer_code(layer) -> str:
    """``keras.layers.Dense(8, activation="relu", …, name="dense")``: the arguments the layer
    type's description names (``project.layer_types``), from the layer's config."""
    kind = type(layer).__name__
    described, cfg = layer_type(kind), layer.get_config()
    args = [literal(_code_value(layer, cfg, k)) for k in described.code_args]
    extra = {k: _code_value(layer, cfg, k) for k in described.code_kwargs}
    text = ", ".join(args + ([kwargs(**extra)] if extra else []))
    reg = getattr(layer, "kernel_regularizer", None)
    if reg is not None:
        text += f", kernel_regularizer=keras.regularizers.{_regularizer_call(reg)}"
    if not layer.trainable:
        text += ", trainable=False"
    return f"keras.layers.{kind}({text}{', ' if text else ''}name={literal(layer.name)})"


def _regularizer_call(reg) -> str:
    if not reg.l2:
        return f"L1({reg.l1!r})"
    return f"L2({reg.l2!r})" if not reg.l1 else f"L1L2(l1={reg.l1!r}, l2={reg.l2!r})"


def _call(obj) -> str:
    """``Adam(learning_rate=0.001, ...)``: the class and its configuration, without the name."""
    cfg = obj.get_config()
    cfg.pop("name", None)
    return f"{type(obj).__name__}({kwargs(**cfg)})"


def keras_script(model, path, settings, preprocessing=None) -> str:
    from nnstudio._version import __version__

    path = pathlib.Path(path)
    module = module_name(path)
    shape, input_name = literal(tuple(model.input_shape)), literal(model.input_layer.name)
    lines = [f"        keras.Input(shape={shape}, name={input_name}),"]
    lines += [f"        {_layer_code(layer)}," for layer in model.layers]
    note = ("\n(The network was never compiled in NN Studio: these training settings are defaults\n"
            "chosen from its output layer.)" if settings.defaulted else "")
    return _TEMPLATE.substitute(
        title=model.name, version=__version__, weights_name=f"{module}.weights.h5", module=module, file=path.name,
        shape_text=", ".join(map(str, model.input_shape)), optimizer_text=_call(settings.optimizer),
        loss_text=_call(settings.loss), batch_size=settings.batch_size, epochs=settings.epochs, note=note,
        weights_literal=literal(f"{module}.weights.h5"), input_shape=literal(tuple(model.input_shape)),
        layers="\n".join(lines), model_name=literal(model.name),
        optimizer="keras.optimizers." + _call(settings.optimizer), loss="keras.losses." + _call(settings.loss),
        metrics=repr(list(settings.metrics)), load_inputs=LOAD_INPUTS + rows_code(preprocessing), arguments=ARGUMENTS,
        trained_literal=literal(f"{module}.trained.weights.h5"))


def export_keras_code(model, path, training=None, preprocessing=None) -> list[pathlib.Path]:
    """Write ``path`` (.py) and ``<stem>.weights.h5`` beside it; returns both paths. With a CSV
    table's ``preprocessing`` the script also has ``preprocess(rows)`` and ``predict_rows(rows)``."""
    check_exportable(model, "keras-code")
    settings = training_settings.resolve(model, training)
    path = pathlib.Path(path)
    script = keras_script(model, path, settings, preprocessing)
    weights_path = path.with_name(f"{module_name(path)}.weights.h5")
    write_bytes(weights_path, weights_h5_bytes(model))
    write_text(path, script)
    return [path, weights_path]
