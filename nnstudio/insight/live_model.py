"""The model the insight views look at: a private copy of the project's network carrying the
document's current weights, rebuilt only when the network, data or settings change.

Qt-free and cheap to notify: a ``doc.changed`` event only bumps a version number (training
sends "weights" at every epoch end), and views redraw from a timer when the version moved.

The copy is the project's own model (``model_for_project``): its fresh weights come from a
generator of its own, so building it never disturbs a training worker's draws.
"""

from __future__ import annotations

import math

from nnstudio.engine import budget
from nnstudio.engine.model import Sequential
from nnstudio.errors import NNStudioError
from nnstudio.i18n import M_, message_of
from nnstudio.project.model_factory import model_for_project
from nnstudio.project.network import layer_count
from nnstudio.project.validation import validate_network

PROBE_SIZE = 256


def insight_model(doc, dataset) -> Sequential:
    """The project's model for the views, or NNStudioError: the views decline a network beyond
    their budget (parameters, values per sample in a layer, layers) rather than allocate it or
    stop the window while they work through it."""
    report = validate_network(doc.layers, dataset.input_shape, dataset.task, dataset.output_units)
    if report.ok and report.total_params > budget.INSIGHT_MAX_PARAMS:
        raise NNStudioError(M_("errors", "This network is too large to look inside here ({params} parameters; "
                                         "these views show networks of up to {limit}).")
                            .format(params=f"{report.total_params:,}", limit=f"{budget.INSIGHT_MAX_PARAMS:,}"))
    depth = layer_count(doc.layers)
    if report.ok and depth > budget.INSIGHT_MAX_LAYERS:
        raise NNStudioError(M_("errors", "This network is too deep to look inside here ({count} layers; these views "
                                         "show networks of up to {limit} layers).")
                            .format(count=f"{depth:,}", limit=f"{budget.INSIGHT_MAX_LAYERS:,}"))
    shaped = [c for c in report.layers if c.output_shape]
    widest = max(shaped, key=lambda c: math.prod(c.output_shape)) if shaped else None
    if report.ok and widest is not None and math.prod(widest.output_shape) > budget.INSIGHT_MAX_WIDTH:
        raise NNStudioError(M_("errors", "This network is too wide to look inside here (layer '{layer}' gives "
                                         "{count} values per sample; these views show layers of up to {limit}).")
                            .format(layer=widest.name, count=f"{math.prod(widest.output_shape):,}",
                                    limit=f"{budget.INSIGHT_MAX_WIDTH:,}"))
    return model_for_project(doc, dataset)


class LiveModel:
    """Holds the insight copy of the model; ``version`` changes whenever what it shows may change."""

    def __init__(self, doc, workspace):
        self.doc = doc
        self.workspace = workspace
        self.version = 0             # any change: views compare it with what they drew
        self.structure_version = 0   # network, data or settings changed (items, axes, combos)
        self.lineage = 0             # structure changed or weights reset: the weight history starts anew
        self.error: str | None = None   # why there is no model (a user-facing message), if known
        self._model = None
        self._weights_stale = False
        self._refused = False        # insight_model said no for the current network and data
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
        self._refused = False
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
        if ds is None:
            self.error = self.workspace.dataset_error
            return None
        if self._model is None:
            if self._refused:
                return None     # until the network, data or settings change (checking is not free)
            try:
                self._model = insight_model(self.doc, ds)
            except NNStudioError as e:
                self.error = message_of(e)
                self._refused = True
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
        """(x, y): a fixed slice of the training set for statistics (dead units, gradients): up
        to PROBE_SIZE samples, fewer where every layer's outputs for them (which a backward pass
        keeps) would pass ``budget.INSIGHT_BATCH_VALUES``."""
        if self._probe is None and self.dataset is not None:
            ds, model = self.dataset, self.model()
            per_sample = budget.outputs_per_sample(model.layers) if model is not None else 0
            n = budget.insight_batch(per_sample, PROBE_SIZE)
            self._probe = ds.x_train[:n], ds.y_train[:n]
        return self._probe
