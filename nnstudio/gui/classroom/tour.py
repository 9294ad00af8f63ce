"""The first-run tour: a few speech bubbles that point at the palette, the canvas, the data, the
train button, the curves and the export menu. Shown once (QSettings "tour/done"), never when
NNSTUDIO_NO_TOUR=1 (tests), and again from Help ▸ Take the tour.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QToolBar,
                               QVBoxLayout, QWidget)

from nnstudio.i18n import N_

SETTING = "tour/done"
ARROW = 14


@dataclass(frozen=True)
class TourStep:
    target: str         # objectName of a widget, or "menu:<key>" for a menu title of the menu bar
    title: str          # marked for translation
    text: str           # marked for translation


STEPS = (
    TourStep("layerPalette", N_("Tour", "1. The layers"),
             N_("Tour", "These are the building blocks. Drag a layer onto the network — or select it and press "
                        "Enter.")),
    TourStep("networkCanvas", N_("Tour", "2. Your network"),
             N_("Tour", "The data flows from the input, through the layers, to the output. Click a layer to "
                        "change it.")),
    TourStep("datasetCombo", N_("Tour", "3. The data"),
             N_("Tour", "Choose the examples the network learns from.")),
    TourStep("trainButton", N_("Tour", "4. Train"),
             N_("Tour", "Press Train (or the Space bar) and watch the network learn. Pause, Step and Stop are "
                        "right next to it.")),
    TourStep("lossPlot", N_("Tour", "5. The curves"),
             N_("Tour", "The loss should go down and the accuracy up. Compare the training curve with the test "
                        "curve.")),
    TourStep("menu:file", N_("Tour", "6. Save and export"),
             N_("Tour", "Save your project, or export the trained network for Python (Keras, PyTorch, ONNX) "
                        "from the File menu.")),
)


def tour_disabled_by_env() -> bool:
    return os.environ.get("NNSTUDIO_NO_TOUR", "") not in ("", "0")


class Bubble(QWidget):
    """A rounded box with a pointer towards the target; a child of the main window, on top."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("tourBubble")
        self.setAttribute(Qt.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.StrongFocus)
        self.side = "left"          # where the pointer is: left | right | top | bottom
        self.tip = QPoint()         # pointer tip in own coordinates
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.counter = QLabel(self)
        buttons = QHBoxLayout()
        self.skip = QPushButton(self)
        self.skip.setObjectName("tourSkipButton")
        self.back = QPushButton(self)
        self.back.setObjectName("tourBackButton")
        self.next = QPushButton(self)
        self.next.setObjectName("tourNextButton")
        self.next.setDefault(True)
        buttons.addStretch(1)
        for b in (self.skip, self.back, self.next):
            buttons.addWidget(b)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.counter, 0, Qt.AlignRight | Qt.AlignTop)
        layout.addLayout(heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        for w in (self.title, self.text, self.counter):
            w.setStyleSheet("color:#000000; background:transparent;")
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 50 + 2 * ARROW)

    def set_side(self, side):
        self.side = side
        m = 12
        margins = {"left": (m + ARROW, m, m, m), "right": (m, m, m + ARROW, m),
                   "top": (m, m + ARROW, m, m), "bottom": (m, m, m, m + ARROW)}[side]
        self.layout().setContentsMargins(*margins)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        body = QRect(self.rect())
        if self.side == "left":
            body.setLeft(ARROW)
        elif self.side == "right":
            body.setRight(body.right() - ARROW)
        elif self.side == "top":
            body.setTop(ARROW)
        else:
            body.setBottom(body.bottom() - ARROW)
        path = QPainterPath()
        path.addRoundedRect(body.adjusted(1, 1, -1, -1), 10, 10)
        tip = QPointF(self.tip)
        if self.side in ("left", "right"):
            x = body.left() + 1 if self.side == "left" else body.right() - 1
            y = min(max(tip.y(), body.top() + 20), body.bottom() - 20)
            base = [QPointF(x, y - ARROW * 0.8), QPointF(x, y + ARROW * 0.8)]
        else:
            y = body.top() + 1 if self.side == "top" else body.bottom() - 1
            x = min(max(tip.x(), body.left() + 20), body.right() - 20)
            base = [QPointF(x - ARROW * 0.8, y), QPointF(x + ARROW * 0.8, y)]
        arrow = QPainterPath()
        arrow.addPolygon(QPolygonF([base[0], tip, base[1]]))
        path = path.united(arrow)
        painter.setPen(QPen(QColor("#0072B2"), 3))
        painter.setBrush(QColor("#FFF8DC"))
        painter.drawPath(path)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.skip.click()
        elif event.key() in (Qt.Key_Right, Qt.Key_Return, Qt.Key_Enter):
            self.next.click()
        elif event.key() == Qt.Key_Left and self.back.isEnabled():
            self.back.click()
        else:
            super().keyPressEvent(event)


