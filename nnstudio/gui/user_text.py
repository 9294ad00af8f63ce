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


def error_text(error: BaseException, internal: str | None = None) -> str:
    """Any exception, as the window shows it (one formatter for every path that shows a failure):
    a refusal in plain words (an NNStudioError or another error raised with a marked message) in the
    user's language; running out of memory and a file the system refused said plainly; anything
    else is a bug, logged with its traceback and shown as ``internal`` (or "an internal problem"),
    never with a Python name or a Python message such as "invalid literal for int()"."""
    from nnstudio.errors import NNStudioError

    if isinstance(error, NNStudioError) or isinstance(message_of(error), Message):
        return user_text(error)
    if isinstance(error, MemoryError):
        return QCoreApplication.translate("error_text", "This needs more memory than the computer has.")
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return QCoreApplication.translate("error_text", "The system refused: {0}{1}.").format(error.strerror, where)
    log.error("an internal problem", exc_info=error)
    return internal or QCoreApplication.translate("error_text", "An internal problem stopped this; your project "
                                                                 "was not changed. The log has the details.")
