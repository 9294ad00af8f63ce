"""Presentation mode: big fonts, high contrast, thick curves, only the essential panels — and back
to exactly the previous layout."""

import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QWidget

from nnstudio.gui.classroom.presentation import SCALE
from tests.gui.classroom_fixtures import classroom_window, classroom_settings  # noqa: F401


def _layout(window):
    panels = {w.objectName(): w.isVisible() for w in window.findChildren(QWidget)
              if isinstance(w, (QDockWidget, QToolBar)) and w.parentWidget() is window}
    return panels, _on_screen(window), window.geometry(), window.windowState()


def _on_screen(window):
    """Where every shown panel is (a tab behind another one keeps a stale size in saveState())."""
    return {w.objectName(): w.geometry().getRect() for w in window.findChildren(QWidget)
            if isinstance(w, (QDockWidget, QToolBar)) and w.parentWidget() is window and w.isVisible()
            and not w.visibleRegion().isEmpty()}


def _curve_widths(window):
    widths = {}
    for name in ("lossPlot", "accuracyPlot"):
        plot = window.findChild(pg.PlotWidget, name)
        for i, curve in enumerate(plot.getPlotItem().listDataItems()):
            widths[(name, i)] = pg.mkPen(curve.opts["pen"]).widthF()
    return widths


def test_presentation_mode_and_back(qtbot, classroom_window):
    window = classroom_window
    app = QApplication.instance()
    part = window.classroom
    font_before = app.font().pointSizeF()
    palette_before = QPalette(app.palette())
    panels_before, state_before, geometry_before, window_state_before = _layout(window)
    widths_before = _curve_widths(window)
    assert widths_before, "the training part's plots have curves"
    train = window.findChild(QWidget, "trainButton")
    train_font = train.font().pointSizeF()
    axis = window.findChild(pg.PlotWidget, "lossPlot").getPlotItem().getAxis("bottom")
    label_style = dict(axis.labelStyle)

    action = part.presentation_action
    assert action.shortcut().toString() == "F11"
    action.trigger()
    assert part.presentation.active
    assert abs(app.font().pointSizeF() - font_before * SCALE) < 0.01
    assert app.palette().color(QPalette.Window).name() == "#ffffff"
    assert app.palette().color(QPalette.Highlight).name() == "#0072b2"      # Okabe–Ito blue
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=3000)
    panels_now = _layout(window)[0]
    # the essentials stay: canvas (central), curves, train controls
    for name in ("networkCanvas", "lossPlot", "accuracyPlot", "trainButton"):
        assert window.findChild(QWidget, name).isVisible(), name
    assert not panels_now["layerPaletteDock"] and not panels_now["modelSummaryDock"]
    assert all(_curve_widths(window)[k] >= 4 > widths_before[k] for k in widths_before)
    assert abs(train.font().pointSizeF() - train_font * SCALE) < 0.01     # its own font grows too
    assert axis.labelStyle != label_style

    action.trigger()
    assert not part.presentation.active
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    qtbot.waitUntil(lambda: _on_screen(window) == state_before and window.geometry() == geometry_before,
                    timeout=3000)
    qtbot.wait(200)       # the last deferred restore has run and changed nothing
    panels_after, state_after, geometry_after, window_state_after = _layout(window)
    assert app.font().pointSizeF() == font_before
    assert app.palette() == palette_before
    assert panels_after == panels_before
    assert state_after == state_before
    assert window_state_after == window_state_before
    assert geometry_after == geometry_before
    assert _curve_widths(window) == widths_before
    assert train.font().pointSizeF() == train_font and axis.labelStyle == label_style


def test_escape_leaves_presentation_mode(qtbot, classroom_window):
    window = classroom_window
    part = window.classroom
    part.set_presentation(True)
    assert part.presentation_action.isChecked()
    assert part._escape.isEnabled()
    part._escape.activated.emit()
    assert not part.presentation.active and not part.presentation_action.isChecked()
    assert not part._escape.isEnabled()


def test_closing_in_presentation_mode_saves_the_normal_layout(qtbot, classroom_window):
    window = classroom_window
    panels_before = _layout(window)[0]
    window.classroom.set_presentation(True)
    window.classroom.shutdown()          # what closing the window does before it saves the layout
    assert not window.classroom.presentation.active
    assert _layout(window)[0] == panels_before
