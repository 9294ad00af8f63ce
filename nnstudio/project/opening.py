"""Opening a project as a transaction, the part that runs off the UI thread: the file is read,
checked and its data loaded into a new document; the window swaps it in only when all of it worked.

Any exception while reading becomes a ProjectFileError (plain words, no Python names); a data set
that cannot be loaded is not a reason to refuse the file (the window shows why Train is off).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from nnstudio.data import Cancelled, Dataset, load_dataset
from nnstudio.engine.saving.safe_read import out_of_memory
from nnstudio.errors import NNStudioError, ProjectFileError
from nnstudio.i18n import M_, message_of
from nnstudio.project.document import ProjectDocument
from nnstudio.project.file_format import load_project

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    """A document ready to replace the current one, with its data already loaded (or why not)."""
    doc: ProjectDocument
    dataset: Dataset | None
    dataset_error: str | None = None
    deferred: bool = False   # the data is left to be read once the document is taken


def unexpected(file, error) -> ProjectFileError:
    log.error("opening %s failed", file, exc_info=error)
    return ProjectFileError(M_("errors", "{file} could not be opened because of an internal problem; your "
                                         "project was left as it was.").format(file=file))


def prepare_data(spec, load=None, progress=None, should_cancel=None):
    """``(dataset, None)`` or ``(None, why)``; only a cancel is raised."""
    try:
        return (load or load_dataset)(spec, progress=progress, should_cancel=should_cancel), None
    except Cancelled:
        raise
    except NNStudioError as e:
        return None, message_of(e)
    except MemoryError:
        return None, M_("errors", "The data is too large for this computer's memory.")


def prepare_file(path, load=None, progress=None, should_cancel=None, defer=None) -> Prepared:
    """Read ``path`` and its data; ProjectFileError (or Cancelled) on any failure. With ``defer``,
    data for which ``defer(spec)`` is true is not read (``Prepared.deferred``)."""
    file = Path(path).name
    try:
        doc = load_project(path)
    except NNStudioError:
        raise
    except MemoryError:
        raise out_of_memory(file) from None
    except Exception as e:
        raise unexpected(file, e) from None
    if defer is not None and defer(doc.data_spec):
        return Prepared(doc, None, deferred=True)
    return Prepared(doc, *prepare_data(doc.data_spec, load, progress, should_cancel))


def prepare_document(make, load=None, progress=None, should_cancel=None) -> Prepared:
    """``make()`` (an example) and its data; the same guarantees as :func:`prepare_file`."""
    doc = make()
    return Prepared(doc, *prepare_data(doc.data_spec, load, progress, should_cancel))
