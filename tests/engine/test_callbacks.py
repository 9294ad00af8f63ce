"""Callbacks: hooks called the right number of times, EarlyStopping with restore_best_weights,
TerminateOnNaN, ``model.stop_training``, LearningRateScheduler."""

import numpy as np
import pytest

from nnstudio import keras


def _model(lr=0.01):
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(5, activation="tanh"), keras.layers.Dense(1)])
    model.compile(keras.optimizers.SGD(lr), "mse")
    return model


def _data(n=100, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, 4)).astype("float32")
    return x, x.sum(axis=1, keepdims=True)


class Counter(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.calls = []

    def on_train_begin(self, logs=None):
        self.calls.append(("train_begin",))

    def on_train_end(self, logs=None):
        self.calls.append(("train_end",))

    def on_epoch_begin(self, epoch, logs=None):
        self.calls.append(("epoch_begin", epoch))

    def on_epoch_end(self, epoch, logs=None):
        self.calls.append(("epoch_end", epoch, sorted(logs)))

    def on_train_batch_begin(self, batch, logs=None):
        self.calls.append(("batch_begin", batch))

    def on_train_batch_end(self, batch, logs=None):
        self.calls.append(("batch_end", batch, sorted(logs)))


def test_hooks_are_called_the_right_number_of_times_in_order():
    x, y = _data(100)
    counter = Counter()
    _model().fit(x, y, batch_size=32, epochs=3, callbacks=[counter], validation_split=0.2, verbose=0)
    kinds = [c[0] for c in counter.calls]
    assert kinds.count("train_begin") == kinds.count("train_end") == 1
    assert kinds.count("epoch_begin") == kinds.count("epoch_end") == 3
    assert kinds.count("batch_begin") == kinds.count("batch_end") == 3 * 3  # 80 samples / 32 → 3 batches
    assert counter.calls[0] == ("train_begin",) and counter.calls[-1] == ("train_end",)
    epoch0 = counter.calls[1:9]
    assert epoch0[0] == ("epoch_begin", 0)
    assert [c[:2] for c in epoch0[1:7]] == [("batch_begin", 0), ("batch_end", 0), ("batch_begin", 1),
                                            ("batch_end", 1), ("batch_begin", 2), ("batch_end", 2)]
    assert epoch0[2][2] == ["loss"]
    assert epoch0[7] == ("epoch_end", 0, ["loss", "val_loss"])
    assert counter.model is not None and counter.params["epochs"] == 3 and counter.params["steps"] == 3


def test_epoch_only_callback_and_lambda_callback():
    x, y = _data(64)
    seen = []
    cb = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: seen.append((epoch, logs["loss"])))
    history = _model().fit(x, y, batch_size=16, epochs=4, callbacks=[cb], verbose=0)
    assert [e for e, _ in seen] == [0, 1, 2, 3]
    assert [loss for _, loss in seen] == history.history["loss"]


class ScriptedMetric(keras.callbacks.Callback):
    """Writes a scripted 'val_score' into the epoch logs and remembers the weights of each epoch."""

    def __init__(self, values):
        super().__init__()
        self.values, self.weights = values, []

    def on_epoch_end(self, epoch, logs=None):
        logs["val_score"] = self.values[epoch]
        self.weights.append(self.model.get_weights())


def test_early_stopping_stops_after_patience_and_restores_best_weights():
    x, y = _data()
    model = _model()
    script = ScriptedMetric([5.0, 3.0, 1.0, 2.0, 1.5, 0.5, 0.1, 0.1])
    stopper = keras.callbacks.EarlyStopping(monitor="val_score", patience=2, restore_best_weights=True)
    history = model.fit(x, y, epochs=8, batch_size=20, callbacks=[script, stopper], verbose=0)
    assert len(history.history["loss"]) == 5  # best at epoch 2; epochs 3 and 4 do not improve
    assert stopper.stopped_epoch == 4 and stopper.best_epoch == 2
    for restored, best in zip(model.get_weights(), script.weights[2]):
        np.testing.assert_array_equal(restored, best)
    assert not np.array_equal(model.get_weights()[0], script.weights[4][0])


