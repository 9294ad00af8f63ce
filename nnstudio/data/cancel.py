"""Cooperative cancellation of slow data work (reading a large CSV file)."""

from nnstudio.errors import NNStudioError
from nnstudio.i18n import M_


class Cancelled(NNStudioError):
    """The user cancelled; not a failure, so views show it quietly."""


def check_cancel(should_cancel) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled(M_("errors", "Reading the data was cancelled."))
