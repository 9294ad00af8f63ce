"""Messages that read as English everywhere and can still be shown in the user's language.

A :class:`Message` *is* a ``str``: the English text. ``str(error)``, logs, the command line and
Keras-style tests see exactly the English. It also remembers the marked template, its context and
the named fields, so the GUI can translate the template and fill in the same fields
(``nnstudio.gui.user_text``)::

    raise ValueError(M_("errors", "Expected a positive integer. Received: {arg}={value!r}")
                     .format(arg="units", value=units))

lupdate reads ``M_`` as QT_TRANSLATE_NOOP (``scripts/update_translations.py``); the ``.format``
after it is ordinary ``str.format`` with named fields only, conversions (``!r``) and format specs
included. A field that is itself a Message, or an exception raised with one, is translated too.
"""

from __future__ import annotations


class Message(str):
    """English text plus what it takes to translate it: ``context``, ``template`` and ``fields``
    (``None`` when the template is the text itself, not a format string)."""

    __slots__ = ("context", "template", "fields")

    def __new__(cls, context: str, template: str, fields: dict | None = None):
        text = template if fields is None else template.format(**fields)
        self = super().__new__(cls, text)
        self.context, self.template, self.fields = context, template, fields
        return self

    def format(self, /, **fields) -> Message:
        """The English text with ``fields`` filled in, still translatable as a whole."""
        return Message(self.context, self.template, fields)

    def __reduce__(self):
        return Message, (self.context, self.template, self.fields)


def M_(context: str, text: str) -> Message:
    """Mark ``text`` for translation in ``context`` (QT_TRANSLATE_NOOP) and keep it translatable.
    Follow it with ``.format(name=value, …)`` when ``text`` has ``{name}`` fields."""
    return Message(context, text)


def message_of(error: BaseException) -> str:
    """The :class:`Message` ``error`` was raised with, or else its plain ``str``: what Qt-free code
    keeps of an error it shows later (the GUI translates a Message, shows anything else as is)."""
    args = getattr(error, "args", ())
    if len(args) == 1 and isinstance(args[0], Message) and str(error) == args[0]:
        return args[0]
    return str(error)
