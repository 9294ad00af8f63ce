"""The drawn-shapes set: the same pictures for the same seed, three balanced classes, shapes a
small network can tell apart."""

import numpy as np

from nnstudio.data import load_dataset
from nnstudio.data.shapes import CLASS_NAMES, make_shapes


def test_same_seed_same_pictures_and_balanced_classes():
    a, ya = make_shapes(60, 0.1, seed=4)
    b, yb = make_shapes(60, 0.1, seed=4)
    c, _ = make_shapes(60, 0.1, seed=5)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(ya, yb)
    assert not np.array_equal(a, c)
    assert np.bincount(ya).tolist() == [20, 20, 20]
    assert a.shape == (60, 28, 28) and a.dtype == np.uint8


def test_shapes_differ_where_they_should():
    """Without noise, a filled circle and a filled square of the same size differ in their corners:
    the classes are told apart by shape (here: how much of the bounding box is ink)."""
    pictures, labels = make_shapes(600, 0.0, seed=0)
    ink = pictures > 127
    fill = []
    for k in range(3):
        ratios = []
        for p in ink[labels == k]:
            rows, cols = np.flatnonzero(p.any(1)), np.flatnonzero(p.any(0))
            box = (rows[-1] - rows[0] + 1) * (cols[-1] - cols[0] + 1)
            ratios.append(p.sum() / box)
        fill.append(np.median(ratios))
    assert fill[2] < fill[0]  # a triangle fills less of its box than a circle


def test_catalogue_entry_gives_an_image_dataset():
    ds = load_dataset({"name": "shapes", "n_samples": 90})
    assert ds.class_names == CLASS_NAMES and ds.input_shape == (28, 28, 1)
    assert ds.n_train + ds.n_test == 90 and ds.kind == "images"
    flat = load_dataset({"name": "shapes", "n_samples": 90, "layout": "flat"})
    assert flat.input_shape == (784,)