class Highlight(QWidget):
    """A thick frame around the target; clicks go through it."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("tourHighlight")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("#E69F00"), 4))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 8, 8)


class Tour(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.steps: list = []
        self.index = -1
        self.bubble = None
        self.highlight = None
        window.installEventFilter(self)
        self._shown_once = False

    # ----- first run ----------------------------------------------------------------------------
    def should_autostart(self) -> bool:
        return not tour_disabled_by_env() and not QSettings().value(SETTING, False, type=bool)

    def eventFilter(self, obj, event):
        if obj is self.window:
            if event.type() == QEvent.Show and not self._shown_once:
                self._shown_once = True
                if self.should_autostart():
                    QTimer.singleShot(700, self.start)
            elif event.type() in (QEvent.Resize, QEvent.WindowStateChange) and self.active:
                QTimer.singleShot(0, self._place)
        return False

    # ----- running ---------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.bubble is not None

    def available_steps(self):
        return [s for s in STEPS if self._target_rect(s) is not None]

    def start(self):
        QSettings().setValue(SETTING, True)
        self._run(self.available_steps())

    def point_at(self, target: str, title: str, text: str) -> bool:
        """One bubble at one control (the glossary's "Show me")."""
        step = TourStep(target, title, text)
        if self._target_rect(step) is None:
            return False
        self._run([step])
        return True

    def _run(self, steps):
        self.steps = list(steps)
        if not self.steps:
            return
        if self.bubble is None:
            self.bubble = Bubble(self.window)
            self.bubble.next.clicked.connect(self.next)
            self.bubble.back.clicked.connect(self.back)
            self.bubble.skip.clicked.connect(self.stop)
            self.highlight = Highlight(self.window)
        self.bubble.skip.setText(self.tr("Skip tour"))
        self.bubble.skip.setVisible(len(self.steps) > 1)
        self.bubble.back.setText(self.tr("Back"))
        self.bubble.back.setVisible(len(self.steps) > 1)
        self.show_step(0)

    def show_step(self, index):
        self.index = index
        step = self.steps[index]
        b = self.bubble
        b.title.setText(QCoreApplication.translate("Tour", step.title))
        b.text.setText(QCoreApplication.translate("Tour", step.text))
        b.counter.setText(self.tr("{0} of {1}").format(index + 1, len(self.steps)) if len(self.steps) > 1 else "")
        last = index == len(self.steps) - 1
        b.next.setText(self.tr("Done") if last else self.tr("Next"))
        b.back.setEnabled(index > 0)
        b.setAccessibleName(b.title.text())
        b.setAccessibleDescription(b.text.text())
        self._reveal(step)
        self._place()
        self.highlight.show()
        b.show()
        self.highlight.raise_()
        b.raise_()
        b.setFocus()

    def next(self):
        if self.index + 1 < len(self.steps):
            self.show_step(self.index + 1)
        else:
            self.stop()

    def back(self):
        if self.index > 0:
            self.show_step(self.index - 1)

    def stop(self):
        for w in (self.bubble, self.highlight):
            if w is not None:
                w.hide()
                w.deleteLater()
        self.bubble = self.highlight = None
        self.index = -1

    # ----- geometry --------------------------------------------------------------------------------
    def _reveal(self, step):
        """Bring the target to the front: its dock may be a tab behind another one."""
        widget = None if step.target.startswith("menu:") else self.window.findChild(QWidget, step.target)
        child = widget
        parent = widget.parentWidget() if widget is not None else None
        while parent is not None and parent is not self.window:
            if isinstance(parent, QTabWidget) and parent.indexOf(child) >= 0:
                parent.setCurrentWidget(child)
            if isinstance(parent, QDockWidget) and (not parent.isVisible() or parent.visibleRegion().isEmpty()):
                parent.show()
                parent.raise_()
            child, parent = parent, parent.parentWidget()

    def _top_bars(self) -> int:
        """The bottom of the menu bar and of the toolbars along the top, in window coordinates."""
        bottom = self.window.menuBar().geometry().bottom()
        for bar in self.window.findChildren(QToolBar):
            if bar.isVisible() and self.window.toolBarArea(bar) == Qt.TopToolBarArea:
                bottom = max(bottom, bar.geometry().bottom())
        return bottom + 1

    def _target_rect(self, step) -> QRect | None:
        """The target's rectangle in window coordinates, or None when it is missing or hidden."""
        window = self.window
        if step.target.startswith("menu:"):
            menu = window.menus.get(step.target[5:])
            if not isinstance(menu, QMenu):
                return None
            bar = window.menuBar()
            rect = bar.actionGeometry(menu.menuAction())
            if rect.isEmpty():
                return None
            return QRect(bar.mapTo(window, rect.topLeft()), rect.size())
        widget = window.findChild(QWidget, step.target)
        if widget is None or not widget.isVisibleTo(window) or widget.width() <= 1:
            return None
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    def _place(self):
        if not self.active or self.index < 0:
            return
        target = self._target_rect(self.steps[self.index])
        if target is None:
            return
        window, b = self.window, self.bubble
        self.highlight.setGeometry(target.adjusted(-4, -4, 4, 4))
        b.set_side("left")
        b.adjustSize()
        size = b.sizeHint().expandedTo(b.minimumSizeHint())
        w, h = b.width(), size.height()
        space = {"right": window.width() - target.right(), "left": target.left(),
                 "below": window.height() - target.bottom(), "above": target.top()}
        gap = 6
        if space["right"] >= w + gap:
            side, x, y = "left", target.right() + gap, target.center().y() - h // 2
        elif space["left"] >= w + gap:
            side, x, y = "right", target.left() - w - gap, target.center().y() - h // 2
        elif space["below"] >= h + gap:
            side, x, y = "top", target.center().x() - w // 2, target.bottom() + gap
        else:
            side, x, y = "bottom", target.center().x() - w // 2, target.top() - h - gap
        b.set_side(side)
        h = b.sizeHint().height()
        # below the menus and the Train button, unless the step points at them
        top = self._top_bars() if target.top() >= self._top_bars() else 0
        x = min(max(x, 0), max(0, window.width() - w))
        y = min(max(y, top), max(top, window.height() - h))
        b.setGeometry(x, y, w, h)
        cx, cy = target.center().x() - x, target.center().y() - y
        b.tip = {"left": QPoint(0, cy), "right": QPoint(w - 1, cy), "top": QPoint(cx, 0),
                 "bottom": QPoint(cx, h - 1)}[side]
        b.update()
