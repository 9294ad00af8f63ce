"""Keras code -> network and training settings, read with ast and never executed."""

from __future__ import annotations

import pytest

from nnstudio.errors import CodeImportError
from nnstudio.project.keras_code import parse_keras_code
from nnstudio.project.training_config import TrainingConfig
from nnstudio.project.validation import validate_network

CLASSIC = """import tensorflow as tf
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


def classes(parsed):
    return [s["class_name"] for s in parsed.layers]


def test_classic_example():
    parsed = parse_keras_code(CLASSIC)
    assert parsed.layers == [
        {"class_name": "InputLayer", "config": {"shape": [32], "name": "input_layer"}},
        {"class_name": "Dense", "config": {"units": 10, "activation": "relu", "name": "dense"}},
        {"class_name": "Dense", "config": {"units": 10, "activation": "linear", "name": "dense_1"}},
    ]
    assert parsed.training_changes["optimizer"] == "adam"
    assert parsed.training_changes["learning_rate"] == 0.001          # Keras's default for Adam
    assert parsed.training_changes["loss"] == "sparse_categorical_crossentropy"
    assert parsed.training_changes["epochs"] == 10
    TrainingConfig.from_dict({**TrainingConfig().to_dict(), **parsed.training_changes})   # valid settings
    report = validate_network(parsed.layers, (32,), "classification", 10)
    assert report.ok and report.total_params == 32 * 10 + 10 + 10 * 10 + 10
    assert any("model.evaluate" in note for note in parsed.notes)


@pytest.mark.parametrize("prefix", ["tf.keras.layers.", "keras.layers.", "layers.", ""])
def test_layer_prefixes_and_model_add(prefix):
    code = f"""
model = keras.Sequential()
model.add(keras.Input(shape=(8, 8, 1)))
model.add({prefix}Conv2D(16, 3, padding="same", activation=tf.nn.relu))
model.add({prefix}MaxPooling2D())
model.add({prefix}Flatten())
model.add({prefix}Dropout(0.5))
model.add({prefix}BatchNormalization(momentum=0.9))
model.add({prefix}LeakyReLU(negative_slope=0.1))
model.add({prefix}Dense(10, activation="softmax", name="out"))
model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.05, momentum=0.9), loss="mse")
"""
    parsed = parse_keras_code(code)
    assert classes(parsed) == ["InputLayer", "Conv2D", "MaxPooling2D", "Flatten", "Dropout", "BatchNormalization",
                               "LeakyReLU", "Dense"]
    conv = parsed.layers[1]["config"]
    assert conv["kernel_size"] == [3, 3] and conv["padding"] == "same" and conv["activation"] == "relu"
    assert parsed.layers[-1]["config"]["name"] == "out"
    assert parsed.training_changes == {"optimizer": "sgd", "learning_rate": 0.05, "momentum": 0.9,
                                       "nesterov": False, "loss": "mean_squared_error"}
    assert validate_network(parsed.layers, (8, 8, 1), "classification", 10).ok


def test_input_layer_reshape_activation_and_positional_optimizer():
    parsed = parse_keras_code("""
model = Sequential([Input((64,)), Reshape((8, 8, 1)), Conv2D(4, (3, 3)), Flatten(), Activation('tanh'),
                    ReLU(), Dense(3)])
