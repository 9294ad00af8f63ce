"""Made for a classroom: lessons, presentation mode, glossary, tour, themes, language, keyboard
and accessibility. Created last by the main window, so every other part's controls exist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWhatsThis, QWidget

from nnstudio.gui.classroom import accessibility
from nnstudio.gui.classroom.glossary_dialog import GlossaryDialog, term_text
from nnstudio.gui.classroom.language import LanguageMenu
from nnstudio.gui.classroom.lesson_mode import LessonMode
from nnstudio.gui.classroom.presentation import PresentationMode
from nnstudio.gui.classroom.shortcuts import ShortcutsDialog, TrainingShortcuts
from nnstudio.gui.classroom.theme import ThemeController
from nnstudio.gui.classroom.tour import Tour
from nnstudio.i18n.glossary import GLOSSARY


class ClassroomPart(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.presentation = PresentationMode(window)
        self.theme = ThemeController(window, self.presentation)
        self.lessons = LessonMode(window)
        self.tour = Tour(window)
        self.shortcuts = TrainingShortcuts(window)
        self._build_view_menu()
        self._build_help_menu()
        self._escape = QShortcut(QKeySequence(Qt.Key_Escape), window)
        self._escape.setObjectName("exitPresentationShortcut")
        self._escape.setWhatsThis(self.tr("Leave presentation mode"))
        self._escape.setEnabled(False)
        self._escape.activated.connect(lambda: self.set_presentation(False))
        window.doc.changed.connect(self._on_doc_changed)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self.fill_accessibility)
        self.fill_accessibility()
        # controls a part builds later (the inspector's fields) get their texts when first focused
        QApplication.instance().focusChanged.connect(self._on_focus)

    # ----- menus ------------------------------------------------------------------------------
    def _build_view_menu(self):
        view = self.window.menus["view"]
        view.addSeparator()
        self.presentation_action = QAction(self.tr("&Presentation mode"), self.window, checkable=True)
        self.presentation_action.setObjectName("presentationModeAction")
        self.presentation_action.setShortcut(QKeySequence(Qt.Key_F11))
        self.presentation_action.setToolTip(self.tr("Large text, thick curves and high contrast, full screen, "
                                                    "for a projector. Press F11 or Esc to leave."))
        self.presentation_action.toggled.connect(self.set_presentation)
        view.addAction(self.presentation_action)

        theme_menu = view.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("themeMenu")
        group = QActionGroup(self)
        self.theme_actions = {}
        for mode, text in (("system", self.tr("Follow the &system")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            action = QAction(text, theme_menu, checkable=True)
            action.setObjectName(f"theme_{mode}")
            action.setChecked(mode == self.theme.mode)
            action.triggered.connect(lambda _=False, m=mode: self.theme.set_mode(m))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[mode] = action
        self.language = LanguageMenu(self.window, view)

    def _build_help_menu(self):
        help_menu = self.window.menus["help"]
        entries = (
            ("tourAction", self.tr("Take the &tour"), self.tr("Show the short tour of the window again."),
             None, self.tour.start),
            ("glossaryAction", self.tr("&Glossary"), self.tr("Short explanations of the words used in NN Studio."),
             None, self.show_glossary),
            ("whatsThisAction", self.tr("&What's This?"),
             self.tr("Then click any control to read what it does."), QKeySequence(Qt.SHIFT | Qt.Key_F1),
             QWhatsThis.enterWhatsThisMode),
            ("shortcutsAction", self.tr("&Keyboard shortcuts"), self.tr("Every key that does something in NN Studio."),
             None, self.show_shortcuts),
        )
        first = help_menu.actions()[0] if help_menu.actions() else None
        for name, text, tip, key, slot in entries:
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            if key is not None:
                action.setShortcut(key)
            action.triggered.connect(slot)
            help_menu.insertAction(first, action)
        if first is not None:
            help_menu.insertSeparator(first)

    # ----- presentation -------------------------------------------------------------------------
    def set_presentation(self, on: bool):
        self.presentation.toggle(on)
        self._escape.setEnabled(self.presentation.active)
        if self.presentation_action.isChecked() != self.presentation.active:
            self.presentation_action.blockSignals(True)
            self.presentation_action.setChecked(self.presentation.active)
            self.presentation_action.blockSignals(False)
        if not self.presentation.active:
            self.theme.apply()

    # ----- help -----------------------------------------------------------------------------------
    def show_glossary(self, key=None):
        dialog = GlossaryDialog(self.window, find_widget=lambda name: self.window.findChild(QWidget, name))
        if key:
            dialog.select(key)
        dialog.show_me.connect(self.point_at)
        self.glossary_dialog = dialog
        dialog.open()
        return dialog

    def point_at(self, name):
        entry = next((e for e in GLOSSARY if e.target == name), None)
        title = term_text(entry) if entry else name
        text = QCoreApplication.translate("Glossary", entry.where) if entry else ""
        return self.tour.point_at(name, title, text)

    def show_shortcuts(self):
        dialog = ShortcutsDialog(self.window)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    # ----- keeping texts complete ------------------------------------------------------------------
    def fill_accessibility(self):
        return accessibility.fill_texts(self.window)

    def _on_focus(self, _old, new):
        if new is not None and new.window() is self.window and not new.accessibleName():
            accessibility.fill_widget(new)

    def _on_doc_changed(self, what):
        if what in ("network", "lesson", "data"):
            self._fill_timer.start()      # parts rebuild some controls (the inspector's fields)
        if what == "history" and self.presentation.active:
            self.presentation.restyle_plots()

    # ----- the part protocol ---------------------------------------------------------------------
    def can_close(self) -> bool:
        return True

    def shutdown(self):
        """Before the window saves its layout: leave presentation mode, give back hidden panels."""
        self.tour.stop()
        self.set_presentation(False)
        self.lessons.locks.shutdown()
