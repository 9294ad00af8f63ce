"""The curve header ("Epoch 12 │ loss: … │ accuracy: … test 0.9") is never cut off by the tools
beside it: it says the same in fewer words when the dock is narrow."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QCheckBox

from tests.gui.training_fixtures import training_window  # noqa: F401


def test_the_readout_fits_beside_the_log_scale_box(qtbot, training_window):
    window = training_window
    window.resize(1366, 768)
    qtbot.wait(50)
    doc = window.doc
    run = doc.history.new_run({})
    run.epochs.append({"epoch": 120, "loss": 0.123456, "val_loss": 0.234567, "test_loss": 0.345678,
                       "accuracy": 0.987654, "val_accuracy": 0.876543, "test_accuracy": 0.9})
    doc.notify("history")
    curves = window.training.curves
    curves.refresh()
    readout = curves.readout
    log_box = window.findChild(QCheckBox, "lossLogScale")
    for width in (1600, 1366, 1280):
        window.resize(width, 768)
        qtbot.wait(30)
        text = readout.text()
        assert text.startswith("Epoch 120") and "0.9" in text and not text.endswith("…"), (width, text)
        room = readout.contentsRect().width()
        assert readout.fontMetrics().horizontalAdvance(text) <= room, (width, text)
        shown = QRect(readout.mapTo(window, readout.rect().topLeft()), readout.size())
        box = QRect(log_box.mapTo(window, log_box.rect().topLeft()), log_box.size())
        assert not shown.intersects(box)
    assert "training 0.988" in readout.full_text and readout.toolTip() in ("", readout.full_text)
