"""The side panel: a lesson's title, instructions and goal indicator — or, without a lesson,
what the open example is about and the teacher's note that comes with it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from nnstudio.gui.classroom import lesson_goal

GOAL_STYLES = {
    # colour is never the only signal: the text and the mark change too
    True: "background:#1b7f3b; color:white; border-radius:6px; padding:8px; font-weight:bold;",
    False: "background:palette(alternate-base); color:palette(text); border:2px solid #767676; "
           "border-radius:6px; padding:8px;",
}


class LessonPanel(QDockWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonDock")
        self.setWindowTitle(self.tr("Lesson"))
        body = QWidget(self)
        body.setObjectName("lessonPanel")
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QTextBrowser(body)
        self.text.setObjectName("lessonInstructions")
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("Lesson instructions"))
        self.text.setToolTip(self.tr("What your teacher asks you to do in this lesson."))
        self.goal = QLabel(body)
        self.goal.setObjectName("lessonGoal")
        self.goal.setWordWrap(True)
        self.goal.setTextFormat(Qt.PlainText)
        self.goal.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.goal.setAccessibleName(self.tr("Lesson goal"))
        self.goal.setToolTip(self.tr("Turns green when you reach the goal."))
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.goal)
        self.setWidget(body)
        self.met = False

    def show_lesson(self, lesson):
        self.setWindowTitle(self.tr("Lesson"))
        self.title.setText(lesson.title or self.tr("Lesson"))
        self.text.setHtml(_as_html(lesson.instructions) or "<p>%s</p>" % html.escape(
            self.tr("Your teacher wrote no instructions for this lesson.")))
        self.goal.setVisible(lesson.goal is not None)

    def show_example(self, doc):
        """Without a lesson: the example's description and its teacher's note (translated)."""
        self.setWindowTitle(self.tr("About this project"))
        translate = QCoreApplication.translate
        self.title.setText(translate("examples", doc.title) if doc.title else self.tr("Untitled"))
        parts = []
        if doc.description:
            parts.append("<p>%s</p>" % html.escape(translate("examples", doc.description)))
        if doc.teacher_note:
            parts.append("<h4>%s</h4><p>%s</p>" % (html.escape(self.tr("Teacher's note")),
                                                   html.escape(translate("examples", doc.teacher_note))))
        if not parts:
            parts.append("<p>%s</p>" % html.escape(self.tr("Lesson ▸ Edit lesson… turns this project into a "
                                                           "lesson with instructions and a goal.")))
        self.text.setHtml("".join(parts))
        self.goal.setVisible(False)

    def show_goal(self, goal, doc):
        if goal is None:
            self.goal.setVisible(False)
            return
        self.met, state = lesson_goal.status(goal, doc)
        mark = "✔" if self.met else "○"
        label = self.tr("Goal:")
        self.goal.setText(f"{mark} {label} {lesson_goal.describe(goal)}\n{state}")
        self.goal.setStyleSheet(GOAL_STYLES[self.met])
        self.goal.setProperty("met", self.met)
        self.goal.setAccessibleDescription(state)


def _as_html(text: str) -> str:
    text = (text or "").strip()
    if not text:
        return ""
    if text.startswith("<"):
        return text     # the teacher wrote simple HTML
    return "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n"))