model.compile(Adam(0.01), 'sparse_categorical_crossentropy')
""")
    assert classes(parsed) == ["InputLayer", "Reshape", "Conv2D", "Flatten", "Activation", "ReLU", "Dense"]
    assert parsed.layers[1]["config"]["target_shape"] == [8, 8, 1]
    assert parsed.training_changes["learning_rate"] == 0.01
    assert validate_network(parsed.layers, (64,), "classification", 3).ok


def test_no_input_shape_takes_the_data_shape():
    parsed = parse_keras_code("model = keras.Sequential([keras.layers.Dense(2)])", default_input_shape=(2,))
    assert parsed.layers[0] == {"class_name": "InputLayer", "config": {"shape": [2], "name": "input_layer"}}
    assert parse_keras_code("model = keras.Sequential([keras.layers.Dense(2)])").layers[0]["class_name"] == "Dense"


def test_names_are_made_unique():
    parsed = parse_keras_code("Sequential([Dense(4, name='a'), Dense(4, name='a'), Dense(2)])")
    assert [s["config"]["name"] for s in parsed.layers] == ["a", "a_1", "dense"]


@pytest.mark.parametrize("code, line, words", [
    ("__import__('os').system('x')", 1, "cannot use"),
    ("import os\nos.system('rm -rf /')", 2, "cannot use"),
    ("model = Sequential([Dense(int('3'))])", 1, "written out"),
    ("model = Sequential([Dense(units=open('f').read())])", 1, "written out"),
    ("model = Sequential([Dense(10, activation=lambda x: x)])", 1, "written out"),
    ("model = Sequential([Conv1D(3, 2)])", 1, "no layer 'Conv1D'"),
    ("model = Sequential([\n  Dense(10, foo=1)])", 2, "foo"),
    ("model = Sequential([Dense(0)])", 1, "units=0"),
    ("model = Sequential([Dense(3)])\nmodel.compile(optimizer=Adam(amsgrad=True))", 2, "amsgrad"),
    ("model = Sequential([Dense(3)])\nmodel.compile(optimizer='nadam')", 2, "no optimizer"),
    ("model = Sequential([Dense(3)])\nmodel.compile(loss='poisson')", 2, "no loss"),
    ("model = Sequential([Dense(3), Dense(2, input_shape=(4,))])", 1, "only the first layer"),
    ("model = Sequential([Dense(3)])\nmodel2 = Sequential([Dense(3)])", 2, "second model"),
    ("model = Sequential([Dense(3)]\n", 1, "not valid Python"),
    ("x = 1", 1, "cannot use"),
    ("model = Sequential([Dense(3, **kw)])", 1, "settings cannot be read"),
    ("model = Sequential([Input(shape=(None, 3))])", 1, "positive whole numbers"),
])
def test_refusals_name_the_line(code, line, words):
    with pytest.raises(CodeImportError) as e:
        parse_keras_code(code)
    assert str(e.value).startswith(f"Line {line}:"), str(e.value)
    assert words in str(e.value)


def test_no_model_and_empty_code():
    for code in ("", "   ", "import tensorflow as tf"):
        with pytest.raises(CodeImportError, match="no code|No model"):
            parse_keras_code(code)


def test_code_is_never_executed(tmp_path):
    sentinel = tmp_path / "sentinel"
    for code in (f"__import__('os').system('touch {sentinel}')",
                 f"model = Sequential([Dense(__import__('os').system('touch {sentinel}'))])",
                 "model = Sequential([Dense(3)])\n"
                 f"model.compile(optimizer=__import__('os').system('touch {sentinel}'))"):
        with pytest.raises(CodeImportError):
            parse_keras_code(code)
    assert not sentinel.exists()


def test_average_pooling_layers_are_read_with_their_settings():
    parsed = parse_keras_code("""
model = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(4, 3, padding="same"),
                          keras.layers.AveragePooling2D(pool_size=(2, 2), strides=1, padding="same"),
                          keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(10)])
""")
    assert classes(parsed) == ["InputLayer", "Conv2D", "AveragePooling2D", "GlobalAveragePooling2D", "Dense"]
    assert parsed.layers[2]["config"]["strides"] == [1, 1] and parsed.layers[2]["config"]["padding"] == "same"
    report = validate_network(parsed.layers, (8, 8, 1), "classification", 10)
    assert report.ok and report.layers[3].output_shape == (4,)


def test_pasted_layer_names_stay_unique_as_the_builder_names_them():
    """Names are given in one pass (linear in the layers), exactly as unique_layer_name would."""
    from nnstudio.project.network import unique_layer_name

    given = ["dense_1", None, None, "dense", None, "dense_2", None]
    lines = "".join(f"    keras.layers.Dense(3{'' if n is None else f', name={n!r}'}),\n" for n in given)
    parsed = parse_keras_code(f"model = keras.Sequential([\n    keras.layers.Input(shape=(2,)),\n{lines}])\n")
    expected, taken = [], ["input_layer"]
    for n in given:
        taken.append(unique_layer_name(n or "dense", taken))
        expected.append(taken[-1])
    assert [s["config"]["name"] for s in parsed.layers[1:]] == expected
    assert len(set(expected)) == len(expected)
