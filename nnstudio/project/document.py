"""The project a user edits and saves: network, data choice, training settings, trained weights
(with optimizer state), runs and lesson. Qt-free and evented: views subscribe to ``changed``.

``changed`` carries what changed: "network", "data", "training", "weights", "history", "lesson",
"path" or "dirty"; "project" comes last when the whole project was replaced (opened, new, an
example), so that every view forgets what it kept of the old one. Edits that should be undoable go through :mod:`nnstudio.project.commands`.
"""

from __future__ import annotations

import copy

import numpy as np

from nnstudio.engine.optimizers import OptimizerState
from nnstudio.project.events import Event
from nnstudio.project.history import History
from nnstudio.project.layer_types import LAYER_TYPES
from nnstudio.project.lesson import LessonSettings
from nnstudio.project.training_config import TrainingConfig


class ProjectDocument:
    def __init__(self, layers=None, data_spec=None, training=None, title="Untitled", description=""):
        self.changed = Event()
        self.layers: list[dict] = copy.deepcopy(list(layers or []))
        self.data_spec: dict = dict(data_spec or {"name": "circle"})
        self.training: TrainingConfig = training or TrainingConfig()
        self.weights: list[np.ndarray] | None = None   # Keras order (Sequential.get_weights())
        self.optimizer_state: OptimizerState | None = None   # the optimizer's memory with these weights
        # A CSV table's fitted preprocessing (TablePreprocessing.to_json()), kept so that exports
        # carry it even when the table is not at hand; set whenever the data is read.
        self.preprocessing: dict | None = None
        self.history = History()
        self.lesson = LessonSettings()
        self.title = title
        self.description = description
        self.teacher_note = ""
        self.path: str | None = None
        self._dirty = False

    # ----- change notification ---------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, value: bool = True):
        if value != self._dirty:
            self._dirty = value
            self.changed.emit("dirty")

    def notify(self, what: str, dirty: bool = True):
        if dirty:
            self.set_dirty(True)
        self.changed.emit(what)

    # ----- edits (commands call these) -------------------------------------------------
    def set_layers(self, layers, weights=None, optimizer_state=None):
        """Replace the network; trained weights go with it (a changed network needs training anew)."""
        self.layers = copy.deepcopy(list(layers))
        self.weights = [w.copy() for w in weights] if weights is not None else None
        self.optimizer_state = copy.deepcopy(optimizer_state) if optimizer_state is not None else None
        self.notify("network")
        self.changed.emit("weights")

    def set_data_spec(self, spec: dict):
        self.data_spec = dict(spec)
        self.notify("data")

    def set_training(self, config: TrainingConfig):
        self.training = config
        self.notify("training")

    def set_weights(self, weights, optimizer_state=None):
        self.weights = [np.array(w, copy=True) for w in weights] if weights is not None else None
        self.optimizer_state = optimizer_state
        self.notify("weights")

    def set_lesson(self, lesson: LessonSettings):
        self.lesson = lesson
        self.notify("lesson")

    def set_path(self, path):
        self.path = str(path) if path is not None else None
        self.changed.emit("path")

    # ----- snapshots (undo, comparison) --------------------------------------------------
    def network_state(self):
        return (copy.deepcopy(self.layers),
                [w.copy() for w in self.weights] if self.weights is not None else None,
                copy.deepcopy(self.optimizer_state))

    def restore_network_state(self, state):
        layers, weights, opt = state
        self.set_layers(layers, weights, opt)

    def replace_with(self, other: "ProjectDocument"):
        """Take every part of ``other`` (loading an example or a file), keeping subscribers."""
        self.layers = copy.deepcopy(other.layers)
        self.data_spec = dict(other.data_spec)
        self.training = copy.deepcopy(other.training)
        self.weights = [w.copy() for w in other.weights] if other.weights is not None else None
        self.optimizer_state = copy.deepcopy(other.optimizer_state)
        self.preprocessing = copy.deepcopy(other.preprocessing)
        self.history = copy.deepcopy(other.history)
        self.lesson = copy.deepcopy(other.lesson)
        self.title, self.description, self.teacher_note = other.title, other.description, other.teacher_note
        for what in ("network", "data", "training", "weights", "history", "lesson"):
            self.changed.emit(what)
        self.changed.emit("project")     # last: everything a view shows of the old project is stale

    def copy(self) -> "ProjectDocument":
        doc = ProjectDocument()
        doc.replace_with(self)
        doc.path = self.path
        return doc

    def hidden_layer_count(self) -> int:
        """Layers with weights between input and output (for lesson goals)."""
        weighted = [s for s in self.layers if LAYER_TYPES[s["class_name"]].kernel]
        return max(0, len(weighted) - 1)
