"""Opening pictures makes the network fit them: the output layer follows the classes, a network
that cannot take pictures becomes the suggested CNN, and the message says what changed."""

import numpy as np
import pytest

from nnstudio.project import make_example
from nnstudio.project.fit_to_data import CANNOT, INPUT, KEEP, OUTPUT, REPLACED, fit_network
from nnstudio.project.suggested_network import suggest_cnn, suggest_for
from nnstudio.project.validation import validate_network

PICTURES = (28, 28, 1)


def test_a_cnn_keeps_its_layers_and_gets_one_softmax_output_per_class():
    before = make_example("digits_cnn").layers            # 8×8 digits, 10 classes
    fit = fit_network(before, PICTURES, "classification", 4)
    assert fit.kind == OUTPUT
    assert [s["class_name"] for s in fit.layers] == [s["class_name"] for s in before]
    assert fit.layers[0]["config"]["shape"] == [28, 28, 1]
    assert fit.layers[-1]["config"]["units"] == 4 and fit.layers[-1]["config"]["activation"] == "softmax"
    assert fit.layers[1] == before[1]                      # the convolution is the user's, untouched
    assert validate_network(fit.layers, PICTURES, "classification", 4).ok
    assert "dense gets 4 units (softmax)" in fit.message and "28×28×1" in fit.message
    assert before[-1]["config"]["units"] == 10             # the caller's network is not changed in place


@pytest.mark.parametrize("example", ["circle", "classic", "digits_mlp"])
def test_a_network_for_points_or_vectors_becomes_the_suggested_cnn(example):
    fit = fit_network(make_example(example).layers, (32, 32, 3), "classification", 5)
    assert fit.kind == REPLACED and fit.layers == suggest_cnn((32, 32, 3), 5)
    assert validate_network(fit.layers, (32, 32, 3), "classification", 5).ok
    assert "cannot take pictures" in fit.message and "Undo" in fit.message


def test_asking_for_the_suggested_network_replaces_even_a_network_that_fits():
    fit = fit_network(make_example("shapes_cnn").layers, PICTURES, "classification", 3, replace=True)
    assert fit.kind == REPLACED and fit.layers == suggest_cnn(PICTURES, 3)


def test_a_network_that_fits_is_kept_and_one_that_cannot_is_left_alone_when_asked():
    shapes = make_example("shapes_cnn").layers
    assert fit_network(shapes, PICTURES, "classification", 3).kind == KEEP
    assert fit_network(shapes, PICTURES, "classification", 3).layers is None
    moved = fit_network(shapes, (32, 32, 1), "classification", 3)
    assert moved.kind == INPUT and moved.layers[0]["config"]["shape"] == [32, 32, 1]
    cannot = fit_network(make_example("circle").layers, PICTURES, "classification", 3, replace=False)
    assert cannot.kind == CANNOT and cannot.layers is None


@pytest.mark.parametrize("shape", [(8, 8, 1), (28, 28, 1), (64, 64, 3)])
def test_the_suggested_cnn_fits_every_picture_size_and_is_the_one_truth_for_picture_data(shape):
    layers = suggest_cnn(shape, 2)
    assert validate_network(layers, shape, "classification", 2).ok
    assert [s["class_name"] for s in layers] == ["InputLayer", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D",
                                                 "Flatten", "Dense"]
    dataset = type("Pictures", (), {"task": "classification", "output_units": 2, "input_shape": shape,
                                    "y_train": np.zeros(4, np.int64)})()
    assert suggest_for(dataset) == layers
