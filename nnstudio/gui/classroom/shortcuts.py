"""Keyboard control of training, and Help ▸ Keyboard shortcuts.

Space trains or pauses, like a video player; the other training buttons get keys too — unless
the training part already gave them one, or the key is taken (then it is listed as a conflict).
A focused button, check box, list or text field keeps its own use of Space.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QTableWidget, QTableWidgetItem, QTextEdit, QVBoxLayout)

from nnstudio.i18n import N_


@dataclass(frozen=True)
class TrainingKey:
    key: str            # portable QKeySequence text
    buttons: tuple      # objectNames; the first visible and enabled one is clicked
    label: str          # marked for translation


TRAINING_KEYS = (
    TrainingKey("Space", ("pauseButton", "trainButton"), N_("Shortcuts", "Train, or pause while training")),
    TrainingKey("Ctrl+Right", ("stepButton",), N_("Shortcuts", "Step: train one batch")),
    TrainingKey("Shift+Space", ("stopButton",), N_("Shortcuts", "Stop training")),
    TrainingKey("Ctrl+Shift+R", ("resetButton",), N_("Shortcuts", "Reset: new random weights")),
)

# a focused widget of these kinds uses Space itself (press a button, tick a box, type a space)
_SPACE_USERS = (QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _norm(sequence) -> str:
    return QKeySequence(sequence).toString(QKeySequence.PortableText)


class TrainingShortcuts(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.installed: dict = {}       # key text → QAction
        self.skipped: list = []         # (TrainingKey, reason)
        self.install()
        # Space belongs to the focused widget when it uses Space itself. Shortcut overrides go to
        # the focus widget, so the filter sits on that one widget only: an application-wide
        # Python filter would run (and take the GIL from training) for every event of the app.
        self._filtered = None
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, QApplication.focusWidget())

    def existing_keys(self) -> dict:
        """key text → description of what already uses it in the window."""
        return {_norm(seq): text for seq, text, _where in collect_shortcuts(self.window)}

    def install(self):
        taken = self.existing_keys()
        for tk in TRAINING_KEYS:
            buttons = [self.window.findChild(QAbstractButton, n) for n in tk.buttons]
            buttons = [b for b in buttons if b is not None]
            if not buttons:
                self.skipped.append((tk, "missing"))
                continue
            if all(_own_shortcut(self.window, b) for b in buttons):
                self.skipped.append((tk, "has its own key"))
                continue
            key = _norm(tk.key)
            if key in taken:
                self.skipped.append((tk, taken[key]))
                continue
            action = QAction(QCoreApplication.translate("Shortcuts", tk.label), self.window)
            action.setObjectName("shortcut_" + tk.buttons[-1])
            action.setShortcut(QKeySequence(tk.key))
            action.setShortcutContext(Qt.WindowShortcut)
            action.triggered.connect(lambda _=False, names=tk.buttons: self.press(names))
            self.window.addAction(action)
            self.installed[key] = action
            native = QKeySequence(tk.key).toString(QKeySequence.NativeText)
            for b in buttons:
                note = self.tr("Shortcut: {0}").format(native)
                if note not in b.toolTip():
                    b.setToolTip(f"{b.toolTip()}\n{note}" if b.toolTip() else note)

    def press(self, names) -> bool:
        for name in names:
            button = self.window.findChild(QAbstractButton, name)
            if button is not None and button.isEnabled() and button.isVisibleTo(self.window):
                button.click()
                return True
        return False

    def _on_focus_changed(self, _old, new):
        if self._filtered is not None and shiboken6.isValid(self._filtered):
            self._filtered.removeEventFilter(self)
        self._filtered = new if isinstance(new, _SPACE_USERS) else None
        if self._filtered is not None:
            self._filtered.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.ShortcutOverride and event.key() == Qt.Key_Space \
                and event.modifiers() == Qt.NoModifier and isinstance(obj, _SPACE_USERS):
            event.accept()      # the focused widget keeps Space; the shortcut does not fire
            return True
        return False


def _own_shortcut(window, button) -> bool:
    if not button.shortcut().isEmpty():
        return True
    action = getattr(button, "defaultAction", lambda: None)()
    return action is not None and not action.shortcut().isEmpty()


def collect_shortcuts(window) -> list:
    """(QKeySequence, what it does, where) for every action and shortcut of the window."""
    rows, seen = [], set()

    def add_action(action, where):
        if action in seen or action.isSeparator():
            return
        seen.add(action)
        if action.menu() is not None:
            title = action.text().replace("&", "")
            for sub in action.menu().actions():
                add_action(sub, f"{where} ▸ {title}" if where else title)
            return
        for seq in action.shortcuts():
            if not seq.isEmpty():
                rows.append((seq, action.text().replace("&", "").rstrip("…."), where))

    for action in window.menuBar().actions():
        add_action(action, "")
    for action in window.findChildren(QAction):
        add_action(action, QCoreApplication.translate("Shortcuts", "Window"))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            what = shortcut.whatsThis() or shortcut.objectName() or "?"
            rows.append((shortcut.key(), what, QCoreApplication.translate("Shortcuts", "Window")))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            rows.append((button.shortcut(), button.text().replace("&", ""),
                         QCoreApplication.translate("Shortcuts", "Button")))
    return rows


def conflicts(rows) -> dict:
    """key text → the things that share it (more than one)."""
    by_key: dict = {}
    for seq, what, where in rows:
        by_key.setdefault(_norm(seq), []).append(f"{what} ({where})" if where else what)
    return {k: v for k, v in by_key.items() if len(v) > 1}


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 520)
        rows = sorted(collect_shortcuts(window), key=lambda r: (r[2], r[1]))
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for r, (seq, what, where) in enumerate(rows):
            for c, text in enumerate((seq.toString(QKeySequence.NativeText), what, where)):
                table.setItem(r, c, QTableWidgetItem(text))
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        notes = []
        for key, things in conflicts(rows).items():
            native = QKeySequence(key).toString(QKeySequence.NativeText)
            notes.append(self.tr("{0} is used by more than one command: {1}").format(native, "; ".join(things)))
        self.conflict_label = QLabel("\n".join(notes) if notes else self.tr("No two commands share a key."), self)
        self.conflict_label.setObjectName("shortcutConflicts")
        self.conflict_label.setWordWrap(True)
        layout.addWidget(self.conflict_label)
        layout.addWidget(QLabel(self.tr("In a text box or on a focused button, Space types or presses as usual."),
                                self))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table

