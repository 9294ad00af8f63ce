"""What the insight views compute, without Qt: decision boundaries, evaluation, weight and
gradient histories, dead units, neuron outputs, the glass box's step, and drawn digits.

Every function works on a model copy the caller owns (:class:`LiveModel`), never on the one a
training run is updating.
"""

from nnstudio.insight.boundary import BoundaryGrid, Plane, compute_boundary, make_plane, supports_plane
from nnstudio.insight.evaluation import (ClassificationReport, RegressionReport, confusion_matrix, evaluate,
                                         precision_recall, r2_score, rmse)
from nnstudio.insight.glass_box import (NeuronComputation, StepRecord, batch_indices, neuron_computation,
                                        optimizer_formula, optimizer_step)
from nnstudio.insight.histograms import GrowingHistogram
from nnstudio.insight.layer_stats import DeadUnits, dead_relu_units, probe_gradients
from nnstudio.insight.live_model import LiveModel
from nnstudio.insight.neurons import DenseNetwork, column_outputs, dense_network
from nnstudio.insight.weight_history import WeightHistory

__all__ = ["BoundaryGrid", "Plane", "compute_boundary", "make_plane", "supports_plane", "ClassificationReport",
           "RegressionReport", "confusion_matrix", "evaluate", "precision_recall", "r2_score", "rmse",
           "NeuronComputation", "StepRecord", "batch_indices", "neuron_computation", "optimizer_formula",
           "optimizer_step", "GrowingHistogram", "DeadUnits", "dead_relu_units", "probe_gradients", "LiveModel",
           "DenseNetwork", "column_outputs", "dense_network", "WeightHistory"]
