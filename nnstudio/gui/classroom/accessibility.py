"""Accessible names, descriptions, tooltips and "What's This?" texts for every control.

The parts set what they know; this pass fills only what is still empty: the main controls from
the catalog in :mod:`controls`, every other control from its own text, its label's text or its
tooltip. It never overwrites a text somebody chose.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QComboBox, QGraphicsView, QHeaderView, QLabel, QLineEdit, QMainWindow, QPlainTextEdit,
                               QProgressBar, QScrollBar, QTabBar, QTextEdit, QWidget)

from nnstudio.gui.classroom.controls import control

CONTROL_TYPES = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QGraphicsView,
                 QLineEdit, QPlainTextEdit, QProgressBar, QTabBar, QTextEdit)

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Tooltip HTML → one line of plain text; the mnemonic '&' of a button text is dropped."""
    text = _TAGS.sub(" ", text or "").replace("&nbsp;", " ")
    text = re.sub(r"&(?=\w)", "", text).replace("&&", "&")
    return " ".join(text.split())


def is_control(widget: QWidget) -> bool:
    if control(widget.objectName()) is not None:
        return True
    if not isinstance(widget, CONTROL_TYPES) or isinstance(widget, (QScrollBar, QHeaderView)):
        return False
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QMainWindow):
        return False        # the tabs of tabbed docks: Qt names them after the docks
    if widget.objectName().startswith("qt_"):     # Qt's own inner parts (dock buttons, toolbar extension)
        return False
    # the viewport-less inner parts of composite widgets (a spin box's line edit, a combo's view)
    parent = widget.parentWidget()
    return not isinstance(parent, (QAbstractSpinBox, QComboBox))


def _label_texts(root: QWidget) -> dict:
    """Buddy → label text, so "Learning rate:" names the spin box next to it."""
    texts = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            texts[buddy] = plain(label.text()).rstrip(":：")
    return texts


def fill_texts(root: QWidget) -> int:
    """Fill empty accessible names/descriptions, tooltips and What's This? texts; return how many
    widgets got something."""
    buddies = _label_texts(root)
    return sum(fill_widget(w, buddies.get(w, "")) for w in [root, *root.findChildren(QWidget)])


def fill_widget(widget: QWidget, label_text: str = "") -> bool:
    """Fill the texts of one control (True if something was added)."""
    if not is_control(widget):
        return False
    before = (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.whatsThis())
    info = control(widget.objectName())
    if info is not None:
        if not widget.toolTip():
            widget.setToolTip(info.explanation())
        if not widget.whatsThis():
            widget.setWhatsThis(info.explanation())
        if not widget.accessibleName():
            widget.setAccessibleName(info.friendly())
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(info.explanation())
    tip = plain(widget.toolTip())
    if not widget.accessibleName():
        name = label_text or (plain(widget.text()) if isinstance(widget, QAbstractButton) else "")
        name = name or (plain(widget.placeholderText()) if isinstance(widget, QLineEdit) else "")
        name = name or _first_sentence(tip)
        if name:
            widget.setAccessibleName(name)
    if not widget.accessibleDescription() and tip:
        widget.setAccessibleDescription(tip)
    if not widget.whatsThis() and widget.toolTip():
        widget.setWhatsThis(widget.toolTip())
    return (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.whatsThis()) != before


def _first_sentence(text: str) -> str:
    for stop in (". ", "。", ": "):
        if stop in text:
            return text.split(stop, 1)[0]
    return text


def missing_texts(root: QWidget) -> list:
    """Visible controls that still have no accessible name or no description (for tests, reports)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if is_control(widget) and widget.isVisibleTo(root):
            if not widget.accessibleName() or not (widget.accessibleDescription() or widget.toolTip()):
                missing.append(widget)
    return missing
