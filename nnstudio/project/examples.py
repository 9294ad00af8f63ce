"""The example gallery: ready-to-train projects, each with a one-line description and a
teacher's note (what to try, what to watch for).

The texts are in English and marked with ``N_`` (context "examples"); the GUI shows them through
``QCoreApplication.translate("examples", text)``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from nnstudio.i18n import N_
from nnstudio.project.document import ProjectDocument
from nnstudio.project.training_config import TrainingConfig


def _L(class_name, **config):
    return {"class_name": class_name, "config": config}


def _doc(title, description, note, layers, data, **training):
    doc = ProjectDocument(layers=layers, data_spec=data, training=TrainingConfig(**training).validate(),
                          title=title, description=description)
    doc.teacher_note = note
    return doc


def classic():
    return _doc(
        N_("examples", "Classic Keras example"),
        N_("examples", "32 inputs → Dense 10 relu → Dense 10 logits, Adam, sparse cross-entropy."),
        N_("examples", "The network from the Keras documentation. Try fewer units in the first layer, or SGD "
                       "instead of Adam, and watch how fast the loss falls."),
        [_L("InputLayer", name="input_layer", shape=[32]), _L("Dense", name="dense", units=10, activation="relu"),
         _L("Dense", name="dense_1", units=10, activation="linear")],
        {"name": "classic"}, optimizer="adam", learning_rate=0.001, batch_size=32, epochs=10,
        loss="sparse_categorical_crossentropy")


def _playground(name, title, description, note, hidden, activation="tanh", epochs=100, lr=0.03, batch=10):
    layers = [_L("InputLayer", name="input_layer", shape=[2])]
    for i, units in enumerate(hidden):
        layers.append(_L("Dense", name="dense" if i == 0 else f"dense_{i}", units=units, activation=activation))
    layers.append(_L("Dense", name=f"dense_{len(hidden)}", units=2, activation="linear"))
    return _doc(title, description, note, layers,
                {"name": name, "noise": 0.0, "train_ratio": 0.5, "n_samples": 500, "seed": 0},
                optimizer="adam", learning_rate=lr, batch_size=batch, epochs=epochs)


def circle():
    return _playground("circle", N_("examples", "Circle"),
                       N_("examples", "Two classes: a disc inside a ring. 2 inputs → 4 → 2 tanh."),
                       N_("examples", "A straight line cannot separate a disc from a ring. Remove the hidden layer "
                                      "and see the boundary stay straight; add it back and watch it bend into a "
                                      "circle."), [4, 2])


def xor():
    return _playground("xor", N_("examples", "XOR"),
                       N_("examples", "Opposite quadrants share a class. 2 inputs → 4 → 2 tanh."),
                       N_("examples", "The classic problem one neuron cannot solve. Try a single hidden neuron, "
                                      "then four."), [4, 2])


def gauss():
    return _playground("gauss", N_("examples", "Two blobs"), N_("examples", "Two gaussian clouds. 2 inputs → 2 tanh."),
                       N_("examples", "Easy: even without hidden layers the classes separate. Add noise and see "
                                      "the test accuracy drop below the training accuracy."), [2], epochs=30)


def spiral():
    return _playground("spiral", N_("examples", "Spiral"),
                       N_("examples", "Two interleaved spirals. 2 inputs → 16 → 16 → 16 tanh."),
                       N_("examples", "The hardest 2-D set: it needs depth and many epochs. Watch the boundary "
                                      "wind around the spiral arms; a too-high learning rate makes it jump."),
                       [16, 16, 16],
                       epochs=300, lr=0.01, batch=16)


def digits_mlp():
    return _doc(
        N_("examples", "Digits (MLP)"), N_("examples", "8×8 handwritten digits: 64 → Dense 64 relu → Dense 10."),
        N_("examples", "Real images of digits. Look at the confusion matrix: which digits does the network mix up?"),
        [_L("InputLayer", name="input_layer", shape=[64]), _L("Dense", name="dense", units=64, activation="relu"),
         _L("Dense", name="dense_1", units=10, activation="linear")],
        {"name": "digits", "layout": "flat", "test_ratio": 0.2, "seed": 0},
        optimizer="adam", learning_rate=0.001, batch_size=32, epochs=50)


def digits_cnn():
    return _doc(
        N_("examples", "Digits (CNN)"),
        N_("examples", "8×8 digits as images: Conv2D 8 3×3 → MaxPooling → Flatten → Dense 10."),
        N_("examples", "A convolution looks at small patches, like a magnifying glass sliding over the image. "
                       "Compare its parameter count with the MLP's."),
        [_L("InputLayer", name="input_layer", shape=[8, 8, 1]),
         _L("Conv2D", name="conv2d", filters=8, kernel_size=[3, 3], padding="same", activation="relu"),
         _L("MaxPooling2D", name="max_pooling2d", pool_size=[2, 2]),
         _L("Flatten", name="flatten"), _L("Dense", name="dense", units=10, activation="linear")],
        {"name": "digits", "layout": "image", "test_ratio": 0.2, "seed": 0},
        optimizer="adam", learning_rate=0.003, batch_size=32, epochs=30)


def shapes_cnn():
    return _doc(
        N_("examples", "Shapes (CNN)"),
        N_("examples", "28×28 drawn circles, squares and triangles: two convolutions with pooling → Dense 3."),
        N_("examples", "Made on this computer, no download. After training, open View ▸ Inside the network ▸ Neurons: "
                       "each convolution's filters and what they make of a picture."),
        [_L("InputLayer", name="input_layer", shape=[28, 28, 1]),
         _L("Conv2D", name="conv2d", filters=8, kernel_size=[3, 3], activation="relu"),
         _L("MaxPooling2D", name="max_pooling2d", pool_size=[2, 2]),
         _L("Conv2D", name="conv2d_1", filters=16, kernel_size=[3, 3], activation="relu"),
         _L("MaxPooling2D", name="max_pooling2d_1", pool_size=[2, 2]),
         _L("Flatten", name="flatten"), _L("Dense", name="dense", units=3, activation="linear")],
        {"name": "shapes", "n_samples": 1500, "noise": 0.1, "test_ratio": 0.2, "seed": 0, "layout": "image"},
        optimizer="adam", learning_rate=0.003, batch_size=32, epochs=15)


def iris():
    return _doc(
        N_("examples", "Iris flowers"), N_("examples", "4 measurements → Dense 8 relu → Dense 3 species."),
        N_("examples", "A tiny real data set. It trains in seconds; try removing features in a CSV import of "
                       "your own."),
        [_L("InputLayer", name="input_layer", shape=[4]), _L("Dense", name="dense", units=8, activation="relu"),
         _L("Dense", name="dense_1", units=3, activation="linear")],
        {"name": "iris", "test_ratio": 0.3, "seed": 0},
        optimizer="adam", learning_rate=0.01, batch_size=16, epochs=100)


@dataclass(frozen=True)
class Example:
    key: str
    title: str
    description: str
    make: Callable[[], ProjectDocument]


EXAMPLES = {e.key: e for e in (
    Example("circle", N_("examples", "Circle"),
            N_("examples", "A disc inside a ring: the network learns to draw a circle."), circle),
    Example("xor", N_("examples", "XOR"), N_("examples", "Opposite corners share a class: needs a hidden layer."), xor),
    Example("gauss", N_("examples", "Two blobs"), N_("examples", "Two clouds of points: the easiest task."), gauss),
    Example("spiral", N_("examples", "Spiral"), N_("examples", "Two interleaved spirals: the hardest 2-D task."), spiral),
    Example("classic", N_("examples", "Classic Keras example"),
            N_("examples", "The network from the Keras docs on 32-feature data."), classic),
    Example("digits_mlp", N_("examples", "Digits (MLP)"),
            N_("examples", "Handwritten 8×8 digits with a dense network."), digits_mlp),
    Example("digits_cnn", N_("examples", "Digits (CNN)"),
            N_("examples", "Handwritten 8×8 digits with a convolution."), digits_cnn),
    Example("shapes_cnn", N_("examples", "Shapes (CNN)"),
            N_("examples", "Circles, squares and triangles with two convolutions."), shapes_cnn),
    Example("iris", N_("examples", "Iris flowers"), N_("examples", "Three species from four measurements."), iris),
)}

DEFAULT_EXAMPLE = "circle"


def make_example(key: str) -> ProjectDocument:
    if key not in EXAMPLES:
        raise ValueError(f"Unknown example. Expected one of {', '.join(EXAMPLES)}. Received: key={key!r}")
    doc = EXAMPLES[key].make()
    doc.set_dirty(False)
    return doc
