import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.insight.boundary import (class_image, compute_boundary, grid_raw, make_plane, supports_plane,
                                       value_image, value_scale)
from nnstudio.project import model_for_project
from nnstudio.project import make_example
from tests.insight.trained import trained_doc


def test_trained_circle_boundary_matches_predict_at_known_points():
    doc, ws, logs = trained_doc("circle")
    assert logs["test_accuracy"] > 0.9
    model = model_for_project(doc, ws.dataset)
    grid = compute_boundary(model, ws.dataset, make_plane(ws.dataset), 100)
    for x, y in ((0.0, 0.0), (-5.2, -5.2), (5.2, 5.2), (0.0, 4.8)):
        # the point the cell stands for: its centre
        r, c = grid.cell_of(x, y)
        point = np.array([[grid.xs[c], grid.ys[r]]])
        expected = int(np.argmax(model.predict(ws.dataset.featurize(point)), axis=1)[0])
        assert grid.class_at(x, y) == expected
    assert grid.class_at(0, 0) == 1      # the disc
    assert grid.class_at(-5.2, -5.2) == 0  # the ring's outside


def test_grid_goes_through_featurize():
    doc = make_example("circle")
    spec = dict(doc.data_spec, input_features=["x1", "x2", "x1^2", "sin(x2)"])
    ds = load_dataset(spec)
    layers = [dict(s) for s in doc.layers]
    layers[0] = {"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [4]}}
    doc.set_layers(layers)
    doc.set_data_spec(spec)
    model = model_for_project(doc, ds)
    plane = make_plane(ds)
    grid = compute_boundary(model, ds, plane, 20)
    raw = grid_raw(plane, 20)
    expected = model.predict(ds.featurize(raw)).argmax(axis=1).reshape(20, 20)
    assert np.array_equal(grid.classes, expected)


def test_tabular_plane_holds_the_other_features_at_their_mean():
    ds = load_dataset({"name": "iris"})
    assert supports_plane(ds)
    plane = make_plane(ds, 2, 3)
    raw = grid_raw(plane, 5)
    mean = ds.x_train_raw.mean(axis=0)
    assert np.allclose(raw[:, 0], mean[0]) and np.allclose(raw[:, 1], mean[1])
    assert plane.x_range[0] < ds.x_train_raw[:, 2].min() and plane.y_range[1] > ds.x_train_raw[:, 3].max()
    assert plane.x_range[0] <= raw[:, 2].min() and raw[:, 3].max() <= plane.y_range[1]
    assert plane.held_names == tuple(ds.feature_names[:2])
    with pytest.raises(ValueError):
        make_plane(ds, 1, 1)


def test_images_have_no_plane():
    assert not supports_plane(load_dataset({"name": "digits"}))


def test_colours_show_class_and_confidence():
    doc, ws, _ = trained_doc("circle")
    model = model_for_project(doc, ws.dataset)
    grid = compute_boundary(model, ws.dataset, make_plane(ws.dataset), 40)
    soft, hard = class_image(grid), class_image(grid, discrete=True)
    assert soft.shape == (40, 40, 4) and soft.dtype == np.uint8
    # the disc is blue (class 1), the outside orange (class 0)
    r, c = grid.cell_of(0, 0)
    assert hard[r, c, 2] > hard[r, c, 0]
    r, c = grid.cell_of(-5, -5)
    assert hard[r, c, 0] > hard[r, c, 2]
    # near the boundary the soft image is paler (closer to white) than where the model is sure
    confidence = grid.probabilities.max(axis=-1)
    unsure = np.unravel_index(confidence.argmin(), confidence.shape)
    sure = np.unravel_index(confidence.argmax(), confidence.shape)
    assert soft[unsure][:3].astype(int).sum() > soft[sure][:3].astype(int).sum()


def test_regression_values_use_a_diverging_scale():
    ds = load_dataset({"name": "plane"})
    centre, half = value_scale(ds)
    assert centre == 0.0 and half >= np.abs(ds.y_train).max() - 1e-9
    from nnstudio.insight.boundary import BoundaryGrid
    plane = make_plane(ds)
    values = np.array([[-half, 0.0], [half, 0]])
    grid = BoundaryGrid(plane, np.arange(2), np.arange(2), "regression", None, None, values)
    rgba = value_image(grid, centre, half)
    assert rgba[0, 0, 0] > rgba[0, 0, 2]      # lowest: orange
    assert rgba[1, 0, 2] > rgba[1, 0, 0]      # highest: blue
    assert rgba[0, 1, :3].min() > 240         # zero: white


def test_wide_data_gets_a_coarser_grid_within_the_value_budget():
    from nnstudio.insight.boundary import MAX_GRID_VALUES, MIN_RESOLUTION, resolution_for

    assert resolution_for(2) == 100                     # Playground's planes keep their full grid
    assert resolution_for(30) == 100
    wide = resolution_for(784)
    assert MIN_RESOLUTION <= wide < 100 and wide * wide * 784 <= MAX_GRID_VALUES
    assert resolution_for(10 ** 7) == MIN_RESOLUTION     # never a useless postage stamp
    assert resolution_for(784, wanted=20) == 20


def test_a_table_starts_with_its_two_most_informative_number_columns(tmp_path):
    from nnstudio.data import CsvOptions, read_csv
    from nnstudio.insight.boundary import default_axes

    rng = np.random.default_rng(0)
    lines = ["island,noise,weak,strong,sex,species"]
    for i in range(300):
        k = i % 3
        lines.append(f"{'ABC'[k] if rng.random() < 0.9 else 'ABC'[i % 2]},{rng.normal():.3f},"
                     f"{k + rng.normal(0, 2):.3f},{3 * k + rng.normal(0, 0.5):.3f},{'mf'[i % 2]},{'xyz'[k]}")
    path = tmp_path / "t.csv"
    path.write_text("\n".join(lines) + "\n")
    ds = read_csv(path, CsvOptions(target="species"))
    x, y, chosen = default_axes(ds)
    assert chosen and (ds.feature_names[x], ds.feature_names[y]) == ("strong", "weak")  # not island=A, not one-hot
    assert default_axes(load_dataset({"name": "circle"}))[:2] == (0, 1)
