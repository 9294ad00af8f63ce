"""Errors a user may see: each carries a message a non-programmer understands, as a translatable
:class:`~nnstudio.i18n.Message` (``M_``) so that the GUI can show it in the user's language."""


class NNStudioError(Exception):
    """Base class of every failure shown to a user (dialog, status bar, CLI line)."""


class ShapeError(NNStudioError, ValueError):
    """A layer cannot take the shape the previous layer gives it. ``reason`` is the message without
    the layer's name in front (what the builder shows on the layer's block)."""

    def __init__(self, message, layer_index=None, layer_name=None, reason=None):
        super().__init__(message)
        self.layer_index = layer_index
        self.layer_name = layer_name
        self.reason = reason


class DataError(NNStudioError, ValueError):
    """Data that cannot be used for training: bad CSV, non-finite values, wrong labels."""


class ProjectFileError(NNStudioError):
    """A project or model file that cannot be read or written."""


class ExportError(NNStudioError):
    """A model that an export format cannot represent (names the layer and why)."""


class CodeImportError(NNStudioError):
    """Pasted Keras code that cannot be turned into a network (names the line and why)."""


class TrainingError(NNStudioError):
    """A training run that cannot start or go on (diverged, invalid network, no data)."""
