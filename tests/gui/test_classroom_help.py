"""Explanations and comfort: glossary, first-run tour, What's This?, keyboard shortcuts,
accessible names, light and dark themes."""

import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWhatsThis, QWidget

from nnstudio.gui.classroom import accessibility
from nnstudio.gui.classroom.controls import CONTROLS
from nnstudio.gui.classroom.shortcuts import collect_shortcuts, conflicts
from nnstudio.i18n.glossary import GLOSSARY
from tests.gui.classroom_fixtures import classroom_window, classroom_settings  # noqa: F401

GLOSSARY_TERMS = {"layer", "neuron", "weight", "bias", "activation", "loss", "optimizer", "learning rate",
                  "epoch", "batch", "overfitting", "validation"}


def _action(window, name):
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_help_menu_offers_tour_glossary_whats_this_and_shortcuts(classroom_window):
    window = classroom_window
    help_actions = window.menus["help"].actions()
    for name in ("tourAction", "glossaryAction", "whatsThisAction", "shortcutsAction"):
        assert _action(window, name) in help_actions
    whats_this = _action(window, "whatsThisAction")
    assert whats_this.shortcut().toString() == "Shift+F1"
    whats_this.trigger()
    try:
        assert QWhatsThis.inWhatsThisMode()
    finally:
        QWhatsThis.leaveWhatsThisMode()


def test_glossary_defines_every_term_and_points_at_the_control(qtbot, classroom_window):
    window = classroom_window
    assert {e.key for e in GLOSSARY} == GLOSSARY_TERMS
    _action(window, "glossaryAction").trigger()
    dialog = window.classroom.glossary_dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == len(GLOSSARY_TERMS)
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        text = dialog.text.toPlainText()
        assert len(text) > 80 and "Where in NN Studio:" in text
    dialog.select("learning rate")
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    tour = window.classroom.tour
    assert tour.active and tour.bubble.isVisible()
    target = window.findChild(QWidget, "learningRateSpin")
    spot = target.mapTo(window, target.rect().center())
    assert tour.highlight.geometry().contains(spot)
    tour.stop()


def test_tour_runs_once_on_first_start_and_can_be_replayed(qtbot, classroom_settings, monkeypatch):
    from nnstudio.gui.main_window import MainWindow

    monkeypatch.delenv("NNSTUDIO_NO_TOUR", raising=False)
    window = MainWindow()
    window.builder.can_close = lambda: True
    qtbot.addWidget(window)
    window.show()
    tour = window.classroom.tour
    qtbot.waitUntil(lambda: tour.active, timeout=5000)
    assert QSettings().value("tour/done", False, type=bool)
    targets = [s.target for s in tour.steps]
    assert 4 <= len(targets) <= 6
    assert targets[:5] == ["layerPalette", "networkCanvas", "datasetCombo", "trainButton", "lossPlot"]
    seen = []
    while tour.active:
        seen.append(tour.bubble.title.text())
        target = tour.steps[tour.index].target
        if not target.startswith("menu:"):
            widget = window.findChild(QWidget, target)
            assert tour.highlight.geometry().intersects(
                widget.geometry().translated(widget.mapTo(window, widget.rect().topLeft()) - widget.pos()))
        tour.bubble.next.click()
    assert len(seen) == len(targets)
    window.close()

    second = MainWindow()                       # the second start shows no tour
    second.builder.can_close = lambda: True
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(900)
    assert not second.classroom.tour.active
    _action(second, "tourAction").trigger()     # Help ▸ Take the tour
    assert second.classroom.tour.active
    qtbot.keyClick(second.classroom.tour.bubble, Qt.Key_Escape)
    assert not second.classroom.tour.active
    second.close()


def test_no_tour_when_tests_ask(qtbot, classroom_window):
    qtbot.wait(900)
    assert not classroom_window.classroom.tour.active


def test_keyboard_shortcuts_for_training_without_conflicts(qtbot, classroom_window):
    window = classroom_window
    rows = collect_shortcuts(window)
    keys = {seq.toString() for seq, _what, _where in rows}
    for key in ("Space", "Ctrl+Right", "Shift+Space", "Ctrl+Shift+R", "F11", "Shift+F1"):
        assert key in keys, key
    assert conflicts(rows) == {}
    _action(window, "shortcutsAction").trigger()
    dialog = window.classroom.shortcuts_dialog
    assert dialog.table.rowCount() == len(rows)
    assert "No two commands share a key." in dialog.conflict_label.text()
    dialog.close()


def test_step_and_stop_keys_press_the_training_buttons(qtbot, classroom_window):
    window = classroom_window
    controller = window.training.controller
    _action(window, "shortcut_stepButton").trigger()
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=10000)
    _action(window, "shortcut_stopButton").trigger()
    qtbot.waitUntil(lambda: controller.state == "idle", timeout=10000)
    assert window.doc.history.current is not None


def test_space_on_a_focused_button_presses_that_button(qtbot, classroom_window):
    window = classroom_window
    log_check = window.findChild(QWidget, "lossLogScale")
    log_check.setFocus()
    before = log_check.isChecked()
    qtbot.keyClick(log_check, Qt.Key_Space)
    assert log_check.isChecked() != before
    assert window.training.controller.state == "idle"


def test_every_control_has_an_accessible_name_description_and_whats_this(classroom_window):
    window = classroom_window
    missing = accessibility.missing_texts(window)
    assert not missing, [(type(w).__name__, w.objectName()) for w in missing]
    for info in CONTROLS:
        widget = window.findChild(QWidget, info.name)
        if widget is not None:
            assert widget.whatsThis(), info.name
            assert widget.accessibleName(), info.name


def test_dark_theme_is_remembered_and_reaches_the_plots(qtbot, classroom_window):
    window = classroom_window
    theme = window.classroom.theme
    app = QApplication.instance()
    light_window = app.palette().color(QPalette.Window)
    try:
        _action(window, "theme_dark").trigger()
        assert QSettings().value("appearance/theme") == "dark"
        assert app.palette().color(QPalette.Window).lightness() < 100
        plot = window.findChild(pg.PlotWidget, "lossPlot")
        assert plot.backgroundBrush().color().lightness() < 100
        axis = plot.getPlotItem().getAxis("left")
        assert axis.textPen().color().lightness() > 150
    finally:
        theme.set_mode("system")
    assert app.palette().color(QPalette.Window) == light_window
    assert window.findChild(pg.PlotWidget, "lossPlot").backgroundBrush().color().lightness() > 200


def test_buttons_have_tooltips(classroom_window):
    window = classroom_window
    for button in window.findChildren(QPushButton):
        if button.isVisibleTo(window) and not button.objectName().startswith("qt_"):
            assert button.toolTip() or button.whatsThis(), button.text()
