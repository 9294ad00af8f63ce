import numpy as np

from nnstudio.engine import losses
from nnstudio.insight.outputs import class_probabilities, predicted_classes


class _Model:
    def __init__(self, loss):
        self.loss = loss


def test_logits_become_softmax_probabilities_with_the_same_argmax():
    out = np.array([[2.0, 1.0, -1.0], [0.0, 3.0, 0.5]])
    probs = class_probabilities(_Model(losses.SparseCategoricalCrossentropy(from_logits=True)), out, 3)
    assert np.allclose(probs.sum(axis=1), 1)
    assert np.array_equal(probs.argmax(axis=1), out.argmax(axis=1))
    e = np.exp(out[0] - out[0].max())
    assert np.allclose(probs[0], e / e.sum())


def test_one_logit_output_is_the_probability_of_class_1():
    out = np.array([[0.0], [2.0], [-3.0]])
    probs = class_probabilities(_Model(losses.BinaryCrossentropy(from_logits=True)), out, 2)
    assert np.allclose(probs[:, 1], 1 / (1 + np.exp(-out[:, 0])))
    cls, conf = predicted_classes(probs)
    assert list(cls[1:]) == [1, 0]
    assert np.all(conf >= 0.5)


def test_softmax_outputs_are_taken_as_they_are():
    out = np.array([[0.2, 0.8], [0.6, 0.4]])
    probs = class_probabilities(_Model(losses.SparseCategoricalCrossentropy(from_logits=False)), out, 2)
    assert np.allclose(probs, out)
