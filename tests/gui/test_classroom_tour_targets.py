"""Every tour step shows its control (a dock behind a tab comes to the front) and its bubble
leaves the menus and the run controls free."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QGraphicsView, QPushButton, QWidget

from tests.gui.classroom_fixtures import classroom_window, classroom_settings  # noqa: F401


def _rect(window, widget):
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_each_step_highlights_a_visible_control_and_keeps_the_menus_free(qtbot, classroom_window):
    window = classroom_window
    window.resize(1366, 768)
    qtbot.wait(50)
    tour = window.classroom.tour
    tour.start()
    train = _rect(window, window.findChild(QPushButton, "trainButton"))
    menus = window.menuBar().geometry()
    try:
        for index, step in enumerate(tour.steps):
            tour.show_step(index)
            qtbot.wait(20)
            bubble, highlight = tour.bubble.geometry(), tour.highlight.geometry()
            if not step.target.startswith("menu:"):
                target = window.findChild(QWidget, step.target)
                assert target.isVisible(), step.target
                if not isinstance(target, QGraphicsView):      # (offscreen, views report no region)
                    assert not target.visibleRegion().isEmpty(), step.target      # not behind a tab
                assert highlight.intersects(_rect(window, target)), step.target
                if step.target != "trainButton":
                    assert not bubble.intersects(menus), step.target
                    assert not bubble.intersects(train), step.target
    finally:
        tour.stop()
