"""Glass box: the numbers shown are the engine's, and the update shown is what the step did."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnstudio.gui.insight.glass_box_view import GlassBoxView
from nnstudio.insight import LiveModel
from nnstudio.insight.glass_box import batch_indices
from nnstudio.project import model_for_project
from nnstudio.project import model_for_project, prepare_targets
from tests.insight.trained import trained_doc

X, W, WX, GRAD, UPDATE, NEW = 1, 2, 3, 4, 5, 6   # table columns


@pytest.fixture
def glass(qtbot):
    doc, ws, _ = trained_doc("circle")
    view = GlassBoxView(LiveModel(doc, ws))
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.refresh()
    return view, doc, ws


def test_shown_values_are_the_engines_forward_pass(glass):
    view, doc, ws = glass
    view.select_neuron(1, 1)                  # dense_1 (4 tanh inputs -> 2 tanh), unit 1
    view.sample_spin.setValue(7)
    x = ws.dataset.x_train[7:8]
    model = model_for_project(doc, ws.dataset)
    hidden = model.layers[0].forward(x, False)
    out = model.layers[1].forward(hidden, False)
    assert np.array_equal(view.column_values(X), hidden[0])
    assert np.array_equal(view.column_values(W), model.layers[1].weights_dict["kernel"][:, 1])
    assert view.bias_row()[W] == pytest.approx(float(model.layers[1].weights_dict["bias"][1]))
    c = view.computation
    assert c.weighted_sum == float(model.layers[1]._z[0, 1])
    assert c.output == float(out[0, 1])
    text = view.formula.text()
    assert "tanh" in text and f"{c.output:.6g}".replace("-", "−") in text
    assert np.isnan(view.column_values(GRAD)).all()    # no step yet


def test_the_update_shown_equals_the_change_the_step_made(glass):
    view, doc, ws = glass
    view.select_neuron(1, 0)
    before = [w.copy() for w in doc.weights]
    iterations = doc.optimizer_state.iterations
    old_model = model_for_project(doc, ws.dataset)
    record = view.step_one_batch()
    after = doc.weights
    kernel_before, kernel_after = before[2], after[2]          # dense_1 kernel in Keras order
    assert not np.array_equal(kernel_before, kernel_after)
    shown = view.column_values(UPDATE)
    assert np.allclose(shown, (kernel_after[:, 0].astype(float) - kernel_before[:, 0]), atol=0, rtol=0)
    assert view.bias_row()[UPDATE] == pytest.approx(float(after[3][0]) - float(before[3][0]), abs=1e-12)
    assert np.array_equal(view.column_values(NEW), kernel_after[:, 0])
    # the gradients are the engine's on that batch, with the weights before the step
    idx = batch_indices(ws.dataset.n_train, doc.training.batch_size, 0)
    assert record.batch.tolist() == idx.tolist()
    y = prepare_targets(old_model.loss, ws.dataset.y_train[idx], 2, 2)
    _, _, grads = old_model.compute_gradients(*old_model.prepare(ws.dataset.x_train[idx], y))
    assert np.allclose(view.column_values(GRAD), grads[2][:, 0], rtol=1e-5, atol=1e-9)
    # the computation shown is the forward pass that gave those gradients (weights before the step)
    assert np.array_equal(view.column_values(W), kernel_before[:, 0])
    assert view.sample_spin.value() == idx[0]
    assert "Adam" in view.optimizer_label.text() and "lr = 0.03" in view.optimizer_label.text()
    # the optimizer went on from the project's state: its step counter moved by one
    assert record.iteration == doc.optimizer_state.iterations == iterations + 1


def test_successive_steps_take_successive_batches(glass):
    view, doc, ws = glass
    first = view.step_one_batch()
    second = view.step_one_batch()
    assert second.batch[0] == first.batch[-1] + 1
    assert second.iteration == first.iteration + 1


def test_stepping_is_off_while_a_run_trains(glass):
    view, doc, ws = glass
    ws.training_active = True
    view.update_enabled()
    assert not view.step_button.isEnabled()
    weights = [w.copy() for w in doc.weights]
    assert view.step_one_batch() is None
    assert all(np.array_equal(a, b) for a, b in zip(weights, doc.weights))
    ws.training_active = False
    view.update_enabled()
    assert view.step_button.isEnabled()


def test_new_weights_from_elsewhere_clear_the_step(glass):
    view, doc, ws = glass
    view.step_one_batch()
    assert view.step is not None
    doc.set_weights([w * 1.0 for w in doc.weights])      # e.g. a training epoch
    view.refresh()
    assert view.step is None
    assert np.isnan(view.column_values(UPDATE)).all()
    assert view.table.item(0, 0).text() == "x1"          # the inputs are named after the features
    assert view.layer_combo.currentData() in (0, 1, 2)
    assert view.table.item(0, X).data(Qt.ItemDataRole.UserRole) is not None
