"""What the generated scripts train with: the training dict, else the compile settings, else defaults."""

from nnstudio import keras
from nnstudio.engine import losses, optimizers
from nnstudio.export import training_settings


def _net(activation):
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, activation=activation)])


def test_defaults_follow_the_output_layer_when_never_compiled():
    s = training_settings.resolve(_net("softmax"), None)
    assert isinstance(s.loss, losses.SparseCategoricalCrossentropy) and s.metrics == ["accuracy"]
    assert isinstance(s.optimizer, optimizers.Adam) and s.defaulted and (s.batch_size, s.epochs) == (32, 10)
    assert isinstance(training_settings.resolve(_net(None), None).loss, losses.MeanSquaredError)


def test_the_training_dict_wins_over_the_compile_settings():
    model = _net("softmax")
    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
    s = training_settings.resolve(model, {"optimizer": {"class_name": "RMSprop", "config": {"learning_rate": 0.1}},
                                          "batch_size": 8, "epochs": 3})
    assert isinstance(s.optimizer, optimizers.RMSprop) and s.optimizer.learning_rate == 0.1
    assert isinstance(s.loss, losses.CategoricalCrossentropy) and s.metrics == ["accuracy"]
    assert (s.batch_size, s.epochs, s.defaulted) == (8, 3, False)
