"""The speed control: a slider from "1 epoch a second" to "Full speed" on the toolbar, and the same
choices as Train ▸ Speed. Both follow the controller's pace; moving either sets it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from nnstudio.training.pace import PACES, pace_label


def pace_text(pace) -> str:
    return QCoreApplication.translate("pace", pace_label(pace)).format(pace if pace is not None else 0)


class PaceSlider(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("paceControl")
        self.controller = controller
        self.title = QLabel(self.tr("Speed"))
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("paceSlider")
        self.slider.setRange(0, len(PACES) - 1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setFixedWidth(120)
        self.slider.setToolTip(self.tr("How fast training runs. Slow it down to watch the curves and the "
                                       "boundary change step by step; the result is the same at every speed."))
        self.title.setBuddy(self.slider)
        self.value = QLabel()
        self.value.setObjectName("paceLabel")
        self.value.setMinimumWidth(self.fontMetrics().horizontalAdvance(pace_text(PACES[-2])) + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.slider)
        layout.addWidget(self.value)
        self.slider.valueChanged.connect(lambda i: controller.set_pace(PACES[i]))
        controller.pace_changed.connect(self.show_pace)
        self.show_pace(controller.pace)

    def show_pace(self, pace):
        self.slider.blockSignals(True)
        self.slider.setValue(PACES.index(pace) if pace in PACES else len(PACES) - 1)
        self.slider.blockSignals(False)
        self.value.setText(pace_text(pace))


class PaceMenu(QObject):
    """Train ▸ Speed: one checkable entry a pace."""

    def __init__(self, controller, menu):
        super().__init__(menu)
        self.controller = controller
        self.menu = menu
        menu.setObjectName("paceMenu")
        group = QActionGroup(self)
        self.actions = {}
        for pace in PACES:
            action = QAction(pace_text(pace), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, p=pace: controller.set_pace(p))
            group.addAction(action)
            menu.addAction(action)
            self.actions[pace] = action
        controller.pace_changed.connect(self.show_pace)
        self.show_pace(controller.pace)

    def show_pace(self, pace):
        action = self.actions.get(pace)
        if action is not None:
            action.setChecked(True)
