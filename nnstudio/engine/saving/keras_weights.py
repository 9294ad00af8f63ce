"""The HDF5 weights layout of Keras 3 (``model.weights.h5`` inside a ``.keras`` file, and
``.weights.h5`` files), as Keras 3.15 writes it for a Sequential model::

    vars                      (group; attrs name=<model name>)
    layers/<class_snake>[_N]/vars/<i>    one dataset per weight, in get_weights() order;
                              the vars group has attrs name=<layer name>; weightless layers
                              have an empty vars group. N counts layers of one class: dense, dense_1, …
    optimizer/vars/<i>        (compiled models) 0 iterations (int32), 1 learning rate (float32),
                              then the optimizer's slots in Keras's order (see optimizer_slots)

Groups are keyed by class and position, not by layer name, exactly as Keras's loader looks them up.
"""

from __future__ import annotations

import io
import warnings

import h5py
import numpy as np

from nnstudio.engine.backend import to_snake
from nnstudio.engine.optimizers.state import OptimizerState
from nnstudio.engine.saving.stored_weights import fitting_weight
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_


def layer_keys(layers) -> list[str]:
    """``layers/<class_snake>[_N]`` for each layer, numbered as Keras's ``_get_unique_name`` does."""
    used: dict[str, int] = {}
    keys = []
    for layer in layers:
        base = to_snake(type(layer).__name__)
        if base in used:
            used[base] += 1
            keys.append(f"layers/{base}_{used[base]}")
        else:
            used[base] = 0
            keys.append(f"layers/{base}")
    return keys


# ----- optimizer slots in Keras's order ------------------------------------------------------
def optimizer_slots(optimizer, n_vars: int):
    """[(variable index, engine slot name, factor)] in Keras's variable order, where Keras's
    value = factor × the engine's; None for an optimizer whose Keras layout is unknown.

    Keras keeps SGD's momentum as −lr·b (m ← μm − lr·g) and RMSprop's as lr·b, where the
    engine, like torch.optim, keeps b."""
    cls = type(optimizer).__name__
    lr = optimizer.learning_rate
    if cls in ("Adam", "AdamW"):  # momentum and velocity created together, variable by variable
        return [(i, k, 1.0) for i in range(n_vars) for k in ("m", "v")]
    if cls == "SGD":
        return [(i, "momentum", -lr) for i in range(n_vars)] if optimizer.momentum else []
    if cls == "RMSprop":  # all velocities, then all momentums
        out = [(i, "velocity", 1.0) for i in range(n_vars)]
        return out + ([(i, "momentum", lr) for i in range(n_vars)] if optimizer.momentum else [])
    if cls == "Adagrad":
        return [(i, "accumulator", 1.0) for i in range(n_vars)]
    return None


def _optimizer_arrays(model):
    opt = model.optimizer
    variables = model.trainable_weights
    layout = optimizer_slots(opt, len(variables))
    if layout is None:
        return None
    if opt.slots is not None and len(opt.slots) == len(variables):
        values = opt.get_state().values()    # Keras wants the formula's values (Adam keeps m rescaled)
    else:  # not trained yet: the state it would start from
        values = {f"{i}/{k}": a for i, v in enumerate(variables) for k, a in opt.make_slots(v).items()}
    arrays = [np.asarray(opt.iterations, dtype=np.int32), np.asarray(opt.learning_rate, dtype=np.float32)]
    arrays += [(values[f"{i}/{k}"] * f).astype(np.float32) for i, k, f in layout]
    return arrays


def _set_optimizer_state(model, group, source) -> None:
    opt = model.optimizer
    variables = model.trainable_weights
    layout = optimizer_slots(opt, len(variables))
    n = len(group)
    if layout is None or n <= 2:  # Keras writes only iterations + learning rate before the first step
        return
    if n != 2 + len(layout):
        warnings.warn(f"{source}: the saved optimizer state does not match the network "
                      f"({n} variables, expected {2 + len(layout)}); training restarts the optimizer.", stacklevel=4)
        return
    slots = {}
    for j, (i, k, f) in enumerate(layout):
        a = _dataset(group, str(j + 2), source)
        if a.shape != variables[i].shape:
            warnings.warn(f"{source}: the saved optimizer state does not match the network; "
                          f"training restarts the optimizer.", stacklevel=4)
            return
        slots[f"{i}/{k}"] = a / f if f else a
    opt.set_state(OptimizerState.from_values(None, int(_dataset(group, "0", source)), slots), variables)


