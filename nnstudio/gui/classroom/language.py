"""The user's language: the system locale by default, or English / Simplified Chinese chosen in
View ▸ Language and remembered in QSettings ("language": system | en | zh_CN).

Translators are installed before the window is built (``install_translators`` in ``app.py``); a
change made in the menu applies at the next start, and the app says so in both languages.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QProcess, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from nnstudio.desktop_integration import launch_command
from nnstudio.resource_files import resource_path

SETTING = "language"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}   # each in its own language, never translated
TRANSLATIONS_DIR = resource_path("translations")


def translations_dir() -> Path:
    return Path(os.environ.get("NNSTUDIO_TRANSLATIONS", TRANSLATIONS_DIR))


def chosen_language() -> str:
    value = str(QSettings().value(SETTING, "system"))
    return value if value == "system" or value in LANGUAGES else "system"


def system_language() -> str:
    """Any Chinese locale reads Simplified Chinese better than English; everything else gets English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        name = name.replace("-", "_")
        if name.startswith("zh"):
            return "zh_CN"
        if name.startswith("en"):
            return "en"
    return "en"


def effective_language(choice: str | None = None) -> str:
    choice = chosen_language() if choice is None else choice
    return system_language() if choice == "system" else choice


def load_translator(language: str, parent=None) -> QTranslator | None:
    translator = QTranslator(parent)
    if translator.load(f"nnstudio_{language}", str(translations_dir())):
        return translator
    return None


def install_translators(app=None, language: str | None = None) -> str:
    """Install NN Studio's and Qt's own translations for ``language`` (default: the user's choice);
    replaces what an earlier call installed. Returns the language in effect."""
    app = app or QCoreApplication.instance()
    remove_translators(app)
    language = effective_language(language)
    installed = []
    ours = load_translator(language, app)
    if ours is not None:
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    app.setProperty("nnstudioLanguage", language)
    app._nnstudio_translators = installed      # keep them alive
    QLocale.setDefault(QLocale(language))
    return language


def remove_translators(app=None):
    app = app or QCoreApplication.instance()
    for translator in getattr(app, "_nnstudio_translators", []):
        app.removeTranslator(translator)
    app._nnstudio_translators = []


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("nnstudioLanguage") if app is not None else None
    return str(value) if value else "en"


class LanguageMenu(QObject):
    """View ▸ Language: System default, English, 简体中文."""

    def __init__(self, window, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.menu = menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.actions = {}
        system = LANGUAGES[system_language()]
        entries = [("system", self.tr("System default ({0})").format(system))] + list(LANGUAGES.items())
        chosen = chosen_language()
        for key, text in entries:
            action = QAction(text, self.menu, checkable=True)
            action.setObjectName(f"language_{key}")
            action.setChecked(key == chosen)
            action.triggered.connect(lambda _=False, k=key: self.choose(k))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[key] = action

    def choose(self, key: str, ask_restart: bool = True):
        QSettings().setValue(SETTING, key)
        self.actions[key].setChecked(True)
        new = effective_language(key)
        if new == current_language():
            self.window.statusBar().showMessage(self.tr("The language stays {0}.").format(LANGUAGES[new]), 8000)
            return
        self.window.statusBar().showMessage(self.restart_message(new), 15000)
        if ask_restart:
            self._offer_restart(new)

    def restart_message(self, new: str) -> str:
        """The notice in the current language, and again in the new one (the user may read only that)."""
        source = "NN Studio will use {0} the next time it starts."
        here = self.tr("NN Studio will use {0} the next time it starts.").format(LANGUAGES[new])
        translator = load_translator(new)
        there = (translator.translate("LanguageMenu", source) if translator else "") or source
        there = there.format(LANGUAGES[new])
        return here if there == here else f"{here}\n{there}"

    def _offer_restart(self, new):
        box = QMessageBox(QMessageBox.Information, self.tr("Language"), self.restart_message(new),
                          QMessageBox.NoButton, self.window)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self):
        """Close (asking about unsaved work as usual) and start again on the same file, in the same
        place on the screen (the window saves its geometry as it closes)."""
        if not self.window.close():
            return
        path = self.window.doc.path        # after closing: "Save" in the prompt may just have named it
        program, *args = launch_command(*([str(path)] if path else []))
        QProcess.startDetached(program, args)
        QApplication.instance().quit()
