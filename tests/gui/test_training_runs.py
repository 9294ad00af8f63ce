"""The runs table: double-click a name to rename the run, delete an earlier run from the context
menu or with Delete; both undo; the latest run and a training run's list stay as they are."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_training_export import train_twice
from tests.gui.training_fixtures import training_window, wait_state  # noqa: F401


def _row_of(table, run_id):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == run_id)


def test_rename_delete_and_undo(qtbot, training_window, monkeypatch):
    window = training_window
    doc = train_twice(qtbot, window)
    table = window.training.runs_table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    first, latest = doc.history.runs
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)

    # double-click the name: a dialog asks for the new one
    monkeypatch.setattr(table, "ask_name", lambda current: "  SGD   baseline ")
    row = _row_of(table, first.id)
    table.cellDoubleClicked.emit(row, 1)
    assert first.name == "SGD baseline"
    qtbot.waitUntil(lambda: table.item(_row_of(table, first.id), 1).text() == "SGD baseline")
    assert window.undo_stack.undoText() == "Rename run 1 to “SGD baseline”"

    # the context menu offers Delete for the earlier run, not for the latest
    table.selectRow(_row_of(table, latest.id))
    table._show_menu(table.visualItemRect(table.item(_row_of(table, latest.id), 1)).center())
    assert table.rename_action.isEnabled() and not table.delete_action.isEnabled()
    assert "latest run" in table.delete_action.toolTip()
    table._menu.close()
    assert not table.delete_run(latest.id) and len(doc.history.runs) == 2

    table.selectRow(_row_of(table, first.id))
    table.setFocus()
    table._show_menu(table.visualItemRect(table.item(_row_of(table, first.id), 1)).center())
    assert table.delete_action.isEnabled()
    table._menu.close()
    window.builder.selection.set(1)              # a layer is selected on the canvas too
    layers = len(doc.layers)
    qtbot.keyClick(table, Qt.Key_Delete)         # the run goes, not the canvas's selected layer
    assert [r.id for r in doc.history.runs] == [latest.id] and len(doc.layers) == layers
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    window.undo_stack.undo()
    assert [r.id for r in doc.history.runs] == [first.id, latest.id] and first.name == "SGD baseline"
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    window.undo_stack.undo()
    assert first.name == "Run 1"


def test_runs_are_not_deleted_while_a_run_trains(qtbot, training_window, monkeypatch):
    window = training_window
    doc = train_twice(qtbot, window)
    table = window.training.runs_table
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    doc.training.epochs = 400
    window.training.controller.train()
    qtbot.waitUntil(lambda: window.training.controller.state == "running")
    assert "while a run trains" in table.why_not_delete(doc.history.runs[0].id)
    assert not table.delete_run(doc.history.runs[0].id) and len(doc.history.runs) == 3
    window.training.controller.stop()
    wait_state(qtbot, window, "idle")
    assert table.why_not_delete(doc.history.runs[0].id) == ""
