"""Draw a digit: recorded strokes that look like scikit-learn's digits are read correctly by a
model trained on them, and the prediction follows the drawing as it grows."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from nnstudio.gui.insight.draw_digit_view import DrawDigitView
from nnstudio.insight import LiveModel
from nnstudio.project import make_example
from nnstudio.project.workspace import Workspace
from tests.insight.trained import trained_doc

# In 256×256 pad coordinates. A "1" in the digits data is a bar two cells (64 px) wide and the
# full height; a "0" an upright ellipse about four cells wide with a one-cell stroke.
ONE = [[(118, 28), (118, 228)], [(138, 28), (138, 228)]]
ZERO = [[(128 + 50 * math.sin(2 * math.pi * t / 24), 128 - 98 * math.cos(2 * math.pi * t / 24)) for t in range(25)]]


@pytest.fixture
def pad_view(qtbot):
    doc, ws, logs = trained_doc("digits_mlp")
    assert logs["test_accuracy"] >= 0.95
    view = DrawDigitView(LiveModel(doc, ws))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    return view


@pytest.mark.parametrize("fit", [True, False])
def test_a_drawn_one_and_zero_are_read_correctly(pad_view, fit):
    pad_view.fit_check.setChecked(fit)
    assert pad_view.replay(ONE) == 1
    assert pad_view.bars.probabilities().argmax() == 1
    assert pad_view.replay(ZERO) == 0
    assert "0" in pad_view.result.text()
    # what the model saw: an 8×8 picture in the data's 0..16 range
    assert pad_view.digit.shape == (8, 8) and 0 <= pad_view.digit.min() and pad_view.digit.max() <= 16


def test_the_prediction_changes_while_drawing(pad_view):
    half = [ZERO[0][:9]]
    pad_view.replay(half)
    partial = pad_view.bars.probabilities()
    pad_view.replay([ZERO[0][8:]], clear=False)
    full = pad_view.bars.probabilities()
    assert np.abs(partial - full).max() > 0.05
    assert full.argmax() == 0


def _mouse(widget, kind, x, y, buttons):
    event = QMouseEvent(kind, QPointF(x, y), widget.mapToGlobal(QPointF(x, y)), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_mouse_drawing_updates_the_bars_throttled_and_clear_wipes(qtbot, pad_view):
    pad = pad_view.pad
    left = Qt.MouseButton.LeftButton
    _mouse(pad, QMouseEvent.Type.MouseButtonPress, 118, 28, left)
    for y in range(40, 229, 12):
        _mouse(pad, QMouseEvent.Type.MouseMove, 118, y, left)
        _mouse(pad, QMouseEvent.Type.MouseMove, 138, y, left)
    _mouse(pad, QMouseEvent.Type.MouseButtonRelease, 138, 228, Qt.MouseButton.NoButton)
    assert len(pad.strokes) == 1 and pad.ink().max() > 0.9
    qtbot.waitUntil(lambda: pad_view.bars.probabilities().sum() > 0.99, timeout=2000)
    assert pad_view.bars.probabilities().argmax() == 1
    pad_view.clear_button.click()
    qtbot.waitUntil(lambda: pad_view.bars.probabilities().sum() == 0, timeout=2000)
    assert pad.ink().max() == 0 and pad.strokes == []


def test_other_data_gets_an_explanation(qtbot):
    doc = make_example("circle")
    view = DrawDigitView(LiveModel(doc, Workspace(doc)))
    qtbot.addWidget(view)
    view.refresh()
    assert "digits" in view.message


def test_the_image_layout_gets_the_drawing_as_an_image(qtbot):
    doc = make_example("digits_cnn")          # input 8×8×1: featurize makes the image layout
    view = DrawDigitView(LiveModel(doc, Workspace(doc)))
    qtbot.addWidget(view)
    view.refresh()
    assert view.message is None
    view.replay(ONE)
    probs = view.bars.probabilities()
    assert probs.shape == (10,) and np.isclose(probs.sum(), 1.0)
