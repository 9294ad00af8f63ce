"""Lesson mode: the Lesson menu, the side panel and the locks, driven by ``doc.lesson``.

Opening a file with a lesson locks the UI (the students' view). The teacher unlocks it with a
deliberate menu action and a confirmation, and with the lesson's password when the teacher set one
(only its salted hash is in the file). Unlocking lasts while the window is open; the file keeps its
lesson.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from nnstudio.gui.classroom.lesson_editor import LessonEditor
from nnstudio.gui.classroom.lesson_locks import LessonLocks
from nnstudio.gui.classroom.lesson_panel import LessonPanel


class LessonMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.locks = LessonLocks(window)
        self.panel = LessonPanel(window)
        window.addDockWidget(Qt.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self._editing = False
        self._build_menu()
        self.doc.changed.connect(self._on_doc_changed)
        self.refresh(lock=True)

    # ----- menu ------------------------------------------------------------------------------
    def _build_menu(self):
        window = self.window
        menu = QMenu(self.tr("&Lesson"), window)
        menu.setObjectName("lessonMenu")
        window.menuBar().insertMenu(window.menus["help"].menuAction(), menu)
        window.menus["lesson"] = menu
        self.edit_action = QAction(self.tr("&Edit lesson…"), window)
        self.edit_action.setObjectName("editLessonAction")
        self.edit_action.setToolTip(self.tr("Teacher: choose hidden and locked controls, write instructions and "
                                            "set a goal. They are saved in the project file."))
        self.edit_action.triggered.connect(self.edit_lesson)
        self.unlock_action = QAction(self.tr("&Unlock controls (teacher)…"), window)
        self.unlock_action.setObjectName("unlockLessonAction")
        self.unlock_action.setToolTip(self.tr("Teacher: give back every hidden and locked control in this window."))
        self.unlock_action.triggered.connect(self.request_unlock)
        self.lock_action = QAction(self.tr("&Lock controls (students' view)"), window)
        self.lock_action.setObjectName("lockLessonAction")
        self.lock_action.setToolTip(self.tr("Show the lesson as students see it: hidden and locked controls."))
        self.lock_action.triggered.connect(self.lock)
        for action in (self.edit_action, self.unlock_action, self.lock_action):
            action.setStatusTip(action.toolTip())
            action.setWhatsThis(action.toolTip())
            menu.addAction(action)
        self.menu = menu
        toggle = self.panel.toggleViewAction()      # named after the panel's title
        toggle.setObjectName("lessonPanelAction")
        window.menus["view"].addAction(toggle)

    def _update_actions(self):
        enabled = self.doc.lesson.enabled
        self.unlock_action.setEnabled(self.locks.active)
        self.lock_action.setEnabled(enabled and not self.locks.active)

    # ----- reacting to the document -------------------------------------------------------------
    def _on_doc_changed(self, what):
        if what == "lesson":
            self.refresh(lock=not self._editing)
        elif what in ("history", "network", "weights", "data"):
            self._update_goal()

    def refresh(self, lock: bool):
        lesson = self.doc.lesson
        if lesson.enabled:
            self.panel.show_lesson(lesson)
            self.panel.show()
            self.panel.raise_()
            if lock:
                self.locks.apply(lesson.hidden, lesson.locked)
        else:
            self.locks.release()
            self.panel.show_example(self.doc)
        self._update_goal()
        self._update_actions()

    def _update_goal(self):
        lesson = self.doc.lesson
        self.panel.show_goal(lesson.goal if lesson.enabled else None, self.doc)

    @property
    def goal_met(self) -> bool:
        return bool(self.doc.lesson.enabled and self.doc.lesson.goal and self.panel.met)

    # ----- teacher actions -----------------------------------------------------------------------
    def confirm_unlock(self) -> bool:
        if self.doc.lesson.password:
            return self.ask_password()
        answer = QMessageBox.question(
            self.window, self.tr("Unlock the lesson?"),
            self.tr("This gives back every hidden and locked control, for the teacher.\n\n"
                    "The lesson stays in the file: students who open it again see it locked."),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def ask_password(self) -> bool:
        """The teacher's password, asked until it is right or the teacher gives up."""
        prompt = self.tr("This lesson is protected. Enter the teacher's password to unlock the controls:")
        while True:
            text, ok = QInputDialog.getText(self.window, self.tr("Unlock the lesson"), prompt, QLineEdit.Password)
            if not ok:
                return False
            if self.doc.lesson.check_password(text):
                return True
            prompt = self.tr("That is not the password. Try again:")

    def request_unlock(self) -> bool:
        if not self.locks.active:
            return True
        if not self.confirm_unlock():
            return False
        self.unlock()
        return True

    def unlock(self):
        self.locks.release()
        self._update_actions()
        self._status(self.tr("Controls unlocked. Lesson ▸ Lock controls shows the students' view again."))

    def lock(self):
        lesson = self.doc.lesson
        if lesson.enabled:
            self.locks.apply(lesson.hidden, lesson.locked)
            self._update_actions()

    def edit_lesson(self):
        if not self.request_unlock():
            return
        dialog = LessonEditor(self.window, self.doc.lesson)
        if dialog.exec() == QDialog.Accepted:
            self.set_lesson(dialog.lesson())

    def set_lesson(self, lesson):
        """Store the teacher's lesson in the project; the teacher's own window stays unlocked."""
        old = self.doc.lesson.goal
        if lesson.goal is not None:
            same = old is not None and (old.metric, old.threshold, old.at_least, old.max_hidden_layers) == (
                lesson.goal.metric, lesson.goal.threshold, lesson.goal.at_least, lesson.goal.max_hidden_layers)
            # a new goal counts the runs after it only: an old run must not read "Goal reached!"
            lesson.goal.after_run = old.after_run if same else max((r.id for r in self.doc.history.runs), default=0)
        self._editing = True
        try:
            self.doc.set_lesson(lesson)
        finally:
            self._editing = False
        if lesson.enabled:
            self._status(self.tr("Lesson saved in the project. Save the file and give it to your students; "
                                 "Lesson ▸ Lock controls shows what they will see."))

    def _status(self, text):
        bar = self.window.statusBar()
        bar.showMessage(text, 10000)
