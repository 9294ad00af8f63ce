import numpy as np
from sklearn import metrics

from nnstudio.insight.evaluation import confusion_matrix, evaluate, precision_recall, r2_score, rmse
from nnstudio.project import model_for_project
from tests.insight.trained import trained_doc


def test_confusion_matrix_precision_recall_agree_with_scikit_learn():
    rng = np.random.default_rng(0)
    y_true, y_pred = rng.integers(0, 4, 200), rng.integers(0, 4, 200)
    m = confusion_matrix(y_true, y_pred, 4)
    assert np.array_equal(m, metrics.confusion_matrix(y_true, y_pred, labels=range(4)))
    precision, recall = precision_recall(m)
    assert np.allclose(precision, metrics.precision_score(y_true, y_pred, average=None))
    assert np.allclose(recall, metrics.recall_score(y_true, y_pred, average=None))


def test_undefined_precision_is_nan_not_an_error():
    precision, recall = precision_recall(confusion_matrix([0, 0, 1], [0, 0, 0], 2))
    assert np.isnan(precision[1]) and recall[1] == 0.0


def test_r2_and_rmse_agree_with_scikit_learn():
    rng = np.random.default_rng(1)
    y, p = rng.normal(size=50), rng.normal(size=50)
    assert np.isclose(r2_score(y, p), metrics.r2_score(y, p))
    assert np.isclose(rmse(y, p), np.sqrt(metrics.mean_squared_error(y, p)))


def test_test_split_report_counts_every_test_sample_once():
    doc, ws, logs = trained_doc("iris")
    model = model_for_project(doc, ws.dataset)
    rep = evaluate(model, ws.dataset)
    assert rep.matrix.sum() == ws.dataset.n_test
    assert np.array_equal(rep.y_pred, model.predict(ws.dataset.x_test).argmax(axis=1))
    assert np.isclose(rep.accuracy, logs["test_accuracy"])
    cell = rep.samples_in_cell(1, 1)
    assert len(cell) == rep.matrix[1, 1]
