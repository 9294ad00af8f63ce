"""Evaluation and predictions browser on the test split."""

import numpy as np
from PySide6.QtCore import Qt

from nnstudio.gui.insight.evaluation_view import EvaluationView
from nnstudio.gui.insight.predictions_view import PredictionsView
from nnstudio.insight import LiveModel
from nnstudio.project import make_example, model_for_project
from nnstudio.project.workspace import Workspace
from tests.insight.trained import trained_doc


def _show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(800, 650)
    view.show()
    view.refresh()
    return view


def test_confusion_matrix_counts_the_test_predictions(qtbot):
    doc, ws, _ = trained_doc("digits_mlp")
    view = _show(qtbot, EvaluationView(LiveModel(doc, ws)))
    ds = ws.dataset
    pred = model_for_project(doc, ds).predict(ds.x_test).argmax(axis=1)
    model = view.confusion
    k = ds.n_classes
    counts = np.array([[model.index(r, c).data(Qt.ItemDataRole.UserRole) for c in range(k)] for r in range(k)])
    assert counts.sum() == ds.n_test
    for r in range(k):
        for c in range(k):
            assert counts[r, c] == np.sum((ds.y_test == r) & (pred == c))
    # precision (last row) and recall (last column) as people read them
    recall = np.diag(counts) / counts.sum(axis=1)
    assert model.index(3, k).data() == f"{100 * recall[3]:.0f} %"
    precision = np.diag(counts) / counts.sum(axis=0)
    assert model.index(k, 5).data() == f"{100 * precision[5]:.0f} %"
    assert model.headerData(0, Qt.Orientation.Vertical) == "true 0"
    assert f"{100 * np.mean(pred == ds.y_test):.1f}" in view.title.text()


def test_clicking_a_cell_lists_its_samples(qtbot):
    doc, ws, _ = trained_doc("digits_mlp")
    view = _show(qtbot, EvaluationView(LiveModel(doc, ws)))
    rep = view.report
    wrong = np.argwhere((rep.matrix > 0) & ~np.eye(len(rep.matrix), dtype=bool))
    true_class, predicted = (int(v) for v in (wrong[0] if len(wrong) else (0, 0)))
    index = view.confusion.index(true_class, predicted)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    listed = view.listed_samples()
    expected = np.flatnonzero((rep.y_true == true_class) & (rep.y_pred == predicted))
    assert listed == expected.tolist() and len(listed) == rep.matrix[true_class, predicted]
    row = [view.samples.item(0, c).text() for c in range(4)]
    assert row[1] == str(true_class) and row[2] == str(predicted) and row[3].endswith("%")


def test_regression_shows_r2_and_rmse(qtbot):
    doc = make_example("gauss")
    doc.set_data_spec({"name": "plane"})
    layers = [dict(s) for s in doc.layers]
    layers[-1] = {"class_name": "Dense", "config": {**layers[-1]["config"], "units": 1}}
    doc.set_layers(layers)
    ws = Workspace(doc)
    view = _show(qtbot, EvaluationView(LiveModel(doc, ws)))
    rep = view.report
    assert rep.task == "regression" and view.pages.currentIndex() == 1
    x, y = view.scatter.getData()
    assert len(x) == ws.dataset.n_test
    assert "R²" in view.title.text() and "RMSE" in view.title.text()


def test_predictions_table_filters_and_frames_mistakes(qtbot):
    doc, ws, _ = trained_doc("digits_mlp")
    view = _show(qtbot, PredictionsView(LiveModel(doc, ws)))
    rep = view.report
    assert view.model.rowCount() == ws.dataset.n_test
    # numbered from 1, as the feature maps' "Test picture" spin box numbers the same pictures
    assert [view.model.index(r, 0).data() for r in range(2)] == ["1", "2"]
    assert view.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == 0
    assert view.tabs.isTabVisible(1)                      # images: a picture grid too
    framed = view.framed_samples()
    assert framed == np.flatnonzero(rep.y_true != rep.y_pred).tolist()
    view.class_filter.setCurrentIndex(view.class_filter.findData(8))
    rows = [view.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(view.model.rowCount())]
    assert rows and all(rep.y_true[i] == 8 for i in rows)
    assert view.grid.count() == len(rows)
    view.mistakes_check.setChecked(True)
    rows = [view.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(view.model.rowCount())]
    assert all(rep.y_true[i] == 8 and rep.y_pred[i] != 8 for i in rows)
    assert sorted(view.framed_samples()) == sorted(rows)
    if rows:
        r = 0
        assert view.model.index(r, 1).data() == "8"
        assert view.model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is not None   # shown in red
