"""The speed control: watch pace for the 2-D examples and lessons, full speed otherwise; the
slider and Train ▸ Speed agree, and a change reaches a running session."""

import pytest
from PySide6.QtWidgets import QLabel, QMenu, QSlider

from nnstudio.training.pace import PACES, WATCH
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401

pytestmark = pytest.mark.paced


def test_watch_pace_for_2d_examples_full_speed_for_digits(qtbot, training_window):
    window = training_window
    controller = window.training.controller
    slider = window.findChild(QSlider, "paceSlider")
    assert controller.pace == WATCH and PACES[slider.value()] == WATCH      # the circle, at first start
    use_example(window, "digits_mlp")
    assert controller.pace is None and slider.value() == len(PACES) - 1
    use_example(window, "spiral")
    assert controller.pace == WATCH
    menu = window.findChild(QMenu, "paceMenu")
    checked = [a for a in menu.actions() if a.isChecked()]
    assert len(checked) == 1 and "10" in checked[0].text()


def test_slider_and_menu_set_the_pace_of_a_running_session(qtbot, training_window):
    window = training_window
    controller = window.training.controller
    use_example(window, "circle", epochs=100000)
    slider = window.findChild(QSlider, "paceSlider")
    slider.setValue(0)                                 # slowest
    assert controller.pace == PACES[0]
    controller.train()
    wait_state(qtbot, window, "running")
    assert controller.session.pace == PACES[0]
    menu = window.findChild(QMenu, "paceMenu")
    menu.actions()[-1].trigger()                       # Full speed
    assert controller.session.pace is None and slider.value() == len(PACES) - 1
    assert window.findChild(QLabel, "paceLabel").text() == "Full speed"
    controller.stop()
    wait_state(qtbot, window, "idle")
