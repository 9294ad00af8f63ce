"""The QApplication: names for QSettings, high-DPI, garbage collection on the UI thread only,
translations, and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from nnstudio.gui import ui_thread_gc
from nnstudio.gui.file_open import Application, accept_files
from nnstudio.resource_files import resource_path

ORGANIZATION = "NN Studio"
APPLICATION = "NN Studio"


def ensure_app(argv=None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = Application(list(argv if argv is not None else sys.argv[:1]))
        app.setWindowIcon(QIcon(str(resource_path("icons", "nnstudio.png"))))
        QGuiApplication.setDesktopFileName("nnstudio")   # the .desktop entry's name (taskbar icon)
    ui_thread_gc.install(app)
    return app


def run_gui(path=None) -> int:
    """Open the main window (on ``path`` or the default example) and run the event loop."""
    app = ensure_app()
    from nnstudio.gui.classroom.language import install_translators
    from nnstudio.gui.classroom.theme import prepare_plots
    from nnstudio.gui.main_window import MainWindow

    install_translators(app)      # the language chosen in View ▸ Language, else the system's
    prepare_plots()
    window = MainWindow()
    window.show()
    accept_files(app, window, path)
    from nnstudio.gui.close_signals import CloseOnSignals

    CloseOnSignals(window)       # Ctrl+C and SIGTERM close the window as its close button does
    return app.exec()

