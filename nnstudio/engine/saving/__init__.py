"""Saving and loading engine models in Keras 3's own formats.

- ``save_model(model, "x.keras")`` writes a genuine Keras v3 file that real Keras loads;
  ``load_model("x.keras")`` reads such files, ours or real Keras's (for the engine's layers).
- ``save_weights`` / ``load_weights`` use ``.weights.h5`` in Keras 3's layout.

Failures a user may see: ``ExportError`` (a model the format cannot represent, before anything
is written) and ``ProjectFileError`` (a file that cannot be read or written).
"""

from __future__ import annotations

import pathlib

from nnstudio.engine.layers import LAYER_CLASSES
from nnstudio.errors import ExportError, ProjectFileError
from nnstudio.i18n import M_

__all__ = ["save_model", "load_model", "save_weights", "load_weights", "check_keras_compatible"]


def check_keras_compatible(model, what=None) -> None:
    """Raise ExportError naming the first layer Keras cannot represent (nothing is written)."""
    what = M_("errors", "a Keras file") if what is None else what
    if not model.built:
        raise ExportError(M_("errors", "The model '{model}' has no input shape yet, so {what} cannot describe it: "
                                       "add an Input layer first.").format(model=model.name, what=what))
    known = set(LAYER_CLASSES.values())
    seen = set()
    for layer in model.layers:
        if type(layer) not in known:
            raise ExportError(M_("errors", "Layer '{layer}' ({layer_type}) cannot be saved as {what}: "
                                           "it is not one of the layers Keras and NN Studio share.")
                              .format(layer=layer.name, layer_type=type(layer).__name__, what=what))
        if "/" in layer.name or layer.name in seen:
            why = M_("errors", "contains '/'") if "/" in layer.name else M_("errors", "is used by two layers")
            raise ExportError(M_("errors", "Layer '{layer}' cannot be saved as {what}: its name {why}; "
                                           "Keras needs unique names without '/'. Rename the layer.")
                              .format(layer=layer.name, what=what, why=why))
        seen.add(layer.name)
        fn = getattr(layer, "activation", None)
        if fn is None or type(layer).__name__ == "LeakyReLU":  # that layer carries its own slope
            continue
        # Keras names an activation by a string, which holds no parameter: only the defaults survive
        if (fn.name == "leaky_relu" and fn.negative_slope != 0.2) or (fn.name == "elu" and fn.alpha != 1.0):
            raise ExportError(M_("errors", "Layer '{layer}' cannot be saved as {what}: its {activation} activation "
                                           "has a non-default parameter, which Keras's activation names cannot "
                                           "carry.").format(layer=layer.name, what=what, activation=fn.name))


def save_model(model, filepath, overwrite=True):
    from nnstudio.engine.saving.keras_archive import save_keras

    if not str(filepath).endswith(".keras"):
        raise ValueError(M_("errors", "Invalid filepath extension for saving. Use a `.keras` extension. "
                                      "Received: filepath={filepath}").format(filepath=filepath))
    check_keras_compatible(model, M_("errors", "a .keras file"))
    return save_keras(model, filepath, overwrite=overwrite)


def load_model(filepath, compile=True):
    from nnstudio.engine.saving.keras_archive import load_keras

    path = pathlib.Path(filepath)
    if path.suffix in (".h5", ".hdf5"):
        raise ProjectFileError(M_("errors", "{file} is a Keras 2 (legacy HDF5) model file; NN Studio reads the "
                                            "Keras 3 .keras format. Re-save the model with Keras 3 as .keras.")
                               .format(file=path.name))
    return load_keras(path, compile=compile)


def save_weights(model, filepath, overwrite=True):
    from nnstudio.engine.saving.files import write_bytes
    from nnstudio.engine.saving.keras_weights import weights_h5_bytes

    if not str(filepath).endswith(".weights.h5"):
        raise ValueError(M_("errors", "The filename must end in `.weights.h5`. Received: filepath={filepath}")
                         .format(filepath=filepath))
    check_keras_compatible(model, M_("errors", "a .weights.h5 file"))
    return write_bytes(filepath, weights_h5_bytes(model), overwrite=overwrite)


def load_weights(model, filepath):
    """Weights from a ``.weights.h5`` file, or from the weights inside a ``.keras`` file."""
    from nnstudio.engine.saving.files import existing_file
    from nnstudio.engine.saving.keras_archive import read_archive
    from nnstudio.engine.saving.keras_weights import read_weights_h5

    path = existing_file(filepath)
    if path.suffix == ".keras":
        read_weights_h5(model, read_archive(path)[1], path.name)
    else:
        read_weights_h5(model, str(path), path.name)
