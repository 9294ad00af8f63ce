"""Fixtures for the classroom tests: settings in a temporary place, a main window that is shut down
cleanly, and a translator installed for one test only."""

from __future__ import annotations

import pytest


@pytest.fixture
def classroom_settings(tmp_path):
    """QSettings written by the test go to a temporary directory, starting empty."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield QSettings


@pytest.fixture
def classroom_window(qtbot, classroom_settings, monkeypatch):
    """``MainWindow()`` on the default example, shown; closed at teardown (parts shut down)."""
    from nnstudio.gui.main_window import MainWindow

    monkeypatch.setenv("NNSTUDIO_NO_TOUR", "1")
    window = MainWindow()
    window.builder.can_close = lambda: True     # no unsaved-changes prompt in tests
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def chinese(qapp):
    """Simplified Chinese installed for one test (before the window is built), English after."""
    from PySide6.QtCore import QLocale

    from nnstudio.gui.classroom.language import install_translators, remove_translators

    before = QLocale()
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    remove_translators(qapp)
    qapp.setProperty("nnstudioLanguage", None)
    QLocale.setDefault(before)
