"""The example gallery: ready-to-train projects, one table entry each: its title, the gallery's
one line, the project's description, a teacher's note (what to try, what to watch for), and the
network, data and training settings it starts with.

The texts are in English and marked with ``N_`` (context "examples"); the GUI shows them through
``QCoreApplication.translate("examples", text)``."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from nnstudio.i18n import N_
from nnstudio.project.document import ProjectDocument
from nnstudio.project.training_config import TrainingConfig


def _L(class_name, **config):
    return {"class_name": class_name, "config": config}


def _playground_layers(hidden, activation="tanh"):
    """2 inputs → the hidden Dense layers → 2 classes, named as Keras numbers them."""
    dense = [_L("Dense", name="dense" if i == 0 else f"dense_{i}", units=units, activation=activation)
             for i, units in enumerate(hidden)]
    return (_L("InputLayer", name="input_layer", shape=[2]), *dense,
            _L("Dense", name=f"dense_{len(hidden)}", units=2, activation="linear"))


def _playground_data(name):
    return {"name": name, "noise": 0.0, "train_ratio": 0.5, "n_samples": 500, "seed": 0}


def _adam(learning_rate, batch_size, epochs, **more):
    return {"optimizer": "adam", "learning_rate": learning_rate, "batch_size": batch_size, "epochs": epochs, **more}


@dataclass(frozen=True)
class Example:
    key: str
    title: str          # the gallery's and the project's title
    description: str    # the gallery's one line
    summary: str        # the project's description: the network in a line
    note: str           # the teacher's note
    layers: tuple       # layer specs, as in the project file
    data: dict          # the data spec
    training: dict      # TrainingConfig's arguments

    def make(self) -> ProjectDocument:
        doc = ProjectDocument(layers=copy.deepcopy(list(self.layers)), data_spec=copy.deepcopy(self.data),
                              training=TrainingConfig(**self.training).validate(), title=self.title,
                              description=self.summary)
        doc.teacher_note = self.note
        return doc


EXAMPLES = {e.key: e for e in (
    Example("circle", N_("examples", "Circle"),
            N_("examples", "A disc inside a ring: the network learns to draw a circle."),
            N_("examples", "Two classes: a disc inside a ring. 2 inputs → 4 → 2 tanh."),
            N_("examples", "A straight line cannot separate a disc from a ring. Remove the hidden layer and see the "
                           "boundary stay straight; add it back and watch it bend into a circle."),
            _playground_layers([4, 2]), _playground_data("circle"), _adam(0.03, 10, 100)),
    Example("xor", N_("examples", "XOR"), N_("examples", "Opposite corners share a class: needs a hidden layer."),
            N_("examples", "Opposite quadrants share a class. 2 inputs → 4 → 2 tanh."),
            N_("examples", "The classic problem one neuron cannot solve. Try a single hidden neuron, then four."),
            _playground_layers([4, 2]), _playground_data("xor"), _adam(0.03, 10, 100)),
    Example("gauss", N_("examples", "Two blobs"), N_("examples", "Two clouds of points: the easiest task."),
            N_("examples", "Two gaussian clouds. 2 inputs → 2 tanh."),
            N_("examples", "Easy: even without hidden layers the classes separate. Add noise and see the test "
                           "accuracy drop below the training accuracy."),
            _playground_layers([2]), _playground_data("gauss"), _adam(0.03, 10, 30)),
    Example("spiral", N_("examples", "Spiral"), N_("examples", "Two interleaved spirals: the hardest 2-D task."),
            N_("examples", "Two interleaved spirals. 2 inputs → 16 → 16 → 16 tanh."),
            N_("examples", "The hardest 2-D set: it needs depth and many epochs. Watch the boundary wind around the "
                           "spiral arms; a too-high learning rate makes it jump."),
            _playground_layers([16, 16, 16]), _playground_data("spiral"), _adam(0.01, 16, 300)),
    Example("classic", N_("examples", "Classic Keras example"),
            N_("examples", "The network from the Keras docs on 32-feature data."),
            N_("examples", "32 inputs → Dense 10 relu → Dense 10 logits, Adam, sparse cross-entropy."),
            N_("examples", "The network from the Keras documentation. Try fewer units in the first layer, or SGD "
                           "instead of Adam, and watch how fast the loss falls."),
            (_L("InputLayer", name="input_layer", shape=[32]), _L("Dense", name="dense", units=10, activation="relu"),
             _L("Dense", name="dense_1", units=10, activation="linear")),
            {"name": "classic"}, _adam(0.001, 32, 10, loss="sparse_categorical_crossentropy")),
    Example("digits_mlp", N_("examples", "Digits (MLP)"),
            N_("examples", "Handwritten 8×8 digits with a dense network."),
            N_("examples", "8×8 handwritten digits: 64 → Dense 64 relu → Dense 10."),
            N_("examples", "Real images of digits. Look at the confusion matrix: which digits does the network mix "
                           "up?"),
            (_L("InputLayer", name="input_layer", shape=[64]), _L("Dense", name="dense", units=64, activation="relu"),
             _L("Dense", name="dense_1", units=10, activation="linear")),
            {"name": "digits", "layout": "flat", "test_ratio": 0.2, "seed": 0}, _adam(0.001, 32, 50)),
    Example("digits_cnn", N_("examples", "Digits (CNN)"), N_("examples", "Handwritten 8×8 digits with a convolution."),
            N_("examples", "8×8 digits as images: Conv2D 8 3×3 → MaxPooling → Flatten → Dense 10."),
            N_("examples", "A convolution looks at small patches, like a magnifying glass sliding over the image. "
                           "Compare its parameter count with the MLP's."),
            (_L("InputLayer", name="input_layer", shape=[8, 8, 1]),
             _L("Conv2D", name="conv2d", filters=8, kernel_size=[3, 3], padding="same", activation="relu"),
             _L("MaxPooling2D", name="max_pooling2d", pool_size=[2, 2]),
             _L("Flatten", name="flatten"), _L("Dense", name="dense", units=10, activation="linear")),
            {"name": "digits", "layout": "image", "test_ratio": 0.2, "seed": 0}, _adam(0.003, 32, 30)),
    Example("shapes_cnn", N_("examples", "Shapes (CNN)"),
            N_("examples", "Circles, squares and triangles with two convolutions."),
            N_("examples", "28×28 drawn circles, squares and triangles: two convolutions with pooling → Dense 3."),
            N_("examples", "Made on this computer, no download. After training, open View ▸ Inside the network ▸ "
                           "Neurons: each convolution's filters and what they make of a picture."),
            (_L("InputLayer", name="input_layer", shape=[28, 28, 1]),
             _L("Conv2D", name="conv2d", filters=8, kernel_size=[3, 3], activation="relu"),
             _L("MaxPooling2D", name="max_pooling2d", pool_size=[2, 2]),
             _L("Conv2D", name="conv2d_1", filters=16, kernel_size=[3, 3], activation="relu"),
             _L("MaxPooling2D", name="max_pooling2d_1", pool_size=[2, 2]),
             _L("Flatten", name="flatten"), _L("Dense", name="dense", units=3, activation="linear")),
            {"name": "shapes", "n_samples": 1500, "noise": 0.1, "test_ratio": 0.2, "seed": 0, "layout": "image"},
            _adam(0.003, 32, 15)),
    Example("iris", N_("examples", "Iris flowers"), N_("examples", "Three species from four measurements."),
            N_("examples", "4 measurements → Dense 8 relu → Dense 3 species."),
            N_("examples", "A tiny real data set. It trains in seconds; try removing features in a CSV import of "
                           "your own."),
            (_L("InputLayer", name="input_layer", shape=[4]), _L("Dense", name="dense", units=8, activation="relu"),
             _L("Dense", name="dense_1", units=3, activation="linear")),
            {"name": "iris", "test_ratio": 0.3, "seed": 0}, _adam(0.01, 16, 100)),
)}

DEFAULT_EXAMPLE = "circle"


def make_example(key: str) -> ProjectDocument:
    if key not in EXAMPLES:
        raise ValueError(f"Unknown example. Expected one of {', '.join(EXAMPLES)}. Received: key={key!r}")
    doc = EXAMPLES[key].make()
    doc.set_dirty(False)
    return doc