def test_early_stopping_restores_best_weights_at_the_end_even_without_stopping():
    """Keras 3 restores the best epoch's weights when training ends, stopped early or not."""
    x, y = _data()
    model = _model()
    script = ScriptedMetric([3.0, 1.0, 2.0])
    stopper = keras.callbacks.EarlyStopping(monitor="val_score", patience=5, restore_best_weights=True)
    model.fit(x, y, epochs=3, batch_size=20, callbacks=[script, stopper], verbose=0)
    for restored, best in zip(model.get_weights(), script.weights[1]):
        np.testing.assert_array_equal(restored, best)


def test_early_stopping_on_real_val_loss_and_mode():
    stopper = keras.callbacks.EarlyStopping(monitor="val_accuracy")
    assert stopper.mode == "max"
    x, y = _data()
    model = _model(lr=0.5)  # far too large: val_loss rises or stalls quickly
    history = model.fit(x, y, epochs=50, validation_split=0.2, verbose=0,
                        callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=1)])
    assert len(history.history["val_loss"]) < 50


def test_terminate_on_nan_stops_after_the_bad_batch():
    x, y = _data(100)
    model = _model()

    class Poison(keras.callbacks.Callback):
        def on_train_batch_begin(self, batch, logs=None):
            if batch == 2:
                self.model.layers[0].weights_dict["kernel"][0, 0] = np.nan

    counter = Counter()
    history = model.fit(x, y, batch_size=10, epochs=3, verbose=0,
                        callbacks=[Poison(), keras.callbacks.TerminateOnNaN(), counter])
    assert [c[1] for c in counter.calls if c[0] == "batch_end"] == [0, 1, 2]
    assert len(history.history["loss"]) == 1 and np.isnan(history.history["loss"][0])


def test_stop_training_set_in_a_batch_hook_stops_after_that_batch():
    x, y = _data(100)
    model = _model()

    class StopAt(keras.callbacks.Callback):
        def on_train_batch_end(self, batch, logs=None):
            if batch == 3:
                self.model.stop_training = True

    counter = Counter()
    model.fit(x, y, batch_size=10, epochs=5, verbose=0, callbacks=[StopAt(), counter])
    assert [c[1] for c in counter.calls if c[0] == "batch_end"] == [0, 1, 2, 3]
    assert [c[1] for c in counter.calls if c[0] == "epoch_end"] == [0]
    assert model.optimizer.iterations == 4


def test_stop_training_set_at_epoch_end_stops_after_that_epoch():
    x, y = _data(40)
    model = _model()
    stop = keras.callbacks.LambdaCallback(on_epoch_end=lambda e, logs: setattr(model, "stop_training", e == 1))
    history = model.fit(x, y, batch_size=10, epochs=5, verbose=0, callbacks=[stop])
    assert len(history.history["loss"]) == 2
    assert model.fit(x, y, batch_size=10, epochs=1, verbose=0).history["loss"]  # a new fit runs again


def test_learning_rate_scheduler():
    x, y = _data(40)
    model = _model(lr=0.1)
    sched = keras.callbacks.LearningRateScheduler(lambda epoch, lr: 0.1 / (epoch + 1))
    history = model.fit(x, y, epochs=3, verbose=0, callbacks=[sched])
    assert model.optimizer.learning_rate == pytest.approx(0.1 / 3)
    assert history.history["learning_rate"] == pytest.approx([0.1, 0.05, 0.1 / 3])


def test_history_is_returned_and_kept_on_the_model():
    x, y = _data(40)
    model = _model()
    history = model.fit(x, y, epochs=2, verbose=0)
    assert model.history is history and history.epoch == [0, 1]
    assert isinstance(history, keras.callbacks.History)
