"""Sequential: weights in Keras order, summary layout, shape and data errors, float32 through
fit, evaluate / predict / train_on_batch, validation."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.errors import DataError, NNStudioError, ShapeError


def _classifier(optimizer="adam", metrics=("accuracy",), d_in=6, classes=3):
    model = keras.Sequential([keras.Input((d_in,)), keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(classes)])
    model.compile(optimizer=optimizer, loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=list(metrics))
    return model


def _blobs(n=120, d=6, classes=3, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, classes, n)
    x = rng.standard_normal((n, d)) + 3 * np.eye(classes, d)[y]
    return x.astype("float32"), y


# ---- weights --------------------------------------------------------------------------------

def test_get_weights_keras_order_across_layer_types():
    model = keras.Sequential([
        keras.Input((6, 6, 2)), keras.layers.Conv2D(4, (3, 2)), keras.layers.BatchNormalization(),
        keras.layers.MaxPooling2D(), keras.layers.Flatten(), keras.layers.Dropout(0.1), keras.layers.Dense(3),
    ])
    shapes = [w.shape for w in model.get_weights()]
    assert shapes == [(3, 2, 2, 4), (4,), (4,), (4,), (4,), (4,), (16, 3), (3,)]
    assert model.count_params() == sum(int(np.prod(s)) for s in shapes)
    new = [np.random.default_rng(i).standard_normal(s).astype("float32") for i, s in enumerate(shapes)]
    new[5] = np.abs(new[5]) + 0.5  # a variance
    model.set_weights(new)
    for got, want in zip(model.get_weights(), new):
        np.testing.assert_array_equal(got, want)
    assert model.get_weights()[0] is not model.layers[0].weights_dict["kernel"]  # copies
    with pytest.raises(ValueError, match="8 weight arrays, but 7"):
        model.set_weights(new[:-1])


# ---- summary --------------------------------------------------------------------------------

KERAS_SUMMARY = """\
Model: "digits_cnn"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
│ conv2d (Conv2D)                 │ (None, 8, 8, 8)        │            80 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ max_pooling2d (MaxPooling2D)    │ (None, 4, 4, 8)        │             0 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ flatten (Flatten)               │ (None, 128)            │             0 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ batch_normalization             │ (None, 128)            │           512 │
│ (BatchNormalization)            │                        │               │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ dense (Dense)                   │ (None, 10)             │         1,290 │
└─────────────────────────────────┴────────────────────────┴───────────────┘
 Total params: 1,882 (7.35 KB)
 Trainable params: 1,626 (6.35 KB)
 Non-trainable params: 256 (1.00 KB)"""


def test_summary_layout_is_keras_3s():
    """The text real Keras 3.15 prints for the same model (80-column terminal), character for character."""
    keras.backend.clear_session()
    model = keras.Sequential([
        keras.Input((8, 8, 1)), keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(), keras.layers.Flatten(), keras.layers.BatchNormalization(),
        keras.layers.Dense(10)], name="digits_cnn")
    printed = []
    model.summary(print_fn=printed.append)
    assert printed == [KERAS_SUMMARY]


def test_summary_of_unbuilt_model_and_float64_sizes(float64):
    keras.backend.clear_session()
    lines = []
    keras.Sequential([keras.layers.Dense(3)]).summary(print_fn=lines.append)
    assert "│ dense (Dense)                   │ ?                      │   0 (unbuilt) │" in lines[0]
    built = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
    built.summary(print_fn=lines.append)
    assert " Total params: 15 (120.00 B)" in lines[1]  # float64: 8 bytes a weight


# ---- shapes and arguments -------------------------------------------------------------------

def test_conv_after_dense_raises_shape_error_naming_layer_and_shapes():
    with pytest.raises(ShapeError) as info:
        keras.Sequential([keras.Input((32,)), keras.layers.Dense(10), keras.layers.Conv2D(4, 3, name="my_conv")])
    message = str(info.value)
    assert "Conv2D 'my_conv'" in message and "a vector of 10" in message
    assert info.value.layer_name == "my_conv" and info.value.layer_index == 1
    assert isinstance(info.value, NNStudioError)


def test_dense_after_image_without_flatten_raises_shape_error():
    model = keras.Sequential([keras.layers.Conv2D(2, 3, name="c"), keras.layers.Dense(3, name="d")])
    with pytest.raises(ShapeError, match=r"Dense 'd'.*an image 6×6×2.*Flatten"):
        model.build((8, 8, 1))


def test_wrong_input_width_raises_shape_error_naming_first_layer_and_widths():
    model = _classifier(d_in=32)
    x = np.zeros((4, 31), dtype="float32")
    for call in (lambda: model.fit(x, np.zeros(4), verbose=0), lambda: model.predict(x),
                 lambda: model.evaluate(x, np.zeros(4), verbose=0)):
        with pytest.raises(ShapeError) as info:
            call()
        message = str(info.value)
        assert "Dense 'dense'" in message and "a vector of 32" in message and "a vector of 31" in message


@pytest.mark.parametrize("kwargs, fragment", [
    ({"batch_size": 0}, "batch_size=0"), ({"epochs": -1}, "epochs=-1"),
    ({"validation_split": 1.5}, "validation_split=1.5"),
])
def test_bad_fit_arguments_name_argument_and_value(kwargs, fragment):
    model = _classifier()
    x, y = _blobs(20)
    with pytest.raises(ValueError) as info:
        model.fit(x, y, verbose=0, **kwargs)
    assert fragment in str(info.value)


def test_fit_before_compile_and_bad_compile_arguments():
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    with pytest.raises(ValueError, match="compile"):
        model.fit(np.zeros((2, 2)), np.zeros(2), verbose=0)
    with pytest.raises(ValueError, match="metrics='accuracy'"):
        model.compile("sgd", "mse", metrics="accuracy")
    with pytest.raises(ValueError, match="optimizer='adamm'"):
        model.compile("adamm", "mse")


# ---- data errors ----------------------------------------------------------------------------

@pytest.mark.parametrize("spoil, fragment", [
    (lambda x, y: (np.where(np.arange(x.size).reshape(x.shape) == 7, np.nan, x), y), "inputs contain 1"),
    (lambda x, y: (np.where(x > 2.5, np.inf, x), y), "inputs contain"),
    (lambda x, y: (x, np.where(np.arange(len(y)) == 3, np.nan, y.astype(float))), "targets contain 1"),
    (lambda x, y: (x, y + 5), "labels from"),
    (lambda x, y: (x, y - 1), "labels from -1"),
    (lambda x, y: (x, y + 0.5), "whole numbers"),
    (lambda x, y: (x[:-1], y), "119 samples but the targets have 120"),
])
def test_bad_data_raises_data_error_before_training(spoil, fragment):
    model = _classifier()
    before = model.get_weights()
    calls = []
    spy = keras.callbacks.LambdaCallback(on_train_begin=lambda logs: calls.append("begin"))
    x, y = spoil(*_blobs())
    with pytest.raises(DataError) as info:
        model.fit(x, y, epochs=1, verbose=0, callbacks=[spy])
    assert fragment in str(info.value)
    assert calls == [] and model.optimizer.iterations == 0
    for a, b in zip(before, model.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_non_finite_validation_data_is_rejected_too():
    model = _classifier()
    x, y = _blobs()
    vx = x[:10].copy()
    vx[0, 0] = np.nan
    with pytest.raises(DataError, match="NaN"):
        model.fit(x, y, validation_data=(vx, y[:10]), verbose=0)


def test_regression_targets_must_fit_the_output():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    model.compile("sgd", "mse")
    with pytest.raises(DataError, match=r"\(3,\).*\(2,\)"):
        model.fit(np.zeros((4, 3)), np.zeros((4, 3)), verbose=0)
    single = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    single.compile("sgd", "mse")
    single.fit(np.zeros((4, 3)), np.zeros(4), verbose=0)  # (n,) targets for one output unit: fine


# ---- precision ------------------------------------------------------------------------------

def test_float32_stays_float32_through_fit_from_float64_data():
    x, y = _blobs()
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="gelu"),
                              keras.layers.BatchNormalization(), keras.layers.Dropout(0.2),
                              keras.layers.Dense(3, activation="softmax")])
    model.compile("adamw", "sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x.astype("float64"), y, batch_size=16, epochs=2, verbose=0, validation_split=0.2)
    assert all(w.dtype == np.float32 for w in model.get_weights())
    assert all(s.dtype == np.float32 for s in model.get_optimizer_state().slots.values())
    assert all(layer.grads[n].dtype == np.float32 for layer, n in model._variables)
    assert model.predict(x).dtype == np.float32
    assert all(type(v) is float for values in history.history.values() for v in values)


def test_float64_models_train_in_float64(float64):
    x, y = _blobs()
    model = _classifier()
    model.fit(x, y, epochs=1, verbose=0)
    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert model.predict(x).dtype == np.float64


# ---- evaluate / predict / train_on_batch / validation -----------------------------------------

def test_evaluate_returns_loss_then_metrics_and_scalar_without_metrics():
    x, y = _blobs()
    model = _classifier(metrics=["accuracy"])
    model.fit(x, y, epochs=3, verbose=0)
    logits = model.predict(x)
    shifted = logits - logits.max(axis=1, keepdims=True)
    expected_loss = float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(len(y)), y]))
    loss, acc = model.evaluate(x, y, batch_size=7, verbose=0)
    assert loss == pytest.approx(expected_loss, rel=1e-5)
    assert acc == pytest.approx(float(np.mean(logits.argmax(axis=1) == y)))
    assert model.evaluate(x, y, verbose=0, return_dict=True) == {"loss": pytest.approx(loss, rel=1e-5),
                                                                  "accuracy": acc}
    bare = _classifier(metrics=())
    result = bare.evaluate(x, y, verbose=0)
    assert isinstance(result, float)


def test_evaluate_verbose_prints_one_keras_line(capsys):
    x, y = _blobs(64)
    _classifier().evaluate(x, y, verbose=2)
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("2/2 - ") and "loss: " in out[0] and "accuracy: " in out[0]


def test_predict_in_batches_equals_one_pass_and_call():
    x, _ = _blobs(100)
    model = _classifier()
    whole = model.predict(x, batch_size=1000)
    np.testing.assert_allclose(model.predict(x, batch_size=7), whole, rtol=1e-6)
    np.testing.assert_allclose(model(x), whole, rtol=1e-6)
    assert whole.shape == (100, 3)


def test_train_on_batch_takes_one_step_and_returns_loss_and_metrics():
    x, y = _blobs(32)
    model = _classifier(optimizer=keras.optimizers.SGD(0.1))
    before = model.evaluate(x, y, verbose=0)[0]
    result = model.train_on_batch(x, y)
    assert isinstance(result, list) and len(result) == 2 and 0 <= result[1] <= 1
    assert result[0] == pytest.approx(before, rel=1e-5)  # the loss before the step
    assert model.optimizer.iterations == 1
    assert model.evaluate(x, y, verbose=0)[0] < before
    assert set(model.train_on_batch(x, y, return_dict=True)) == {"loss", "accuracy"}


def test_validation_split_uses_the_last_fraction_and_adds_val_keys():
    x, y = _blobs(100)
    model = _classifier()
    history = model.fit(x, y, epochs=2, batch_size=16, validation_split=0.25, verbose=0, shuffle=False)
    assert set(history.history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert all(len(v) == 2 for v in history.history.values())
    val_loss, val_acc = model.evaluate(x[75:], y[75:], verbose=0)
    assert history.history["val_loss"][-1] == pytest.approx(val_loss, rel=1e-6)
    assert history.history["val_accuracy"][-1] == pytest.approx(val_acc)


def test_validation_data_adds_val_keys_for_each_metric():
    x, y = _blobs(100)
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(1)])
    model.compile("adam", "mse", metrics=["mae", "mse"])
    history = model.fit(x[:80], y[:80], epochs=3, validation_data=(x[80:], y[80:]), verbose=0)
    assert list(history.history) == ["loss", "mae", "mse", "val_loss", "val_mae", "val_mse"]
    assert history.history["loss"][-1] == pytest.approx(history.history["mse"][-1], rel=1e-5)


def test_fit_verbose_prints_keras_epoch_lines(capsys):
    x, y = _blobs(64)
    _classifier().fit(x, y, epochs=2, batch_size=32, verbose=1)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Epoch 1/2" and out[1].startswith("2/2 ━") and "accuracy: " in out[1]
    _classifier().fit(x, y, epochs=1, verbose=0)
    assert capsys.readouterr().out == ""


# ---- whole-model gradients ------------------------------------------------------------------

def test_whole_cnn_gradients_through_every_layer_type(float64):
    """compute_gradients of a stack of every layer type against finite differences of its loss."""
    from tests.engine.gradcheck import assert_small, numeric_gradient, relative_error

    keras.utils.set_random_seed(4)
    model = keras.Sequential([
        keras.Input((7, 6, 2)),
        keras.layers.Conv2D(3, (3, 2), strides=2, padding="same", activation="tanh"),
        keras.layers.BatchNormalization(),
        keras.layers.MaxPooling2D(2, padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(4, activation="elu", kernel_regularizer=keras.regularizers.L2(0.01)),
        keras.layers.Dense(3),
    ])
    model.compile("sgd", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    model.layers[4].freeze_mask = True
    rng = np.random.default_rng(0)
    x, y = rng.standard_normal((5, 7, 6, 2)), rng.integers(0, 3, 5)
    _, _, grads = model.compute_gradients(x, y)
    errors = {}
    for (layer, name), g in zip(model._variables, grads):
        numeric = numeric_gradient(lambda: model.compute_gradients(x, y)[0], layer.weights_dict[name])
        errors[f"{layer.name}.{name}"] = relative_error(g, numeric)
    assert len(errors) == 8
    assert_small(errors)


def test_layers_below_the_first_weights_are_not_back_propagated():
    model = keras.Sequential([keras.Input((4, 4, 1)), keras.layers.MaxPooling2D(), keras.layers.Flatten(),
                              keras.layers.Dense(3), keras.layers.Dense(2)])
    assert [layer.need_input_grad for layer in model.layers] == [False, False, False, True]
    model.compile("sgd", "mse")
    x = np.random.default_rng(0).standard_normal((6, 4, 4, 1))
    model.fit(x, np.zeros((6, 2)), verbose=0)  # the first Dense returns no dx; nothing below runs
    assert model.backward(np.ones((6, 2), dtype="float32")) is None


def test_huge_but_finite_data_is_accepted_without_warnings():
    import warnings

    from nnstudio.engine.fit_loop import check_finite

    big = np.full((1000, 3), 3e38, dtype=np.float32)  # its sum overflows; every element is finite
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_finite("inputs", big)
    big[5, 1] = -np.inf
    with pytest.raises(DataError, match="contain 1 missing or infinite"):
        check_finite("inputs", big)


def test_a_model_of_many_layers_is_built_once_not_once_per_layer(monkeypatch):
    """Building re-packs every weight into one flat array: once per layer would be quadratic (a
    pasted network of 10,000 layers took minutes)."""
    from nnstudio.engine import flat_layout, model as model_mod
    from nnstudio.engine.layers import Dense, InputLayer

    packs = []
    real = flat_layout.pack
    monkeypatch.setattr(flat_layout, "pack", lambda variables: packs.append(len(variables)) or real(variables))
    layers = [InputLayer(shape=(2,))] + [Dense(3) for _ in range(200)]
    config = model_mod.Sequential(layers).get_config()
    packs.clear()
    rebuilt = model_mod.Sequential.from_config(config)
    assert len(rebuilt.layers) == 200 and rebuilt.built
    assert len(packs) == 1, packs
