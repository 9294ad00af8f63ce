"""A real Keras ``Normalization`` layer holding a CSV table's standardization, placed in front of
the network in ``.keras`` exports, so that Keras predicts from the encoded (unscaled) columns."""

from __future__ import annotations

from nnstudio.engine.saving.keras_layers import DTYPE_POLICY, keras_object


def normalization_layers(preprocessing, n_inputs: int) -> list[dict]:
    """``[Normalization config]`` for ``preprocessing`` (a TablePreprocessing), or [] without scaling."""
    if preprocessing is None or preprocessing.mean is None:
        return []
    mean, std = preprocessing.scaling()
    config = {"name": "normalization", "trainable": False, "dtype": dict(DTYPE_POLICY), "axis": [-1],
              "invert": False, "mean": [float(m) for m in mean], "variance": [float(s) ** 2 for s in std]}
    return [keras_object("keras.layers", "Normalization", config,
                         build_config={"input_shape": [None, int(n_inputs)]})]
