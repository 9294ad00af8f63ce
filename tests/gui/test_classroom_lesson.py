"""Lesson mode: a teacher's lesson survives the file, locks the students' window, shows the
instructions and a goal indicator that turns green when the goal is reached."""

from PySide6.QtWidgets import QComboBox, QDockWidget, QMessageBox, QPushButton, QWidget

from nnstudio.gui.classroom.lesson_editor import HIDE, LOCK, LessonEditor
from nnstudio.project import LessonGoal, LessonSettings, make_example
from tests.gui.classroom_fixtures import classroom_window, classroom_settings  # noqa: F401

LESSON = LessonSettings(
    enabled=True, title="Bend the boundary",
    instructions="Use at most two hidden layers.\n\nReach 90 % test accuracy.",
    hidden=["layerPalette"], locked=["optimizerCombo", "learningRateSpin", "resetButton"],
    goal=LessonGoal(metric="test_accuracy", threshold=0.9, max_hidden_layers=2))


def _child(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _fake_epoch(doc, **logs):
    run = doc.history.current or doc.history.new_run({})
    run.epochs.append(dict(logs, epoch=len(run.epochs) + 1))
    doc.notify("history")


def test_lesson_round_trip_locks_the_students_window(qtbot, classroom_window, tmp_path):
    window = classroom_window
    lessons = window.classroom.lessons
    lessons.set_lesson(LESSON)
    # the teacher's own window stays usable
    assert _child(window, "optimizerCombo").isEnabled()
    assert _child(window, "layerPalette").isVisible()
    path = window.save_project(tmp_path / "lesson.nnstudio")

    window.doc.replace_with(make_example("xor"))       # something else is open
    assert not lessons.locks.active
    window.open_project(path)

    assert window.doc.lesson.title == "Bend the boundary"
    for name in ("optimizerCombo", "learningRateSpin", "resetButton"):
        assert not _child(window, name).isEnabled(), name
    palette_dock = window.findChild(QDockWidget, "layerPaletteDock")
    assert not _child(window, "layerPalette").isVisible() and not palette_dock.isVisible()
    assert not palette_dock.toggleViewAction().isEnabled()   # View ▸ Layers cannot bring it back
    # the lesson panel tells the students what to do
    panel = lessons.panel
    assert panel.isVisible() and panel.title.text() == "Bend the boundary"
    assert "Reach 90 % test accuracy." in panel.text.toPlainText()
    assert panel.goal.isVisible() and panel.goal.property("met") is False
    # the training part enabling its controls again (as at the end of a run) does not unlock them
    combo = window.findChild(QComboBox, "optimizerCombo")
    combo.setEnabled(True)
    assert not combo.isEnabled()
    window.training.controls.update_buttons()
    assert not _child(window, "resetButton").isEnabled()


def test_locked_button_blocks_its_menu_entries_and_shortcuts(qtbot, classroom_window):
    window = classroom_window
    lesson = LessonSettings(enabled=True, title="Watch only", locked=["trainButton", "stepButton"])
    window.doc.set_lesson(lesson)
    train = window.findChild(QPushButton, "trainButton")
    assert not train.isEnabled()
    blocked = [a for a in window.classroom.lessons.locks.locked if not isinstance(a, QWidget)]
    texts = [a.text() for a in blocked]
    assert window.training.toggle_action in blocked, texts      # Space / Train ▸ Train / Pause
    assert any(t.startswith("Step one batch") for t in texts), texts
    window.training._update_enabled()                           # the part re-enables its action
    assert not window.training.toggle_action.isEnabled()


def test_a_locked_data_set_locks_the_data_menu_too(qtbot, classroom_window):
    window = classroom_window
    window.doc.set_lesson(LessonSettings(enabled=True, title="This data", locked=["datasetCombo"]))
    data_actions = [a for a in window.menus["data"].actions() if not a.isSeparator()]
    assert {a.objectName() for a in data_actions} >= {"openPictureFolderAction", "drawExamplesAction"}
    assert not any(a.isEnabled() for a in data_actions)          # neither the menu nor File ▸ Open Picture…
    window.training._on_state("idle")                              # the end of a run does not unlock them
    assert not any(a.isEnabled() for a in data_actions)


def test_goal_indicator_follows_the_runs_and_the_network(qtbot, classroom_window):
    window = classroom_window
    doc = window.doc
    window.classroom.lessons.set_lesson(LESSON)
    panel = window.classroom.lessons.panel
    assert doc.hidden_layer_count() == 2
    assert panel.goal.property("met") is False
    _fake_epoch(doc, loss=0.5, test_accuracy=0.7)
    assert panel.goal.property("met") is False and "0.7" in panel.goal.text()
    _fake_epoch(doc, loss=0.2, test_accuracy=0.93)
    assert panel.goal.property("met") is True
    assert "#1b7f3b" in panel.goal.styleSheet()
    # a third hidden layer breaks the rule "at most 2 hidden layers"
    layers = [dict(s, config=dict(s["config"])) for s in doc.layers]
    extra = dict(layers[1], config=dict(layers[1]["config"], name="dense_extra"))
    doc.set_layers(layers[:2] + [extra] + layers[2:])
    assert doc.hidden_layer_count() == 3
    assert panel.goal.property("met") is False


def test_goal_turns_green_after_real_training(qtbot, classroom_window):
    window = classroom_window
    doc = window.doc
    doc.training.epochs = 60
    window.classroom.lessons.set_lesson(LessonSettings(
        enabled=True, title="Circle", locked=["optimizerCombo"],
        goal=LessonGoal(metric="accuracy", threshold=0.75, max_hidden_layers=2)))
    window.classroom.lessons.lock()
    window.findChild(QPushButton, "trainButton").click()
    panel = window.classroom.lessons.panel
    qtbot.waitUntil(lambda: panel.goal.property("met") is True, timeout=30000)
    qtbot.waitUntil(lambda: window.training.controller.state == "idle", timeout=30000)
    assert not window.findChild(QComboBox, "optimizerCombo").isEnabled()   # still locked after the run


def test_unlocking_needs_the_teachers_confirmation(qtbot, classroom_window, monkeypatch):
    window = classroom_window
    lessons = window.classroom.lessons
    window.doc.set_lesson(LESSON)          # as when a student opens the file
    assert lessons.locks.active and lessons.unlock_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    lessons.unlock_action.trigger()
    assert lessons.locks.active and not _child(window, "optimizerCombo").isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    lessons.unlock_action.trigger()
    assert not lessons.locks.active
    assert _child(window, "optimizerCombo").isEnabled()
    assert window.findChild(QDockWidget, "layerPaletteDock").isVisible()
    assert window.doc.lesson.locked == LESSON.locked          # the file keeps its lesson
    lessons.lock_action.trigger()
    assert lessons.locks.active and not _child(window, "optimizerCombo").isEnabled()


def test_lesson_editor_lists_the_main_controls_by_friendly_name(qtbot, classroom_window):
    window = classroom_window
    editor = LessonEditor(window, LESSON)
    qtbot.addWidget(editor)
    names = [editor.table.item(r, 0).data(0x0100) for r in range(editor.table.rowCount())]
    for name in ("layerPalette", "networkCanvas", "datasetCombo", "optimizerCombo", "learningRateSpin",
                 "epochsSpin", "batchSizeSpin", "trainButton", "lossPlot", "accuracyPlot"):
        assert name in names
    row = names.index("learningRateSpin")
    assert editor.table.item(row, 0).text().startswith("Learning rate")
    assert editor.checked(HIDE) == ["layerPalette"]
    editor.set_checked("epochsSpin", LOCK)
    editor.set_checked("resetButton", LOCK, False)
    editor.max_hidden.setValue(-1)
    lesson = editor.lesson()
    assert set(lesson.locked) == {"optimizerCombo", "learningRateSpin", "epochsSpin"}
    assert lesson.goal.max_hidden_layers is None and lesson.goal.threshold == 0.9
    assert lesson.title == "Bend the boundary" and lesson.enabled


def test_without_a_lesson_the_panel_shows_the_examples_teachers_note(qtbot, classroom_window):
    window = classroom_window
    panel = window.classroom.lessons.panel
    window.doc.replace_with(make_example("xor"))
    assert panel.title.text() == "XOR"
    assert "one neuron cannot solve" in panel.text.toPlainText()


def test_locks_hold_through_a_run_without_an_application_wide_filter(qtbot, classroom_window):
    """While a run trains the lesson watches only its own controls (no Python filter on every
    event of the app); a control built meanwhile is locked when the run ends."""
    window = classroom_window
    locks = window.classroom.lessons.locks
    locks.apply([], ["learningRateSpin", "lateControl"])      # what opening a student's file does
    assert locks._app_filter
    window.workspace.training_active = True
    assert not locks._app_filter
    spin = _child(window, "learningRateSpin")
    spin.setEnabled(True)                        # a part re-enabling it mid-run
    assert not spin.isEnabled()
    late = QComboBox(_child(window, "inspector"))   # a part builds a control mid-run
    late.setObjectName("lateControl")
    late.show()
    assert late.isEnabled()                      # nobody looks at every event while training…
    window.workspace.training_active = False
    assert locks._app_filter
    assert not late.isEnabled()                  # …the lesson looks again when the run ends
    late.setEnabled(True)
    assert not late.isEnabled()
