"""Qt-free helpers for texts that are translated later, in the GUI.

Modules below ``gui`` (the project, the examples) must not import Qt, yet their texts are shown to
users. They mark the texts with :func:`N_`, which returns its text unchanged; lupdate is told that
``N_`` means ``QT_TRANSLATE_NOOP`` (``scripts/update_translations.py``), so the texts land in the
``.ts`` files, and the GUI translates them when it shows them::

    QCoreApplication.translate("examples", example.description)

Error and validation messages are marked with :func:`M_` instead: it returns a
:class:`~nnstudio.i18n.message.Message`, English text that keeps its template and fields so that the
GUI can show it in the user's language (``nnstudio.gui.user_text``).
"""

from __future__ import annotations

from nnstudio.i18n.message import M_, Message, message_of


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (QT_TRANSLATE_NOOP)."""
    return text


__all__ = ["N_", "M_", "Message", "message_of"]
