"""Loading an example and pasting code are transactions like File ▸ Open: the new project (or
network) is made off the UI thread, with progress and Cancel; only a complete one replaces the
current project, as one undo step, and any failure leaves the project exactly as it was (the same
bytes when saved again) with one plain message."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from nnstudio.gui.builder import paste_code_dialog
from nnstudio.gui.builder.paste_code_dialog import LARGE_PASTE, PasteKerasCodeDialog
from nnstudio.insight import live_model
from tests.gui.test_hostile_open import saved_hash, slow_data

LONG_CODE = ("model = keras.Sequential([keras.layers.Input(shape=(2,)),\n" +
             "".join("    keras.layers.Dense(4, activation='relu'),\n" for _ in range(1500)) +
             "    keras.layers.Dense(2)])\n")


def recorded_threads(monkeypatch, module, name):
    """Wrap ``module.name`` to record the thread each call runs on."""
    real, threads = getattr(module, name), []

    def wrapper(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, wrapper)
    return threads


def test_an_example_is_made_off_the_ui_thread_and_is_one_undo_step(window, qtbot, monkeypatch):
    import nnstudio.gui.builder.part as part

    threads = recorded_threads(monkeypatch, part, "make_example")
    depth = window.undo_stack.count()
    window.builder.load_example_interactive("spiral")
    qtbot.waitUntil(lambda: window.undo_stack.count() == depth + 1, timeout=10000)
    assert threads and threads[0] != threading.get_ident()
    assert window.doc.data_spec["name"] == "spiral" and window.workspace.dataset is not None
    window.undo_stack.undo()
    assert window.doc.data_spec["name"] != "spiral"


@pytest.mark.parametrize("where", ["while making it", "while the window takes it"])
def test_an_example_that_fails_leaves_the_project_as_it_was(window, qtbot, monkeypatch, message_boxes,
                                                             tmp_path, where):
    import nnstudio.gui.builder.part as part

    window.builder.insert_layer(1, "Dropout")
    before = saved_hash(window, tmp_path / "mine.nnstudio")
    title, depth = window.windowTitle(), window.undo_stack.count()
    shown = len(message_boxes.shown)
    if where == "while making it":
        monkeypatch.setattr(part, "make_example", lambda key: (_ for _ in ()).throw(MemoryError()))
    else:
        def broken(what):
            if what == "network":
                raise RuntimeError("a view could not show the example")
        window.doc.changed.connect(broken)
    try:
        window.builder.load_example_interactive("spiral")
        qtbot.waitUntil(lambda: len(message_boxes.shown) > shown, timeout=10000)
    finally:
        if where != "while making it":
            window.doc.changed.disconnect(broken)
    kind, _, text = message_boxes.shown[-1]
    assert kind == "warning" and "Error" not in text
    assert window.windowTitle() == title and window.undo_stack.count() == depth
    assert saved_hash(window, tmp_path / "again.nnstudio") == before


def test_a_slow_example_can_be_cancelled_and_changes_nothing(window, qtbot, monkeypatch, tmp_path):
    started = slow_data(monkeypatch, steps=400)
    before = saved_hash(window, tmp_path / "mine.nnstudio")
    depth = window.undo_stack.count()
    window.builder.load_example_interactive("spiral")
    qtbot.waitUntil(lambda: len(started) > 5, timeout=5000)
    window.builder.files.task.cancel()
    qtbot.waitUntil(lambda: not window.builder.files.task.busy(), timeout=5000)
    assert len(started) < 400 and window.undo_stack.count() == depth
    assert saved_hash(window, tmp_path / "again.nnstudio") == before


def test_long_pasted_code_is_read_off_the_ui_thread(window, qtbot, monkeypatch):
    assert len(LONG_CODE) >= LARGE_PASTE
    threads = recorded_threads(monkeypatch, paste_code_dialog, "parse_keras_code")
    dialog = PasteKerasCodeDialog(window, (2,), text=LONG_CODE)
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.reading()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted, timeout=20000)
    assert threads and threads[0] != threading.get_ident()
    depth = window.undo_stack.count()
    cursors = []
    monkeypatch.setattr(window.builder.canvas, "set_blocks", wraps(window.builder.canvas.set_blocks,
                                                                  lambda: cursors.append(QApplication.overrideCursor())))
    assert window.builder.apply_parsed_code(dialog.result_code)
    assert len(window.doc.layers) == 1502 and window.undo_stack.count() == depth + 1
    assert window.statusBar().currentMessage().startswith("Built 1,501 layers from the code.")
    # a wait cursor while the window takes it, gone after; the summary lists 200 layers and counts the rest
    assert cursors and cursors[0].shape() == Qt.CursorShape.WaitCursor and QApplication.overrideCursor() is None
    assert window.builder.summary.isVisible() and "… 1,301 more layers" in window.builder.summary.text.toPlainText()
    # the views decline a network this deep once, with a note, instead of stopping the window
    view = window.insight.boundary
    window.insight.dock_for(view).show()
    window.insight.dock_for(view).raise_()
    window.insight.tick(force=True)
    assert "too deep to look inside here (1,501 layers" in view.message
    checks = recorded_threads(monkeypatch, live_model, "validate_network")
    for _ in range(3):
        view.redraw_now()
    assert checks == []


def wraps(function, before):
    def wrapper(*args, **kwargs):
        before()
        return function(*args, **kwargs)
    return wrapper


def test_a_long_paste_can_be_cancelled_and_changes_nothing(window, qtbot):
    layers = list(window.doc.layers)
    dialog = PasteKerasCodeDialog(window, (2,), text=LONG_CODE * 8)   # ~12,000 layers
    qtbot.addWidget(dialog)
    dialog.try_accept()
    dialog.task.cancel()
    qtbot.waitUntil(lambda: not dialog.reading(), timeout=30000)
    assert dialog.result() != QDialog.Accepted and dialog.result_code is None
    assert window.doc.layers == layers


def test_long_code_that_cannot_be_read_says_why_in_the_dialog(window, qtbot):
    dialog = PasteKerasCodeDialog(window, (2,), text=LONG_CODE.replace("Dense(2)])", "Dense(2)]) )"))
    qtbot.addWidget(dialog)
    dialog.try_accept()
    qtbot.waitUntil(lambda: not dialog.reading(), timeout=20000)
    assert dialog.result() != QDialog.Accepted and dialog.error.text().startswith("Line ")
