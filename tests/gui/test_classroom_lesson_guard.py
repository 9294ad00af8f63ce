"""A lesson's goal counts only runs made for it, on its data; a teacher's password keeps students
from lifting the locks (only its hash is in the file)."""

import json
import zipfile

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from nnstudio.gui.classroom.lesson_editor import LessonEditor
from nnstudio.project import LessonGoal, LessonSettings
from nnstudio.project.lesson import hash_password
from tests.gui.classroom_fixtures import classroom_window, classroom_settings  # noqa: F401


def _run_with(doc, data, **logs):
    run = doc.history.new_run({"data": dict(data)})
    run.epochs.append(dict(logs, epoch=1))
    doc.notify("history")
    return run


def test_an_old_run_does_not_reach_a_new_goal_nor_a_run_on_other_data(qtbot, classroom_window):
    window = classroom_window
    doc = window.doc
    _run_with(doc, doc.data_spec, test_accuracy=0.99)              # trained before the lesson existed
    lessons = window.classroom.lessons
    lessons.set_lesson(LessonSettings(enabled=True, title="Circle",
                                      goal=LessonGoal(metric="test_accuracy", threshold=0.9)))
    panel = lessons.panel
    assert panel.goal.property("met") is False and "Goal reached" not in panel.goal.text()
    _run_with(doc, doc.data_spec, test_accuracy=0.95)              # a run for the lesson
    assert panel.goal.property("met") is True
    doc.set_data_spec({**doc.data_spec, "name": "xor"})            # other data: that run no longer counts
    assert panel.goal.property("met") is False
    # saving the lesson again with the same goal keeps counting the runs made for it
    doc.set_data_spec({**doc.data_spec, "name": "circle"})
    lessons.set_lesson(LessonSettings(enabled=True, title="Circle, again",
                                      goal=LessonGoal(metric="test_accuracy", threshold=0.9)))
    assert panel.goal.property("met") is True


def test_a_password_guards_the_unlock_and_only_its_hash_is_saved(qtbot, classroom_window, monkeypatch, tmp_path):
    window = classroom_window
    lessons = window.classroom.lessons
    editor = LessonEditor(window, LessonSettings(enabled=True, title="Locked", locked=["optimizerCombo"]))
    editor.password.setText("owl-42")
    lesson = editor.lesson()
    assert lesson.password.startswith("pbkdf2_sha256$") and "owl-42" not in lesson.password
    lessons.set_lesson(lesson)
    path = window.save_project(tmp_path / "lesson.nnstudio")
    with zipfile.ZipFile(path) as z:
        text = z.read("project.json").decode()
    assert "owl-42" not in text and json.loads(text)["lesson"]["password"] == lesson.password

    window.open_project(path)                                       # a student opens it
    assert lessons.locks.active
    answers = iter([("guess", True), ("owl-41", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)   # no plain confirm
    lessons.unlock_action.trigger()
    assert lessons.locks.active and not window.findChild(QWidget, "optimizerCombo").isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("owl-42", True))
    lessons.unlock_action.trigger()
    assert not lessons.locks.active and window.findChild(QWidget, "optimizerCombo").isEnabled()
    # the editor keeps the password unless the teacher removes it
    kept = LessonEditor(window, window.doc.lesson)
    assert kept.lesson().password == lesson.password
    kept.remove_password.setChecked(True)
    assert kept.lesson().password == ""


def test_password_hash_checks():
    lesson = LessonSettings(password=hash_password("tiger", rounds=1000))
    assert lesson.check_password("tiger") and not lesson.check_password("Tiger")
    assert LessonSettings().check_password("anything")
    assert not LessonSettings(password="garbage").check_password("garbage")
    assert LessonSettings.from_json(lesson.to_json()).password == lesson.password
