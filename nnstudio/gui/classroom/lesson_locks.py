"""Hide or lock controls by objectName, and keep them so while the lesson is on.

Other parts enable and disable their controls as training starts and stops; a locked control must
stay disabled through that, so an event filter on it re-disables it whenever somebody enables it.
A hidden control that is the content of a dock hides its dock (and the dock's View-menu toggle).
A control a part builds later (the inspector rebuilds its fields per layer) is caught when it is
first shown, by an application-wide filter. That one is off while a run trains (a Python filter
on every event of the app takes the GIL from the training worker); when the run ends, the lesson
looks again for controls built meanwhile.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDockWidget, QFormLayout, QLabel, QToolButton,
                               QWidget)

from nnstudio.gui.classroom.controls import BY_NAME


class LessonLocks(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.hidden: list = []        # the QWidgets / QActions actually hidden
        self.locked: list = []        # the QWidgets / QActions actually disabled
        self._tooltips: dict = {}     # widget → its tooltip before the lock note was added
        self.hidden_names: set = set()
        self.locked_names: set = set()
        self.active = False
        self._app_filter = False
        self._training = getattr(getattr(window, "workspace", None), "training_changed", None)
        if self._training is not None:
            self._training.connect(self._on_training_changed)

    def _set_app_filter(self, on: bool):
        if on != self._app_filter:
            app = QApplication.instance()
            app.installEventFilter(self) if on else app.removeEventFilter(self)
            self._app_filter = on

    def _on_training_changed(self, active):
        if not self.active:
            return
        self._set_app_filter(not active)
        if not active:
            self._apply_names()

    def _apply_names(self):
        """Hide and lock every control the lesson names (again: both are idempotent, so controls
        built since the last time are caught)."""
        for name in self.hidden_names:
            for target in self._targets(name):
                self._hide(target)
                if isinstance(target, QAction):
                    self._lock(target)
        for name in self.locked_names:
            for target in self._targets(name):
                self._lock(target)

    def shutdown(self):
        self.release()
        if self._training is not None:
            self._training.disconnect(self._on_training_changed)
            self._training = None

    # ----- apply / release -----------------------------------------------------------------
    def apply(self, hidden_names, locked_names):
        self.release()
        self.active = True
        self.hidden_names, self.locked_names = set(hidden_names), set(locked_names)
        self._apply_names()
        workspace = getattr(self.window, "workspace", None)
        self._set_app_filter(not (workspace is not None and workspace.training_active))

    def _hide(self, target):
        if isinstance(target, QWidget):
            target = self._dock_of(target) or target
            if isinstance(target, QDockWidget):
                target.toggleViewAction().setEnabled(False)
            else:
                for label in self._labels_of(target):
                    self._hide(label)
        if target in self.hidden:
            return
        target.setVisible(False)
        self._watch(target)
        self.hidden.append(target)

    def _labels_of(self, widget):
        """The "Learning rate:" label of a hidden spin box goes with it."""
        labels = [lab for lab in self.window.findChildren(QLabel) if lab.buddy() is widget]
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and label not in labels:
                labels.append(label)
        return labels

    def _lock(self, target):
        if target in self.locked:
            return
        target.setEnabled(False)
        if isinstance(target, QWidget):
            self._tooltips[target] = target.toolTip()
            note = self.tr("Locked by your teacher for this lesson.")
            target.setToolTip(f"{target.toolTip()}\n\n{note}" if target.toolTip() else note)
        self._watch(target)
        self.locked.append(target)

    def release(self):
        self._set_app_filter(False)
        self.active = False
        self.hidden_names, self.locked_names = set(), set()
        self.hidden = [t for t in self.hidden if shiboken6.isValid(t)]
        self.locked = [t for t in self.locked if shiboken6.isValid(t)]
        for target in self.hidden:
            self._unwatch(target)
            target.setVisible(True)
            if isinstance(target, QDockWidget):
                target.toggleViewAction().setEnabled(True)
        for target in self.locked:
            self._unwatch(target)
            target.setEnabled(True)
            if target in self._tooltips:
                target.setToolTip(self._tooltips.pop(target))
        self.hidden, self.locked, self._tooltips = [], [], {}

    def is_hidden(self, name) -> bool:
        return any(t.objectName() == name or _content_name(t) == name for t in self.hidden)

    # ----- finding what a name means ---------------------------------------------------------
    def _targets(self, name):
        """The widget or action with that objectName, plus the actions that do what a button does:
        a tool button's default action, an action tagged with the property lessonControl=<name>,
        and the Train-menu, Data-menu or window actions whose text starts with the button's text ("Stop",
        "Step one batch" for Step, "Train / Pause" for Train) — so that neither a menu entry nor a
        shortcut gets round a lock."""
        found = []
        widget = self.window.findChild(QWidget, name)
        if widget is not None:
            found.append(widget)
            if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
                found.append(widget.defaultAction())
        else:
            action = self.window.findChild(QAction, name)
            if action is not None:
                found.append(action)
        text = _plain(widget.text()) if isinstance(widget, QAbstractButton) else ""
        for action in self._command_actions():
            if action in found:
                continue
            tagged = action.property("lessonControl")
            if tagged == name or (text and _starts_with_word(_plain(action.text()), text)):
                found.append(action)
        return found

    def _command_actions(self):
        actions = list(self.window.actions())
        menus = getattr(self.window, "menus", {})
        stack = [a for key in ("train", "data") if menus.get(key) is not None for a in menus[key].actions()]
        while stack:
            action = stack.pop()
            if action.menu() is not None:
                stack.extend(action.menu().actions())
            elif not action.isSeparator():
                actions.append(action)
        return actions

    def _dock_of(self, widget):
        """The dock to hide with ``widget``: the one it is the only main control of (the palette's
        dock holds a search box too, but no other control of the catalogue)."""
        dock = widget.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is None or dock.widget() is None:
            return None
        if dock.widget() is widget:
            return dock
        others = [w for w in dock.findChildren(QWidget) if w is not widget and w.objectName() in BY_NAME]
        return None if others else dock

    # ----- keeping them so -----------------------------------------------------------------
    # widgets are watched by an event filter of their own, actions by their signal
    def _watch(self, target):
        if isinstance(target, QAction):
            target.changed.connect(self._action_changed)
        else:
            target.installEventFilter(self)

    def _unwatch(self, target):
        if isinstance(target, QAction):
            try:
                target.changed.disconnect(self._action_changed)
            except (RuntimeError, TypeError):
                pass
        else:
            target.removeEventFilter(self)

    def _action_changed(self):
        action = self.sender()
        if not self.active or action is None:
            return
        if action in self.locked and action.isEnabled():
            action.setEnabled(False)
        if action in self.hidden and action.isVisible():
            action.setVisible(False)

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.EnabledChange or kind == QEvent.Show:
            if kind == QEvent.EnabledChange and obj in self.locked and obj.isEnabled():
                obj.setEnabled(False)
            elif kind == QEvent.Show:
                if obj in self.hidden:
                    QTimer.singleShot(0, lambda o=obj: self._rehide(o))
                elif isinstance(obj, QWidget) and obj.objectName():
                    self._catch_new(obj)
        return False

    def _catch_new(self, widget):
        """A control with a lesson name that a part built after the lesson was applied."""
        name = widget.objectName()
        if name not in self.locked_names and name not in self.hidden_names:
            return
        if widget.window() is not self.window:
            return
        if name in self.locked_names and widget not in self.locked:
            self._lock(widget)
        if name in self.hidden_names and widget not in self.hidden:
            self._hide(widget)
            QTimer.singleShot(0, lambda o=widget: self._rehide(o))

    def _rehide(self, obj):
        if self.active and obj in self.hidden:
            obj.setVisible(False)


def _content_name(target):
    if isinstance(target, QDockWidget) and target.widget() is not None:
        return target.widget().objectName()
    return ""


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip("…. ")


def _starts_with_word(text: str, prefix: str) -> bool:
    """"Step one batch" starts with "Step"; "Stopwatch" does not start with "Stop"."""
    if not text.startswith(prefix):
        return False
    rest = text[len(prefix):]
    return not rest or not rest[0].isalnum() or not prefix[-1:].isascii()
