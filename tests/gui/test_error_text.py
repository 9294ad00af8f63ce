"""Every path that shows a failure in the window goes through one formatter (``error_text``): a
refusal in plain words, never a Python type name or a Python message — for training, export,
pasted code, the CSV wizard, opening a file and the insight views."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from nnstudio.errors import DataError
from nnstudio.gui.user_text import error_text
from nnstudio.i18n import M_
from tests.gui.training_fixtures import training_window  # noqa: F401

PYTHON_WORDS = ("Error", "invalid literal", "int()", "Traceback", "NoneType", "attribute", "object")


def bug(*_args, **_kwargs):
    raise ValueError("invalid literal for int() with base 10: 'x'")


def assert_plain(text):
    assert text, "nothing was shown"
    for word in PYTHON_WORDS:
        assert word not in text, text


def test_the_formatter_keeps_plain_refusals_and_hides_python_messages():
    assert error_text(DataError(M_("errors", "The file has no data rows."))) == "The file has no data rows."
    assert error_text(ValueError(M_("errors", "The file has no data rows."))) == "The file has no data rows."
    for error in (ValueError("invalid literal for int() with base 10: 'x'"), KeyError("weights/0000"),
                  AttributeError("'NoneType' object has no attribute 'shape'"), RecursionError()):
        assert_plain(error_text(error))
    assert "memory" in error_text(MemoryError())
    text = error_text(PermissionError(13, "Permission denied", "/read-only/model.onnx"))
    assert "Permission denied" in text and "/read-only/model.onnx" in text
    assert error_text(ValueError("x"), "The training stopped.") == "The training stopped."


def test_a_bug_during_training_shows_plain_words(qtbot, training_window, monkeypatch):
    import nnstudio.training.session as session

    monkeypatch.setattr(session.TrainingSession, "run", bug)
    controller = training_window.training.controller
    with qtbot.waitSignal(controller.failed, timeout=10000) as blocker:
        controller.train()
    assert_plain(blocker.args[0])
    qtbot.waitUntil(lambda: training_window.training.banner.isVisible())


def test_a_bug_while_exporting_shows_plain_words(window, message_boxes, monkeypatch, tmp_path):
    export = window.builder.export_menu
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "m.onnx"), ""))
    monkeypatch.setattr(export, "export", bug)
    export.export_interactive("onnx")
    kind, _, text = message_boxes.shown[-1]
    assert kind == "warning"
    assert_plain(text)


def test_a_bug_while_reading_pasted_code_shows_plain_words(window, monkeypatch):
    import nnstudio.gui.builder.paste_code_dialog as paste

    monkeypatch.setattr(paste, "parse_keras_code", bug)
    dialog = paste.PasteKerasCodeDialog(window, (2,), text="model = Sequential([Dense(2)])")
    dialog.try_accept()
    assert not dialog.result() and not dialog.error.isHidden()
    assert_plain(dialog.error.text())
    dialog.deleteLater()


def test_a_bug_in_the_csv_wizard_shows_plain_words(qtbot, tmp_path, monkeypatch):
    import nnstudio.gui.csv_read_worker as worker
    import nnstudio.gui.csv_wizard as wizard_module

    path = tmp_path / "t.csv"
    path.write_text("x,y,label\n" + "".join(f"{i},{i % 3},{'a' if i % 2 else 'b'}\n" for i in range(30)))
    wizard = wizard_module.CsvImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(wizard_module, "sniff_csv", bug)
            wizard.open_file(str(path))
            assert_plain(wizard.file_page.error_label.text())
        wizard.open_file(str(path))
        wizard.next()
        monkeypatch.setattr(worker, "read_csv", bug)
        wizard.next()
        qtbot.waitUntil(lambda: "internal" in wizard.read_page.status_label.text(), timeout=5000)
        assert_plain(wizard.read_page.status_label.text())
    finally:
        wizard.shutdown()


def test_a_bug_while_opening_a_file_shows_plain_words(window, message_boxes, monkeypatch, qtbot, tmp_path):
    import nnstudio.gui.builder.project_files as project_files

    path = tmp_path / "p.nnstudio"
    window.save_project(path)
    monkeypatch.setattr(project_files, "prepare_file", bug)
    shown = len(message_boxes.shown)
    window.builder.files.open_interactive(str(path))
    qtbot.waitUntil(lambda: len(message_boxes.shown) > shown, timeout=5000)
    assert_plain(message_boxes.shown[-1][2])


@pytest.mark.parametrize("error", [ValueError("invalid literal for int() with base 10: 'x'"), MemoryError()])
def test_a_bug_in_an_insight_view_shows_plain_words(window, monkeypatch, error):
    insight = window.insight
    view = insight.views[0]
    shown = []

    def fail():
        raise error
    monkeypatch.setattr(view, "refresh", fail)
    monkeypatch.setattr(view, "show_message", shown.append)
    insight._refresh(view)
    assert_plain(shown[-1])


def test_no_window_code_shows_an_exception_except_through_the_formatter():
    """In ``nnstudio.gui``, an exception caught by ``except … as e`` is only ever handed to
    ``error_text``/``user_text`` (or logged, kept, raised on): never put in a text with ``str(e)``,
    ``format(e)`` or an f-string, which would show Python's own words. The OS's reason for a
    refused file (``e.strerror``) is plain words and may be shown."""
    import ast
    from pathlib import Path

    import nnstudio.gui

    allowed_calls = {"user_text", "error_text", "message_of", "isinstance", "unexpected"}
    problems = []
    for path in Path(nnstudio.gui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for handler in ast.walk(tree):
            if not (isinstance(handler, ast.ExceptHandler) and handler.name):
                continue
            for statement in handler.body:
                for node in ast.walk(statement):
                    if not (isinstance(node, ast.Name) and node.id == handler.name):
                        continue
                    use = parents[node]
                    if isinstance(use, ast.Call) and node in use.args:
                        f = use.func
                        name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", "")
                        if name in allowed_calls or (isinstance(f, ast.Attribute) and
                                                     getattr(f.value, "id", "") in ("log", "logging")):
                            continue
                    if isinstance(use, (ast.Raise, ast.Assign)) or \
                            (isinstance(use, ast.keyword) and use.arg == "exc_info") or \
                            (isinstance(use, ast.Attribute) and use.attr in ("strerror", "filename")):
                        continue
                    problems.append(f"{path.name}:{node.lineno}: {ast.unparse(use)[:80]}")
    assert not problems, "\n".join(problems)
