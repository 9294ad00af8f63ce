"""The three networks every export is checked on, trained a few steps so that weights and
BatchNormalization's moving statistics are not at their initial values."""

import numpy as np
import pytest

from nnstudio import keras


def _train(model, x, y, steps=6, batch_size=16):
    for i in range(steps):
        j = (i * batch_size) % len(x)
        model.train_on_batch(x[j:j + batch_size], y[j:j + batch_size])
    return model


def make_mlp():
    """Every activation, as Dense activations and as Activation / ReLU / LeakyReLU layers."""
    L = keras.layers
    init = {"kernel_initializer": "he_normal"}  # keeps the signal alive through the deep chain
    model = keras.Sequential([
        keras.Input((6,)),
        L.Dense(16, activation="tanh", **init), L.Dense(16, activation="sigmoid", **init),
        L.Dense(16, activation="relu", **init), L.Dense(16, activation="leaky_relu", **init),
        L.Dense(16, activation="elu", **init), L.Dense(16, activation="gelu", **init),
        L.Dense(16, activation="swish", **init), L.Dense(16, activation="softplus", **init),
        L.Dense(16, activation="linear", **init),
        L.Activation("tanh"), L.Dense(16, **init), L.Activation("sigmoid"), L.Dense(16, use_bias=False, **init),
        L.Activation("gelu"), L.ReLU(), L.LeakyReLU(negative_slope=0.1), L.Activation("elu"),
        L.Dense(16, **init), L.Activation("swish"), L.Activation("leaky_relu"), L.Activation("softplus"),
        L.Activation("linear"), L.Dense(3, **init), L.Activation("softmax"),
    ], name="mlp_all_activations")
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    rng = np.random.default_rng(1)
    x = rng.normal(size=(96, 6)).astype("float32")
    return _train(model, x, (x[:, 0] > 0).astype(int) + (x[:, 1] > 0.5))


def make_cnn():
    """Digits-like: 8×8×1 images, Conv2D same + valid + stride 2, TF-asymmetric 'same' pooling,
    BatchNormalization after a convolution and after a Dense, Dropout, Flatten."""
    L = keras.layers
    model = keras.Sequential([
        keras.Input((8, 8, 1)),
        L.Conv2D(6, 3, padding="same", activation="relu"),
        L.BatchNormalization(),
        L.Conv2D(8, 3, padding="valid", activation="relu"),  # 6×6
        L.Conv2D(8, 3, strides=2, padding="same", activation="relu"),  # 3×3, padding (0, 1): asymmetric
        L.MaxPooling2D(pool_size=2, padding="same"),  # 2×2, padding (0, 1): asymmetric
        L.Flatten(),
        L.Dense(16),
        L.BatchNormalization(momentum=0.9),
        L.Activation("relu"),
        L.Dropout(0.25),
        L.Dense(10, activation="softmax"),
    ], name="digits_cnn")
    model.compile(optimizer=keras.optimizers.SGD(0.05, momentum=0.9), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    rng = np.random.default_rng(2)
    x = rng.random((96, 8, 8, 1)).astype("float32")
    return _train(model, x, rng.integers(0, 10, 96))


def make_regression():
    """A regression net with Reshape (and BatchNormalization over the last axis of a 3-D tensor)."""
    L = keras.layers
    model = keras.Sequential([
        keras.Input((4,)),
        L.Dense(12, activation="tanh", kernel_regularizer=keras.regularizers.L2(0.001)),
        L.Reshape((3, 4)),
        L.BatchNormalization(),
        L.Flatten(),
        L.Dense(8, activation="relu"),
        L.Reshape((2, 2, 2)),
        L.Flatten(),
        L.Dense(1),
    ], name="regression")
    model.compile(optimizer=keras.optimizers.RMSprop(0.01, momentum=0.5), loss="mse", metrics=["mae"])
    rng = np.random.default_rng(3)
    x = rng.normal(size=(96, 4)).astype("float32")
    return _train(model, x, x @ np.array([1.0, -2.0, 0.5, 3.0], dtype="float32"))


def make_pooling():
    """Average pooling with TF-asymmetric 'same' windows (a window over the border averages only the
    cells inside), overlapping valid windows, and GlobalAveragePooling2D into Dense."""
    L = keras.layers
    model = keras.Sequential([
        keras.Input((9, 9, 2)),
        L.Conv2D(4, 3, padding="same", activation="relu"),
        L.AveragePooling2D(pool_size=2, padding="same"),      # 5×5, padding (0, 1): asymmetric
        L.AveragePooling2D(pool_size=3, strides=1),            # 3×3, overlapping windows
        L.Conv2D(6, 1, activation="tanh"),
        L.GlobalAveragePooling2D(),
        L.Dense(3, activation="softmax"),
    ], name="average_pooling")
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    rng = np.random.default_rng(4)
    x = rng.random((96, 9, 9, 2)).astype("float32")
    return _train(model, x, rng.integers(0, 3, 96))


MODEL_MAKERS = {"mlp": make_mlp, "cnn": make_cnn, "regression": make_regression, "pooling": make_pooling}


@pytest.fixture(scope="session")
def models():
    keras.config.set_floatx("float32")
    keras.utils.set_random_seed(0)
    return {name: make() for name, make in MODEL_MAKERS.items()}


@pytest.fixture(params=list(MODEL_MAKERS))
def model_name(request):
    return request.param


@pytest.fixture
def model(models, model_name):
    return models[model_name]


def sample_inputs(model, n=7, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, *model.input_shape)).astype("float32")
