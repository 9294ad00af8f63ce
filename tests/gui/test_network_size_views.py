"""A network too large for the computer: Train, the summary, the insight views and export all say
so (the network check's "would need N GB") and allocate nothing; a very large one that fits trains
with a warning, and its export asks first, naming the size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from nnstudio.engine import budget
from tests.gui.test_hostile_paste import HUGE, peak_rss_mb

GB = 1024**3


@pytest.fixture
def eight_gb(monkeypatch):
    monkeypatch.setattr(budget, "machine_memory", lambda: 8 * GB)


def no_file_dialog(monkeypatch, tmp_path, asked):
    def dialog(*_args, **_kwargs):
        asked.append(True)
        return str(tmp_path / "model.npz"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)


def test_every_view_of_a_network_too_large_says_it_would_need_gigabytes(window, qtbot, eight_gb, message_boxes,
                                                                        monkeypatch, tmp_path):
    before = peak_rss_mb()
    window.builder.import_keras_code(HUGE)
    qtbot.wait(300)                                          # the views get their turn
    train = window.findChild(QPushButton, "trainButton")
    assert not train.isEnabled() and "would need" in train.toolTip() and "GB" in train.toolTip()
    summary = window.builder.summary
    summary.show()
    summary._update()
    assert f"Total params: {window.workspace.report.total_params:,}" in summary.text.toPlainText()
    views = window.insight.views
    for view in views:
        window.insight._refresh(view)
    shown = [view.message for view in views if view.message]
    assert shown and all("Error" not in m for m in shown)
    assert any("too large" in m or "would need" in m for m in shown), shown
    asked = []
    no_file_dialog(monkeypatch, tmp_path, asked)
    window.builder.export_menu.export_interactive("npz")
    kind, _, text = message_boxes.shown[-1]
    assert kind == "warning" and "would need" in text and not asked
    assert peak_rss_mb() - before < 500


def test_exporting_a_very_large_network_asks_first_with_the_size(window, monkeypatch, message_boxes, tmp_path):
    monkeypatch.setattr(budget, "machine_memory", lambda: 64 * GB)
    window.builder.import_keras_code(HUGE.replace("1000000000", "200000000"))
    assert window.workspace.report.ok
    asked = []
    no_file_dialog(monkeypatch, tmp_path, asked)
    message_boxes.answer = QMessageBox.Cancel
    window.builder.export_menu.export_interactive("npz")
    kind, title, text = message_boxes.shown[-1]
    assert kind == "question" and "very large" in title
    assert "1,000,000,002 parameters" in text and "3.7 GB" in text
    assert not asked and not (tmp_path / "model.npz").exists()


def test_a_small_network_exports_without_a_question(window, monkeypatch, message_boxes, tmp_path):
    asked = []
    no_file_dialog(monkeypatch, tmp_path, asked)
    window.builder.export_menu.export_interactive("npz")
    assert asked and not any(kind == "question" for kind, _, _ in message_boxes.shown)
    assert (tmp_path / "model.npz").exists()
