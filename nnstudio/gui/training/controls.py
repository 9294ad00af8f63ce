"""The run controls: Train / Resume, Pause, Step (one batch / one epoch), Stop, Reset weights, and
a progress bar reading "Epoch x/N" with the speed and time left beside it.

The bar counts batches (maximum = epochs × batches per epoch), so its value always agrees with
the epoch and batch counters. Buttons follow the controller's state; Train is disabled with the
reason as its tooltip while the project cannot be trained.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QStyle, QToolButton,
                               QWidget)

from nnstudio.gui.training.controller import IDLE, PAUSED, RUNNING
from nnstudio.gui.user_text import user_text

BUTTON_FONT_PT = 11


def format_duration(seconds) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class RunControls(QWidget):
    def __init__(self, controller, doc, parent=None):
        super().__init__(parent)
        self.setObjectName("runControls")
        self.controller, self.doc = controller, doc
        style = self.style()
        font = QFont()
        font.setPointSize(BUTTON_FONT_PT)
        self.setFont(font)

        def button(name, text, icon, tip, slot):
            b = QPushButton(style.standardIcon(icon), text)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.setIconSize(QSize(20, 20))
            b.setMinimumHeight(34)
            b.clicked.connect(slot)
            return b

        self.train_button = button("trainButton", self.tr("Train"), QStyle.SP_MediaPlay,
                                   self.tr("Start training (Space)"), controller.train)
        bold = QFont(font)
        bold.setBold(True)
        self.train_button.setFont(bold)
        self.pause_button = button("pauseButton", self.tr("Pause"), QStyle.SP_MediaPause,
                                   self.tr("Pause after the current batch (Space); the weights are kept"),
                                   controller.pause)
        self.step_batch_action = QAction(self.tr("Step one batch"), self)
        self.step_batch_action.setToolTip(self.tr("Train on one batch, then pause"))
        self.step_batch_action.triggered.connect(lambda: controller.step("batch"))
        self.step_epoch_action = QAction(self.tr("Step one epoch"), self)
        self.step_epoch_action.setToolTip(self.tr("Train to the end of the epoch, then pause"))
        self.step_epoch_action.triggered.connect(lambda: controller.step("epoch"))
        self.step_button = QToolButton()
        self.step_button.setObjectName("stepButton")
        self.step_button.setPopupMode(QToolButton.MenuButtonPopup)
        self.step_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.step_button.setIcon(style.standardIcon(QStyle.SP_MediaSkipForward))
        self.step_button.setIconSize(QSize(20, 20))
        self.step_button.setMinimumHeight(34)
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Train one batch, then pause (the arrow offers one epoch)"))
        menu = QMenu(self.step_button)
        menu.addAction(self.step_batch_action)
        menu.addAction(self.step_epoch_action)
        self.step_button.setMenu(menu)
        self.step_button.clicked.connect(lambda: controller.step("batch"))
        self.stop_button = button("stopButton", self.tr("Stop"), QStyle.SP_MediaStop,
                                  self.tr("End the run now; the trained weights are kept"), controller.stop)
        self.reset_button = button("resetButton", self.tr("Reset weights"), QStyle.SP_BrowserReload,
                                   self.tr("Forget what the network learnt: the next Train starts from fresh "
                                           "random weights, as a new run"), controller.reset_weights)
        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setToolTip(self.tr("How far the run is: the epoch, and the batch within it"))
        self.progress.setMinimumWidth(180)
        self.progress.setMinimumHeight(30)
        self.progress.setAlignment(Qt.AlignCenter)
        self.progress.setTextVisible(True)
        self.speed = QLabel()
        self.speed.setObjectName("trainingSpeed")
        self.speed.setToolTip(self.tr("The time left; the training speed shows here while a run trains"))
        self.speed.setFixedWidth(170)       # text changes must not re-lay-out the toolbar
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.train_button, self.pause_button, self.step_button, self.stop_button, self.reset_button):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.speed)
        controller.state_changed.connect(lambda _s: self.update_buttons())
        controller.progress.connect(self._on_progress)
        # the bar and the speed redraw at most 5 times a second (each redraw of the bar costs ~1 ms
        # of the UI thread); state changes show at once
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._show_pending)
        self.show_idle()
        self.update_buttons()

    # ----- state -----------------------------------------------------------------------------
    def update_buttons(self):
        state = self.controller.state
        reason = self.controller.why_not_trainable() if state == IDLE else None
        can_start = state == PAUSED or (state == IDLE and reason is None)
        self.train_button.setEnabled(can_start)
        self.train_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Train"))
        if reason:
            self.train_button.setToolTip(self.tr("Cannot train yet: {0}").format(user_text(reason)))
        elif state == PAUSED:
            self.train_button.setToolTip(self.tr("Go on training from here (Space)"))
        else:
            self.train_button.setToolTip(self.tr("Start training (Space)"))
        self.pause_button.setEnabled(state == RUNNING)
        self.step_button.setEnabled(can_start)
        self.step_batch_action.setEnabled(can_start)
        self.step_epoch_action.setEnabled(can_start)
        self.step_button.setToolTip(self.tr("Cannot train yet: {0}").format(user_text(reason)) if reason else
                                    self.tr("Train one batch, then pause (the arrow offers one epoch)"))
        self.stop_button.setEnabled(state != IDLE)
        self.reset_button.setEnabled(state != IDLE or self.doc.weights is not None)
        if state == IDLE and self.controller.latest is None:
            self.show_idle()

    def show_idle(self):
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Ready"))
        self.speed.setText("")

    def _on_progress(self, p):
        if p.kind in ("started", "paused", "diverged", "finished"):
            self._pending = None
            self.show_progress(p)
            if p.kind == "finished":
                self._timer.stop()
            elif not self._timer.isActive():
                self._timer.start()
        else:
            self._pending = p

    def _show_pending(self):
        p, self._pending = self._pending, None
        if p is not None:
            self.show_progress(p)

    def show_progress(self, p):
        total = max(1, p.epochs * p.batches)
        value = min(total, p.epoch * p.batches + p.batch)
        shown = p.epoch + 1 if (p.state == RUNNING or p.batch > 0) else p.epoch
        shown = max(0, min(p.epochs, shown))
        speed = ""
        if p.kind == "finished":
            text = self.tr("Done: epoch {0}/{1}") if p.state == "finished" else self.tr("Stopped at epoch {0}/{1}")
            fmt = text.format(p.epoch, p.epochs)
        else:
            fmt = self.tr("Epoch {0}/{1}").format(shown, p.epochs)
            if p.batch:
                fmt += self.tr("  ·  batch {0}/{1}").format(p.batch, p.batches)
            if p.state == PAUSED:
                fmt += self.tr("  (paused)")
                speed = self.tr("paused")
            elif p.state == RUNNING and p.samples_per_second > 0:
                # plain words on the toolbar; the technical rate in the tooltip
                rate = self.tr("{0:,.0f} samples/s").format(three_digits(p.samples_per_second))
                if p.eta_seconds is not None:
                    speed = self.tr("{0} left").format(format_duration(p.eta_seconds))
                rate_tip = self.tr("Training speed: {0} (samples a second)").format(rate)
                if self.speed.toolTip() != rate_tip:
                    self.speed.setToolTip(rate_tip)
        bar = self.progress
        # QProgressBar.setValue repaints at once; with updates held back the bar paints once
        bar.setUpdatesEnabled(False)
        try:
            if bar.maximum() != total or bar.minimum() != 0:
                bar.setRange(0, total)
            if bar.format() != fmt:
                bar.setFormat(fmt)
            if bar.value() != value:
                bar.setValue(value)
        finally:
            bar.setUpdatesEnabled(True)
        if self.speed.text() != speed:
            self.speed.setText(speed)


def three_digits(value: float) -> float:
    """12,345.6 → 12,300: a speed that does not flicker in its last digits."""
    if value <= 0:
        return 0.0
    return round(value, -max(0, int(math.floor(math.log10(value))) - 2))
