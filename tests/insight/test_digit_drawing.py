import numpy as np

from nnstudio.data import load_dataset
from nnstudio.insight.digit_drawing import area_resize, fit_ink, ink_to_digit, is_digits


def test_area_resize_averages_blocks_exactly():
    rng = np.random.default_rng(0)
    img = rng.random((256, 256))
    expected = img.reshape(8, 32, 8, 32).mean(axis=(1, 3))
    assert np.allclose(area_resize(img, 8, 8), expected)
    odd = rng.random((10, 7))
    assert np.isclose(area_resize(odd, 3, 3).mean(), odd.mean())     # averaging keeps the mean ink
    assert area_resize(odd, 3, 3).shape == (3, 3)


def test_full_ink_is_16_and_empty_is_0():
    assert np.allclose(ink_to_digit(np.ones((256, 256))), 16)
    assert np.allclose(ink_to_digit(np.zeros((256, 256)), fit=True), 0)


def test_fit_centres_a_small_drawing():
    ink = np.zeros((256, 256))
    ink[10:50, 20:40] = 1.0         # small, top-left
    square = fit_ink(ink)
    assert square.shape == (40, 40)
    assert square[:, 10:30].all() and not square[:, :10].any()


def test_only_the_digits_accept_drawings():
    assert is_digits(load_dataset({"name": "digits", "layout": "image"}))
    assert not is_digits(load_dataset({"name": "iris"}))
