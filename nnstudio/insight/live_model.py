"""The model the insight views look at: a private copy of the project's network carrying the
document's current weights, rebuilt only when the network, data or settings change.

Qt-free and cheap to notify: a ``doc.changed`` event only bumps a version number (training
sends "weights" at every epoch end), and views redraw from a timer when the version moved.

The copy never touches the engine's shared random generator while it has weights to load: its
layers are built with zero initializers and then given the document's weights. (The worker's
training shuffles with that generator; reseeding or drawing from it here would change the run.)
"""

from __future__ import annotations

import copy

from nnstudio.engine import optimizers
from nnstudio.engine.model import Sequential
from nnstudio.errors import NNStudioError
from nnstudio.i18n import M_, message_of
from nnstudio.project.model_factory import _apply_overrides, last_activation, model_for_project
from nnstudio.project.training_config import resolve_loss
from nnstudio.project.validation import validate_network

PROBE_SIZE = 256

_INITIALIZER_KEYS = ("kernel_initializer", "bias_initializer")


def _without_random_init(layers):
    layers = copy.deepcopy(layers)
    for spec in layers:
        cfg = spec.get("config") or {}
        for key in _INITIALIZER_KEYS:
            if key in cfg or spec["class_name"] in ("Dense", "Conv2D"):
                cfg[key] = "zeros"
    return layers


def build_insight_model(doc, dataset, allow_seeding=True) -> Sequential | None:
    """A compiled model of ``doc`` for ``dataset`` with the document's weights and optimizer state.

    Without trained weights the seeded fresh model of the project is returned (the weights a
    run would start from), which reseeds the engine's generator: only when ``allow_seeding``
    (not while a run is training); otherwise None. Raises NNStudioError when the network cannot
    take the data.
    """
    if doc.weights is None:
        return model_for_project(doc, dataset) if allow_seeding else None
    report = validate_network(doc.layers, dataset.input_shape, dataset.task, dataset.output_units)
    if not report.ok:
        raise NNStudioError(report.error)
    layers = _without_random_init(_apply_overrides(doc.layers, doc.training))
    model = Sequential.from_config({"name": "insight", "layers": layers})
    model.build(tuple(dataset.input_shape))
    loss = resolve_loss(doc.training.loss, dataset.task, last_activation(doc.layers), int(dataset.output_units))
    model.compile(optimizer=doc.training.make_optimizer(), loss=loss, metrics=[])
    try:
        model.set_weights(doc.weights)
    except ValueError as e:
        raise NNStudioError(M_("errors", "The saved weights do not fit this network ({reason}).")
                            .format(reason=e)) from None
    if doc.optimizer_state:
        try:
            model.optimizer.set_state(doc.optimizer_state, model._var_arrays)
        except ValueError:
            model.optimizer.slots = None
    return model


def optimizer_state_of(model) -> dict:
    """What the document keeps as optimizer state (as the training part writes it)."""
    return {**model.optimizer.get_state(), "config": optimizers.serialize(model.optimizer)}


class LiveModel:
    """Holds the insight copy of the model; ``version`` changes whenever what it shows may change."""

    def __init__(self, doc, workspace):
        self.doc = doc
        self.workspace = workspace
        self.version = 0             # any change: views compare it with what they drew
        self.structure_version = 0   # network, data or settings changed (items, axes, combos)
        self.lineage = 0             # structure changed or weights reset: the weight history starts anew
        self.error: str | None = None   # why there is no model (a user-facing message), if known
        self.waiting = False            # no model yet because a run is training its first epoch
        self._model = None
        self._weights_stale = False
        self._probe = None
        self.new_weights: list = []  # (epoch, weights) received since the last take_new_weights()
        doc.changed.connect(self._on_doc_changed)
        workspace.dataset_changed.connect(self._on_dataset_changed)

    def close(self):
        self.doc.changed.disconnect(self._on_doc_changed)
        self.workspace.dataset_changed.disconnect(self._on_dataset_changed)

    # ----- notification (O(1): training sends weights at every epoch end) -----------------
    def _on_doc_changed(self, what):
        if what in ("network", "data", "training"):
            self._invalidate()
        elif what == "weights":
            self._weights_stale = True
            self.version += 1
            if self.doc.weights is None:
                self.lineage += 1
                self.new_weights.clear()
            else:
                self.new_weights.append((self.epoch_label(), self.doc.weights))
                del self.new_weights[:-512]

    def _on_dataset_changed(self, dataset):
        self._invalidate()

    def _invalidate(self):
        self._model = None
        self._probe = None
        self.error = None
        self.version += 1
        self.structure_version += 1
        self.lineage += 1
        self.new_weights.clear()

    def epoch_label(self) -> int:
        """The epoch the document's weights are at (the current run's last epoch log), else 0."""
        run = self.doc.history.current
        if run is not None and run.epochs:
            return int(run.epochs[-1].get("epoch", len(run.epochs)))
        return 0

    def take_new_weights(self) -> list:
        items, self.new_weights = self.new_weights, []
        return items

    # ----- the model ----------------------------------------------------------------------
    @property
    def dataset(self):
        return self.workspace.dataset

    def model(self) -> Sequential | None:
        """The model with the document's current weights, or None (``error`` says why)."""
        ds = self.dataset
        self.waiting = False
        if ds is None:
            self.error = self.workspace.dataset_error
            return None
        if self._model is None:
            try:
                self._model = build_insight_model(self.doc, ds, allow_seeding=not self.workspace.training_active)
            except NNStudioError as e:
                self.error = message_of(e)
                return None
            if self._model is None:
                self.waiting = True    # a run started from fresh weights: none to show until its first epoch
                return None
            self._weights_stale = False
            self.error = None
        elif self._weights_stale:
            if self.doc.weights is None:
                self._model = None
                return self.model()
            try:
                self._model.set_weights(self.doc.weights)
            except ValueError:
                self._model = None
                return self.model()
            self._weights_stale = False
        return self._model

    def probe_batch(self):
        """(x, y): a fixed slice of the training set for statistics (dead units, gradients)."""
        if self._probe is None and self.dataset is not None:
            ds = self.dataset
            self._probe = ds.x_train[:PROBE_SIZE], ds.y_train[:PROBE_SIZE]
        return self._probe
