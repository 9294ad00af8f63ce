"""``nnstudio --self-test``: open the window on the default example, check that the translations,
example projects and icon are in place, close, and say how long it took. For whoever installs NN
Studio on a room full of machines (and for the bundle's own test). Settings go to a temporary
folder, so the user's recent files and window layout are left as they were. Exit status 0 when
every check passes."""

from __future__ import annotations

import sys
import tempfile
import time

from PySide6.QtCore import QSettings

from nnstudio._version import __version__
from nnstudio.resource_files import example_files, resources_dir


def run_self_test(started: float, out=sys.stdout) -> int:
    """``started``: ``time.perf_counter()`` when the command began (the start-up time counts from it)."""
    with tempfile.TemporaryDirectory(prefix="nnstudio-self-test-", ignore_cleanup_errors=True) as settings_dir:
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
        from PySide6 import __version__ as qt_version

        from nnstudio.gui.app import ensure_app
        from nnstudio.gui.classroom.language import LANGUAGES, install_translators, load_translator
        from nnstudio.gui.classroom.theme import prepare_plots
        from nnstudio.gui.main_window import MainWindow
        from nnstudio.project import EXAMPLES

        app = ensure_app()
        install_translators(app)
        prepare_plots()
        window = MainWindow()
        window.show()
        app.processEvents()
        opened = time.perf_counter() - started
        checks = [
            ("window", window.isVisible() and window.workspace.why_not_trainable() is None,
             f"opened on a trainable example in {opened:.2f} s (Qt {qt_version}, {app.platformName()})"),
            ("translations", all(load_translator(lang) is not None for lang in LANGUAGES),
             ", ".join(LANGUAGES)),
            ("examples", {p.stem for p in example_files()} == set(EXAMPLES),
             f"{len(example_files())} of {len(EXAMPLES)} example projects"),
            ("icon", not app.windowIcon().isNull(), "the app icon"),
        ]
        window.close()
        app.processEvents()
    print(f"NN Studio {__version__} self-test ({resources_dir()})", file=out)
    for name, ok, detail in checks:
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {detail}", file=out)
    passed = all(ok for _, ok, _ in checks)
    print("All checks passed." if passed else "Some checks failed: reinstall NN Studio.", file=out)
    return 0 if passed else 1
