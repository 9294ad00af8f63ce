"""DESIGN.md's classic Keras example runs as written with ``import nnstudio as tf``, and with
``from nnstudio import keras`` — and it learns."""

import numpy as np
import pytest

import nnstudio
from nnstudio import keras

# Verbatim from DESIGN.md ("The engine API"), i.e. the TensorFlow tutorial's code.
CLASSIC = """
model = tf.keras.models.Sequential([
  tf.keras.layers.Dense(10, activation='relu', input_shape=(32,)),
  tf.keras.layers.Dense(10)
])
model.compile(optimizer='adam',
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=['accuracy'])
model.fit(train_images, train_labels, epochs=10)
test_loss, test_acc = model.evaluate(test_images,  test_labels, verbose=2)
"""


def _synthetic(n, seed):
    """A learnable 10-class task in 32 features: Gaussian clusters around fixed random centres
    (the nearest-centre rule scores about 0.94; chance is 0.10)."""
    centres = np.random.default_rng(0).standard_normal((10, 32)) * 0.6
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, n).astype("uint8")
    return (centres[labels] + rng.standard_normal((n, 32))).astype("float32"), labels


@pytest.fixture(scope="module")
def data():
    train_images, train_labels = _synthetic(60_000, 1)
    test_images, test_labels = _synthetic(10_000, 2)
    return dict(train_images=train_images, train_labels=train_labels,
                test_images=test_images, test_labels=test_labels)


def _check_run(namespace, printed):
    model = namespace["model"]
    losses = model.history.history["loss"]
    assert len(losses) == 10
    assert all(later < earlier for earlier, later in zip(losses, losses[1:])), losses  # falls every epoch
    assert losses[-1] < 0.5 * losses[0]
    assert namespace["test_acc"] > 0.85, namespace["test_acc"]  # chance: 0.10
    assert 0 < namespace["test_loss"] < 0.5
    lines = printed.splitlines()
    assert [line for line in lines if line.startswith("Epoch ")] == [f"Epoch {i}/10" for i in range(1, 11)]
    assert lines[-1].startswith("313/313 - ") and "accuracy" in lines[-1]


@pytest.mark.slow
def test_classic_example_with_import_nnstudio_as_tf(data, capsys):
    keras.utils.set_random_seed(0)
    namespace = {**data}
    exec("import nnstudio as tf\n" + CLASSIC, namespace)
    assert namespace["tf"] is nnstudio
    _check_run(namespace, capsys.readouterr().out)


@pytest.mark.slow
def test_classic_example_with_from_nnstudio_import_keras(data, capsys):
    keras.utils.set_random_seed(1)
    namespace = {**data}
    exec("from nnstudio import keras\n" + CLASSIC.replace("tf.keras.", "keras."), namespace)
    _check_run(namespace, capsys.readouterr().out)
