"""``user_text``: an error or a message from the Qt-free packages, in the user's language.

Errors below ``gui`` carry a :class:`~nnstudio.i18n.Message` (English text that keeps its marked
template and fields). Here the template is translated and the same fields are filled in; fields that
are Messages themselves are translated first. Anything else is shown as it is. Safe to call from a
worker thread (``QCoreApplication.translate`` is thread-safe).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from nnstudio.i18n import Message, message_of

log = logging.getLogger(__name__)


def user_text(obj) -> str:
    """``obj`` — an exception, a Message, ``None`` or anything else — as text in the user's language."""
    if obj is None:
        return ""
    if isinstance(obj, BaseException):
        obj = message_of(obj)
    if not isinstance(obj, Message):
        return str(obj)
    translated = QCoreApplication.translate(obj.context, obj.template)
    if obj.fields is None:
        return translated
    fields = {k: user_text(v) if isinstance(v, (Message, BaseException)) else v for k, v in obj.fields.items()}
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        # a translation whose placeholders do not match its source: the English still reads right
        log.warning("translation of %r does not fit its fields", obj.template)
        return str(obj)
