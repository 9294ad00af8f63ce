"""``keras.utils.set_random_seed``: the same seed gives the same run bit for bit (initial weights,
dropout masks, shuffling); another seed gives another run."""

import numpy as np

from nnstudio import keras


def _run(seed):
    keras.utils.set_random_seed(seed)
    rng = np.random.default_rng(123)  # the data is the same in every run
    x = rng.standard_normal((200, 8)).astype("float32")
    y = (x[:, 0] + x[:, 1] > 0).astype("int64")
    model = keras.Sequential([
        keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dropout(0.3),
        keras.layers.BatchNormalization(), keras.layers.Dense(2, activation="softmax")])
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    initial = model.get_weights()
    history = model.fit(x, y, batch_size=16, epochs=3, shuffle=True, validation_split=0.1, verbose=0)
    return initial, model.get_weights(), history.history


def test_same_seed_same_weights_and_history_bit_for_bit():
    first, second = _run(7), _run(7)
    for a, b in zip(first[0] + first[1], second[0] + second[1]):
        np.testing.assert_array_equal(a, b)
    assert first[2] == second[2]


def test_different_seeds_differ():
    first, second = _run(7), _run(8)
    assert not np.array_equal(first[0][0], second[0][0])
    assert not np.array_equal(first[1][0], second[1][0])
    assert first[2]["loss"] != second[2]["loss"]


def test_dropout_and_shuffle_draw_from_the_seeded_generator():
    """Same initial weights, same data: only the seed before fit differs, through dropout and shuffle."""
    results = []
    for seed in (1, 1, 2):
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(4), keras.layers.Dropout(0.5),
                                  keras.layers.Dense(1)])
        model.compile("sgd", "mse")
        keras.utils.set_random_seed(seed)
        x = np.arange(80, dtype="float32").reshape(20, 4) / 80
        model.fit(x, x[:, :1], batch_size=4, epochs=2, verbose=0)
        results.append(model.get_weights()[0])
    np.testing.assert_array_equal(results[0], results[1])
    assert not np.array_equal(results[0], results[2])
