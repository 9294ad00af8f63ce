"""The first screen reads like a lesson: data, network and decision boundary in view at once on
classroom projectors, every dock tab in view (no scroll arrows); presentation mode keeps the
boundary and the headline numbers, large."""

import pytest
from PySide6.QtWidgets import QDockWidget, QTabBar, QWidget

from nnstudio.gui import first_screen
from nnstudio.gui.classroom.presentation import SCALE
from tests.gui.classroom_fixtures import classroom_window, classroom_settings  # noqa: F401


def _in_view(window, name):
    widget = window.findChild(QWidget, name)
    return widget is not None and widget.isVisible() and not widget.visibleRegion().isEmpty()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1600, 1000)])
def test_data_network_and_boundary_are_in_view_without_a_click(qtbot, classroom_window, size):
    window = classroom_window
    window.resize(*size)
    first_screen.arrange(window)
    qtbot.wait(50)
    assert window.size().height() <= size[1] and window.minimumSizeHint().height() <= size[1] - 60
    for name in ("dataPreview", "datasetCombo", "boundaryView", "trainButton"):
        assert _in_view(window, name), name
    for name in ("networkCanvas", "lossPlot"):       # (graphics views: offscreen, no visible region)
        assert window.findChild(QWidget, name).isVisible(), name
    left = window.findChild(QDockWidget, "dataDock").geometry()
    right = window.findChild(QDockWidget, "insightBoundaryDock").geometry()
    canvas = window.centralWidget().geometry()
    assert left.right() < canvas.left() and canvas.right() < right.left()     # data → network → output
    for bar in window.findChildren(QTabBar):
        if bar.parentWidget() is window and bar.isVisible():
            assert not bar.usesScrollButtons()
            tabs = [bar.tabRect(i) for i in range(bar.count())]
            assert all(bar.rect().contains(r) for r in tabs), [bar.tabText(i) for i in range(bar.count())]


def test_presentation_keeps_the_boundary_and_large_headline_numbers(qtbot, classroom_window):
    window = classroom_window
    first_screen.arrange(window)
    readout = window.training.curves.readout
    before = readout.font().pointSizeF()
    window.classroom.set_presentation(True)
    try:
        qtbot.waitUntil(window.isFullScreen, timeout=3000)
        assert window.findChild(QDockWidget, "insightBoundaryDock").isVisible()
        assert window.findChild(QWidget, "boundaryView").isVisible()
        assert not window.findChild(QDockWidget, "insightWeightsDock").isVisible()
        assert readout.isVisible() and abs(readout.font().pointSizeF() - before * SCALE) < 0.01
    finally:
        window.classroom.set_presentation(False)