# ----- writing / reading ------------------------------------------------------------------
def weights_h5_bytes(model, include_optimizer=True, empty_layers=()) -> bytes:
    """The HDF5 file, in memory (it goes into a zip, or atomically to disk). ``empty_layers``:
    groups for extra layers without weights (named by their Keras class's snake-case name)."""
    buf = io.BytesIO()
    with h5py.File(buf, "w") as f:
        f.create_group("vars").attrs["name"] = model.name
        layers = f.create_group("layers")
        for name in empty_layers:
            layers.create_group(name).create_group("vars").attrs["name"] = name
        for key, layer in zip(layer_keys(model.layers), model.layers):
            group = layers.create_group(key.split("/", 1)[1]).create_group("vars")
            group.attrs["name"] = layer.name
            for i, w in enumerate(layer.weights_dict.values()):
                group.create_dataset(str(i), data=np.asarray(w, dtype=np.float32))
        arrays = _optimizer_arrays(model) if include_optimizer and model.compiled else None
        if arrays is not None:
            group = f.create_group("optimizer").create_group("vars")
            group.attrs["name"] = str(model.optimizer.name).lower()
            for i, a in enumerate(arrays):
                group.create_dataset(str(i), data=a)
    return buf.getvalue()


def _dataset(group, key, source):
    item = group.get(key)
    if not isinstance(item, h5py.Dataset) or item.dtype.kind not in "fiu":
        raise ProjectFileError(M_("errors", "{source} is damaged: the weight {group}/{key} is missing or not numbers.")
                               .format(source=source, group=group.name, key=key))
    return np.asarray(item[()])


def read_weights_h5(model, source_bytes_or_path, source: str, load_optimizer=True) -> None:
    """Set ``model``'s weights (and optimizer state when compiled) from Keras's layout."""
    if not model.built:
        raise ValueError(M_("errors", "The model must be built (given an input shape) before weights can be "
                                      "loaded into it."))
    target = io.BytesIO(source_bytes_or_path) if isinstance(source_bytes_or_path, bytes) else source_bytes_or_path
    try:
        f = h5py.File(target, "r")
    except OSError:
        raise ProjectFileError(M_("errors", "{source} is not a weights file NN Studio can read (not HDF5).")
                               .format(source=source)) from None
    with f:
        if "layers" not in f and "model_weights" in f:
            raise ProjectFileError(M_("errors", "{source} is a Keras 2 (legacy HDF5) file; NN Studio reads the "
                                                "Keras 3 format. Re-save it with Keras 3 as .keras or .weights.h5.")
                                   .format(source=source))
        new = []
        for key, layer in zip(layer_keys(model.layers), model.layers):
            expected = list(layer.weights_dict.items())
            group = f.get(f"{key}/vars")
            if group is None:
                if expected:
                    raise ProjectFileError(M_("errors", "{source} has no weights for layer '{layer}' ({layer_type}); "
                                                        "it was saved from a different network.")
                                           .format(source=source, layer=layer.name, layer_type=type(layer).__name__))
                continue
            if len(group) != len(expected):
                raise ProjectFileError(M_("errors", "{source} holds {count} weights for layer '{layer}' "
                                                    "({layer_type}), which has {expected}; it was saved from a "
                                                    "different network.")
                                       .format(source=source, count=len(group), layer=layer.name,
                                               layer_type=type(layer).__name__, expected=len(expected)))
            for i, (name, current) in enumerate(expected):
                new.append(fitting_weight(_dataset(group, str(i), source), current, name, layer, source))
        model.set_weights(new)
        group = f.get("optimizer/vars")
        if load_optimizer and model.compiled and isinstance(group, h5py.Group):
            _set_optimizer_state(model, group, source)
