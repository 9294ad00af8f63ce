"""Weights and gradients: histograms over the epochs from snapshots, dead ReLU shares."""

import numpy as np

from nnstudio.gui.insight.part import WeightRecorder
from nnstudio.gui.insight.weights_view import WeightsView
from nnstudio.insight import LiveModel, WeightHistory
from nnstudio.insight.layer_stats import dead_relu_units
from nnstudio.insight.outputs import layer_outputs
from nnstudio.project.history import History
from tests.insight.trained import trained_doc


def test_snapshots_as_weights_arrive_make_the_epoch_heatmaps(qtbot):
    doc, ws, _ = trained_doc("digits_mlp")
    live = LiveModel(doc, ws)
    history = WeightHistory()
    recorder = WeightRecorder(live, history)
    recorder.record()                              # the weights the view opens on
    doc.history = History()
    run = doc.history.new_run({})
    final = [w.copy() for w in doc.weights]
    for epoch in range(1, 6):                      # as training would send them, epoch by epoch
        run.epochs.append({"epoch": epoch})
        doc.set_weights([w * (0.5 + epoch / 10) for w in final])
        recorder.record()
    view = WeightsView(live, history)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.refresh()
    assert [h.layer_name for h in history.layers] == ["dense", "dense_1"]
    h = history.layers[0]
    assert h.weights.labels == [0, 1, 2, 3, 4, 5]  # the weights it opened on, then one per epoch
    assert h.gradients.labels[-1] == 5
    row = view.rows[0]
    assert row.weights_image.image.shape == (h.weights.bins, 6)   # value bins up, epochs across
    x, counts = row.curve.getData()
    assert counts.sum() == 64 * 64
    model = live.model()
    dead = dead_relu_units(layer_outputs(model, live.probe_batch()[0]), model)
    assert view.dead_share("dense") == dead[0].share
    assert "dead ReLU units" in row.title.text
    assert "Dead ReLU" in view.summary.text()


def test_a_reset_starts_a_new_history(qtbot):
    doc, ws, _ = trained_doc("circle")
    live = LiveModel(doc, ws)
    history = WeightHistory()
    recorder = WeightRecorder(live, history)
    recorder.record()
    doc.set_weights([w * 2 for w in doc.weights])
    recorder.record()
    assert len(history.layers[0].weights) >= 1
    doc.set_weights(None)
    recorder.record()
    assert all(len(h.weights) == 1 for h in history.layers)
    assert np.isfinite(history.layers[0].weights.matrix()).all()
