"""Fixtures for the training part's tests: a main window that is always shut down cleanly (no
worker thread may outlive a test), and helpers that wait on UI-thread state, never sleep."""

from __future__ import annotations

import numpy as np
import pytest

from nnstudio.project import make_example


@pytest.fixture
def training_window(qtbot, tmp_path, monkeypatch):
    """``MainWindow()`` on the default example (no first-run tour, no layout saved by other runs);
    its training worker is stopped at teardown."""
    from PySide6.QtCore import QSettings

    from nnstudio.gui.main_window import MainWindow

    monkeypatch.setenv("NNSTUDIO_NO_TOUR", "1")
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(tmp_path / "settings"))

    window = MainWindow()
    if hasattr(window.builder, "can_close"):
        window.builder.can_close = lambda: True     # no unsaved-changes prompt in tests
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)           # laid out and on screen: docks have their visible regions
    yield window
    window.training.shutdown()
    assert window.training.controller._thread is None
    # QUndoStack's destructor emits cleanChanged while the window is half deleted (the builder's
    # title update then touches a dead MainWindow): keep the stack quiet from here on
    window.undo_stack.blockSignals(True)


def use_example(window, key, **training):
    """Replace the window's project by an example (as File ▸ Open would), with settings changed."""
    doc = make_example(key)
    for k, v in training.items():
        setattr(doc.training, k, v)
    window.doc.replace_with(doc)
    window.doc.set_dirty(False)
    return window.doc


def wait_state(qtbot, window, state, timeout=20000):
    controller = window.training.controller
    qtbot.waitUntil(lambda: controller.state == state, timeout=timeout)


def curve_points(window, plot_name, key):
    """The data a curve of ``lossPlot``/``accuracyPlot`` holds, after the view caught up."""
    plot = window.training.curves.loss_plot if plot_name == "lossPlot" else window.training.curves.accuracy_plot
    window.training.curves.refresh()
    curve = plot.curves[key]
    return (np.asarray(curve.xData if curve.xData is not None else []),
            np.asarray(curve.yData if curve.yData is not None else []))
