"""Qt-free helpers for texts that are translated later, in the GUI.

Modules below ``gui`` (the project, the examples) must not import Qt, yet their texts are shown to
users. They mark the texts with :func:`N_`, which returns its text unchanged; lupdate is told that
``N_`` means ``QT_TRANSLATE_NOOP`` (``scripts/update_translations.py``), so the texts land in the
``.ts`` files, and the GUI translates them when it shows them::

    QCoreApplication.translate("examples", example.description)
"""

from __future__ import annotations


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (QT_TRANSLATE_NOOP)."""
    return text


__all__ = ["N_"]
