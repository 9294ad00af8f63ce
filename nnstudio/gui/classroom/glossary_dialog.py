"""Help ▸ Glossary: the twelve words, each with a plain definition and where it shows up in the
app; "Show me" points at that control. In Chinese the English word is given too, since the
curves, Keras and most books use it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QTextBrowser, QVBoxLayout)

from nnstudio.i18n.glossary import CONTEXT, GLOSSARY


def term_text(entry) -> str:
    return QCoreApplication.translate(CONTEXT, entry.term)


def entry_html(entry) -> str:
    t = QCoreApplication.translate
    term = term_text(entry)
    heading = html.escape(term)
    if term != entry.term:
        heading += f" <span style='color:#666'>({html.escape(entry.term)})</span>"
    where = QCoreApplication.translate("GlossaryDialog", "Where in NN Studio:")
    return (f"<h2>{heading}</h2><p style='font-size:large'>{html.escape(t(CONTEXT, entry.definition))}</p>"
            f"<p><b>{html.escape(where)}</b> {html.escape(t(CONTEXT, entry.where))}</p>")


class GlossaryDialog(QDialog):
    show_me = Signal(str)      # objectName of the control to point at

    def __init__(self, parent=None, find_widget=None):
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(760, 460)
        self._find = find_widget or (lambda name: None)
        self.list = QListWidget(self)
        self.list.setObjectName("glossaryList")
        self.list.setAccessibleName(self.tr("Terms"))
        self.list.setToolTip(self.tr("Choose a word to read what it means."))
        self.text = QTextBrowser(self)
        self.text.setObjectName("glossaryText")
        self.text.setAccessibleName(self.tr("Definition"))
        self.text.setToolTip(self.tr("What the chosen word means, and where you meet it in NN Studio."))
        for entry in GLOSSARY:
            item = QListWidgetItem(term_text(entry))
            item.setData(Qt.UserRole, entry.key)
            self.list.addItem(item)
        self.show_button = QPushButton(self.tr("Show me"), self)
        self.show_button.setObjectName("glossaryShowButton")
        self.show_button.setToolTip(self.tr("Close the glossary and point at this control in the window."))
        self.show_button.clicked.connect(self._show_me)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.show_button, QDialogButtonBox.ActionRole)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.text, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_entry)
        self.list.setCurrentRow(0)

    def select(self, key):
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == key:
                self.list.setCurrentRow(row)
                return
        raise ValueError(f"Unknown glossary term. Received: key={key!r}")

    def current_entry(self):
        return GLOSSARY[self.list.currentRow()]

    def _show_entry(self, row):
        if row < 0:
            return
        entry = GLOSSARY[row]
        self.text.setHtml(entry_html(entry))
        widget = self._find(entry.target) if entry.target else None
        self.show_button.setEnabled(widget is not None and widget.isVisible())

    def _show_me(self):
        self.show_me.emit(self.current_entry().target)
        self.accept()
