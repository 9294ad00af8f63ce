"""Pasted code with a huge layer or absurd settings: the window shows why, allocates nothing large,
and a paste that cannot be used changes nothing."""

from __future__ import annotations

import pytest

from nnstudio.engine import budget
from nnstudio.errors import CodeImportError

HUGE = """
model = keras.Sequential([
    keras.layers.Input(shape=(2,)),
    keras.layers.Dense(1000000000, activation="relu"),
    keras.layers.Dense(2),
])
"""


def peak_rss_mb():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024


def test_a_pasted_huge_layer_is_refused_by_the_network_check_not_allocated(window, qtbot, monkeypatch):
    monkeypatch.setattr(budget, "machine_memory", lambda: 8 * 1024**3)
    before = peak_rss_mb()
    window.builder.import_keras_code(HUGE)
    qtbot.wait(300)                                   # the insight views get their turn
    report = window.workspace.report
    assert not report.ok and "would need" in report.error
    assert "would need" in window.builder.validation_label.text()
    assert window.workspace.why_not_trainable() == report.error
    assert peak_rss_mb() - before < 500
    window.undo_stack.undo()
    assert window.workspace.report.ok


def test_a_very_large_pasted_network_trains_with_a_warning(window, monkeypatch):
    monkeypatch.setattr(budget, "machine_memory", lambda: 64 * 1024**3)
    window.builder.import_keras_code(HUGE.replace("1000000000", "200000000"))
    assert window.workspace.report.ok
    assert "very large" in window.builder.validation_label.text()


def test_pasted_settings_out_of_range_change_nothing(window):
    layers = list(window.doc.layers)
    depth = window.undo_stack.count()
    code = HUGE.replace("1000000000", "8") + "\nmodel.fit(x, y, epochs=10**12)\n"
    with pytest.raises(CodeImportError):
        window.builder.import_keras_code(code)
    assert window.doc.layers == layers and window.undo_stack.count() == depth
