"""The insight part in the main window: docks and View-menu toggles, live redraws during a real
run (only of the views on show), and the neuron view leading to the glass box."""

import numpy as np
from PySide6.QtWidgets import QDockWidget, QPushButton

from nnstudio.project import model_for_project
from tests.gui.training_fixtures import training_window, use_example, wait_state  # noqa: F401  (fixture)

NAMES = ["insightBoundaryDock", "insightNeuronsDock", "insightWeightsDock", "insightEvaluationDock",
         "insightPredictionsDock", "insightDrawDock", "insightGlassBoxDock"]


def test_views_are_docks_with_view_menu_toggles(training_window):
    window = training_window
    part = window.insight
    assert [d.objectName() for d in part.docks] == NAMES
    assert all(window.findChild(QDockWidget, n) is not None for n in NAMES)
    menu = window.findChild(type(window.menus["view"]), "insightMenu")
    actions = menu.actions()
    assert [a.text() for a in actions] == ["Decision boundary", "Neurons", "Weights and gradients", "Evaluation",
                                           "Predictions browser", "Draw a digit", "Glass box"]
    dock = part.docks[3]
    actions[3].trigger()
    assert dock.isHidden() != (not dock.isVisible()) or dock.isHidden()
    actions[3].trigger()
    assert not dock.isHidden()


def test_a_run_redraws_the_shown_view_live_and_leaves_hidden_ones_alone(qtbot, training_window):
    window = training_window
    use_example(window, "circle", epochs=300)     # long enough (~1 s) for several weight updates
    part = window.insight
    boundary, predictions = part.boundary, part.predictions
    window.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: boundary.is_shown(), timeout=15000)     # comes forward when a run starts
    qtbot.waitUntil(lambda: boundary.grid is not None, timeout=15000)
    wait_state(qtbot, window, "idle", timeout=30000)
    qtbot.waitUntil(lambda: not boundary.needs_refresh(), timeout=15000)
    assert predictions.drawn_version == -1 and not predictions.is_shown()   # never drawn while hidden
    doc, ds = window.doc, window.workspace.dataset
    model = model_for_project(doc, ds)
    for x, y in ((0.0, 0.0), (-5.3, -5.3)):
        assert boundary.displayed_class_at(x, y) == int(model.predict(ds.featurize([[x, y]])).argmax())
    labels = part.history.layers[0].weights.labels
    # one snapshot per weight update the UI thread got (how many depends on the machine's load)
    assert labels[-1] == doc.training.epochs and labels == sorted(labels)


def test_clicking_a_neuron_opens_the_glass_box(qtbot, training_window):
    window = training_window
    part = window.insight
    part.dock_for(part.neurons).raise_()
    qtbot.waitUntil(lambda: part.neurons.is_shown(), timeout=2000)
    part.tick(force=True)
    assert part.neurons.network is not None
    part.neurons.neuronSelected.emit(1, 1)
    qtbot.waitUntil(lambda: part.glass_box.is_shown(), timeout=2000)
    assert part.glass_box.layer_combo.currentData() == 1 and part.glass_box.unit_spin.value() == 1
    before = [w.copy() for w in window.doc.weights] if window.doc.weights is not None else None
    part.glass_box.step_button.click()
    assert window.doc.weights is not None
    if before is not None:
        assert not all(np.array_equal(a, b) for a, b in zip(before, window.doc.weights))


def test_shutdown_stops_the_timer(training_window):
    part = training_window.insight
    assert part.timer.isActive()
    part.shutdown()
    assert not part.timer.isActive()
