"""A non-blocking message strip above the curves (divergence, a run that could not start), with
an optional one-click remedy ("Use learning rate 0.1") and a close button."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

STYLES = {
    "warning": "QFrame#trainingBanner { background: #FFF1E0; border: 2px solid #D55E00; border-radius: 4px; }",
    "error": "QFrame#trainingBanner { background: #FDECEC; border: 2px solid #B22222; border-radius: 4px; }",
}


class MessageBanner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.label = QLabel()
        self.label.setObjectName("trainingBannerText")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 12pt;")
        self.action_button = QPushButton()
        self.action_button.setObjectName("trainingBannerAction")
        self.action_button.hide()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._action = None
        self.action_button.clicked.connect(self._run_action)
        self.hide()

    def show_message(self, text, kind="warning", action_text=None, action=None):
        self.setStyleSheet(STYLES.get(kind, STYLES["warning"]))
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(bool(action_text and action))
        if action_text:
            self.action_button.setText(action_text)
        self.show()

    def _run_action(self):
        if self._action is not None:
            self._action()
        self.hide()
