"""Data for the classic Keras example (Dense(10, relu, input_shape=(32,)) -> Dense(10)):
32 features, 10 classes, each class a gaussian cloud around its own centre (random, mutually
orthogonal directions).

The centre spread is chosen so that this small network, trained for 10 epochs, ends
clearly above chance (10 %) but below perfect: about 0.84 test accuracy
(measured with an equivalent scikit-learn MLP; a linear model gets about 0.89).
"""

from __future__ import annotations

import numpy as np

from nnstudio.data.dataset import make_dataset
from nnstudio.data.splits import stratified_split
from nnstudio.data.transforms import Identity
from nnstudio.i18n import M_

N_FEATURES = 32
N_CLASSES = 10
CENTRE_RADIUS = 3.0  # distance of each class centre from the origin; noise has std 1


def generate(n: int, rng: np.random.Generator):
    # Orthogonal centres at equal distance: every seed is equally hard, only the
    # directions differ.
    q, _ = np.linalg.qr(rng.normal(size=(N_FEATURES, N_CLASSES)))
    centres = q.T * CENTRE_RADIUS
    y = rng.permutation(np.arange(n) % N_CLASSES)
    x = centres[y] + rng.normal(0.0, 1.0, (n, N_FEATURES))
    return x, y.astype(np.int64)


def build_classic(spec: dict, description: str):
    rng = np.random.default_rng(spec["seed"])
    x, y = generate(spec["n_samples"], rng)
    train, test = stratified_split(y, spec["test_ratio"], rng)
    return make_dataset(
        spec, "classification", "tabular", x[train], y[train], x[test], y[test], Identity(),
        class_names=tuple(str(i) for i in range(N_CLASSES)),
        feature_names=tuple(M_("notes", "feature {n}").format(n=i + 1) for i in range(N_FEATURES)),
        input_shape=(N_FEATURES,), description=description,
    )
