"""What the app derives from the project: the loaded dataset and the live validation report.

Qt-free. Views read ``workspace.dataset`` / ``workspace.report`` and subscribe to
``dataset_changed`` / ``report_changed``; the document's own ``changed`` event drives both.
"""

from __future__ import annotations

import copy
import os

from nnstudio.data import Dataset, load_dataset
from nnstudio.errors import NNStudioError
from nnstudio.i18n import M_, message_of
from nnstudio.project.document import ProjectDocument
from nnstudio.project.events import Event
from nnstudio.project.validation import ValidationReport, validate_network


#: files larger than this are read off the UI thread
SLOW_FILE_BYTES = 4 * 1024 * 1024


def is_slow(spec) -> bool:
    """Whether loading ``spec`` reads a large file (a CSV table of several megabytes)."""
    path = spec.get("path") if isinstance(spec, dict) else None
    try:
        return isinstance(path, str) and os.path.isfile(path) and os.path.getsize(path) > SLOW_FILE_BYTES
    except OSError:
        return False


class Workspace:
    def __init__(self, doc: ProjectDocument, load=load_dataset):
        self.doc = doc
        self._load = load
        self.dataset: Dataset | None = None
        self.dataset_error: str | None = None
        self.report: ValidationReport = ValidationReport()
        self.dataset_changed = Event()
        self.report_changed = Event()
        self.training_changed = Event()
        self._training_active = False
        self._offered = None           # (spec, dataset) loaded elsewhere, see offer_dataset
        #: ``background_load(spec, done)`` reads a large file off the UI thread and calls
        #: ``done(dataset, error)`` on it (the window sets it); None: everything loads here
        self.background_load = None
        self.loading = False
        doc.changed.connect(self._on_doc_changed)
        self.reload_dataset()

    @property
    def load(self):
        """How this workspace loads a data spec here and now (``load(spec) -> Dataset``); a large
        file goes to ``background_load`` instead when one is set (the window's)."""
        return self._load

    @property
    def training_active(self) -> bool:
        """True while a run is active (running or paused); network edits are blocked meanwhile."""
        return self._training_active

    @training_active.setter
    def training_active(self, active: bool):
        active = bool(active)
        if active != self._training_active:
            self._training_active = active
            self.training_changed.emit(active)

    def _on_doc_changed(self, what):
        if what == "data":
            self.reload_dataset()
        elif what in ("network", "training"):
            self.revalidate()

    def offer_dataset(self, spec: dict, dataset: Dataset | None, error: str | None = None):
        """A dataset already loaded for ``spec`` (the CSV wizard read the file, or a project was
        opened off the UI thread), or why it could not be: when the document switches to exactly
        that spec, it is taken instead of being loaded a second time."""
        self._offered = (dict(spec), dataset, error)

    def reload_dataset(self):
        offered, self._offered = self._offered, None
        if (offered is None or offered[0] != self.doc.data_spec) and self.background_load is not None \
                and is_slow(self.doc.data_spec):
            self._load_in_background(copy.deepcopy(self.doc.data_spec))
            return
        try:
            if offered is not None and offered[0] == self.doc.data_spec:
                self.dataset, self.dataset_error = offered[1], offered[2]
            else:
                self.dataset, self.dataset_error = self._load(self.doc.data_spec), None
            self._keep_preprocessing()
        except NNStudioError as e:
            self.dataset, self.dataset_error = None, message_of(e)
        self.dataset_changed.emit(self.dataset)
        self.revalidate()

    def _load_in_background(self, spec):
        """A large file is read off the UI thread (``background_load(spec, done)``); meanwhile
        there is no dataset and Train says why. ``done`` may come after the spec changed again."""
        self.loading = True
        self.dataset, self.dataset_error = None, M_("errors", "The data is being read…")
        self.dataset_changed.emit(None)
        self.revalidate()

        def done(dataset, error):
            if spec != self.doc.data_spec:
                return   # a newer change started its own read
            self.loading = False
            self.dataset, self.dataset_error = dataset, error
            self._keep_preprocessing()
            self.dataset_changed.emit(dataset)
            self.revalidate()
        self.background_load(spec, done)

    def _keep_preprocessing(self):
        if self.dataset is None:
            return   # the data could not be loaded: the file's preprocessing is kept
        prep = getattr(self.dataset, "preprocessing", None)
        self.doc.preprocessing = prep.to_json() if prep is not None else None

    def set_dataset(self, dataset: Dataset | None):
        """A dataset loaded elsewhere (the CSV wizard's worker) for the current data spec."""
        self.dataset, self.dataset_error = dataset, None
        self._keep_preprocessing()
        self.dataset_changed.emit(dataset)
        self.revalidate()

    def revalidate(self):
        ds = self.dataset
        if ds is None:
            self.report = validate_network(self.doc.layers)
            if self.report.ok and self.dataset_error:
                self.report.error = M_("validation", "data: {problem}").format(problem=self.dataset_error)
        else:
            self.report = validate_network(self.doc.layers, ds.input_shape, ds.task, ds.output_units,
                                           loss=self.doc.training.loss)
        self.report_changed.emit(self.report)

    def why_not_trainable(self) -> str | None:
        """None when Train can be pressed, else the reason in plain words."""
        if self.dataset is None:
            return self.dataset_error or M_("errors", "No data is loaded.")
        if not self.report.ok:
            return self.report.error
        return None
