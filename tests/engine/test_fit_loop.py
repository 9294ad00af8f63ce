"""The fit run as a generator of events: the app advances it batch by batch and must get exactly
what ``fit`` computes."""

import numpy as np

from nnstudio import keras
from nnstudio.engine.fit_loop import BatchEnd, EpochEnd


def _setup(seed=3):
    keras.utils.set_random_seed(seed)
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(6, activation="relu"),
                              keras.layers.Dropout(0.3), keras.layers.Dense(3)])
    model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    rng = np.random.default_rng(0)
    return model, rng.standard_normal((50, 5)).astype("float32"), rng.integers(0, 3, 50)


def test_fit_loop_events_and_same_result_as_fit():
    model, x, y = _setup()
    events = list(model.fit_loop(x, y, batch_size=16, epochs=2, verbose=0, validation_split=0.2))
    batches = [e for e in events if isinstance(e, BatchEnd)]
    epochs = [e for e in events if isinstance(e, EpochEnd)]
    assert len(batches) == 2 * 3 and len(epochs) == 2  # 40 training samples → 3 batches
    assert [(b.epoch, b.batch, b.batches, b.seen) for b in batches[:3]] == [(0, 0, 3, 16), (0, 1, 3, 32),
                                                                           (0, 2, 3, 40)]
    assert isinstance(events[3], EpochEnd) and set(epochs[0].logs) == {"loss", "accuracy", "val_loss",
                                                                      "val_accuracy"}
    weights = model.get_weights()

    other, x, y = _setup()
    history = other.fit(x, y, batch_size=16, epochs=2, verbose=0, validation_split=0.2)
    for a, b in zip(weights, other.get_weights()):
        np.testing.assert_array_equal(a, b)
    assert history.history["loss"] == [e.logs["loss"] for e in epochs]
    # the epoch loss is the sample-weighted mean of the batch losses
    losses, sizes = [b.loss for b in batches[:3]], [16, 16, 8]
    assert epochs[0].logs["loss"] == np.float64(np.dot(losses, sizes) / 40)


def test_fit_loop_can_be_abandoned_between_batches():
    model, x, y = _setup()
    loop = iter(model.fit_loop(x, y, batch_size=10, epochs=3, verbose=0))
    first = next(loop)
    assert isinstance(first, BatchEnd) and model.optimizer.iterations == 1
    next(loop)
    loop.close()  # stop: on_train_end still runs, nothing more is trained
    assert model.optimizer.iterations == 2
