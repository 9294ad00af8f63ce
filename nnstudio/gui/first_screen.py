"""The first screen, read like a lesson from left to right: the data, the network, what it learnt.

On a first start (no arrangement of the user's own) the docks are placed so that the data (left),
the network (centre) and the decision boundary (right) are all in view at once, the curves along
the bottom, on a 1280×720 projector as on a 1600×1000 screen; every other panel is a tab beside
them. Tab bars shrink their titles rather than hide tabs behind scroll arrows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

#: the left column, the first one raised: the data to learn from
LEFT = ("dataDock", "layerPaletteDock", "trainingSettingsDock")
#: the right column, the first one raised: what the network makes of the data while it learns
RIGHT = ("insightBoundaryDock", "insightNeuronsDock", "insightWeightsDock", "inspectorDock")
#: beside the curves: looking back at a run
BOTTOM_RIGHT = ("runsDock", "insightEvaluationDock", "insightPredictionsDock", "insightDrawDock",
                "insightGlassBoxDock", "modelSummaryDock")
COLUMN_SHARES = (0.26, 0.28)      # left and right columns, of the window's width
CURVES_SHARE = 0.36               # the curves' share of the window's height
CURVES_WIDTH = 0.56               # the curves' share of the bottom row


def _docks(window, names):
    docks = [window.findChild(QDockWidget, name) for name in names]
    return [d for d in docks if d is not None]


def _stack(window, docks, area):
    """``docks`` as tabs of one group in ``area``, the first raised."""
    if not docks:
        return
    first = docks[0]
    if window.dockWidgetArea(first) != area:
        window.addDockWidget(area, first)
    for dock in docks[1:]:
        window.tabifyDockWidget(first, dock)
    first.raise_()


def arrange(window):
    """Place every dock for the first screen (call once the window is shown)."""
    left, right = _docks(window, LEFT), _docks(window, RIGHT)
    curves, bottom = _docks(window, ("curvesDock",)), _docks(window, BOTTOM_RIGHT)
    _stack(window, left, Qt.LeftDockWidgetArea)
    _stack(window, right, Qt.RightDockWidgetArea)
    if curves and bottom:
        if window.dockWidgetArea(curves[0]) != Qt.BottomDockWidgetArea:
            window.addDockWidget(Qt.BottomDockWidgetArea, curves[0])
        window.splitDockWidget(curves[0], bottom[0], Qt.Horizontal)
        _stack(window, bottom, Qt.BottomDockWidgetArea)
    w, h = window.width(), window.height()
    if curves:
        window.resizeDocks(curves, [int(h * CURVES_SHARE)], Qt.Vertical)
        if bottom:
            window.resizeDocks([curves[0], bottom[0]], [int(w * CURVES_WIDTH), int(w * (1 - CURVES_WIDTH))],
                               Qt.Horizontal)
    if left and right:
        window.resizeDocks([left[0], right[0]], [int(w * COLUMN_SHARES[0]), int(w * COLUMN_SHARES[1])],
                           Qt.Horizontal)
    shrink_tab_titles(window)
    fit_screen(window)


def fit_screen(window):
    """No bigger than the screen's free area (a 1366×768 projector): before the docks were
    arranged, their stacked minimum sizes may have made the window grow past it."""
    screen = window.screen()
    if screen is None or window.isFullScreen() or window.isMaximized():
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), free.width() - frame.width())
    height = min(window.height(), free.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def shrink_tab_titles(window):
    """Every dock tab stays in view: titles are shortened ("Evalu…") when a group is narrow,
    never hidden behind scroll arrows. Qt makes these tab bars anew when docks move, so this is
    called again after a layout is restored."""
    for bar in window.findChildren(QTabBar):
        if bar.parentWidget() is window:
            bar.setUsesScrollButtons(False)
            bar.setElideMode(Qt.TextElideMode.ElideRight)
