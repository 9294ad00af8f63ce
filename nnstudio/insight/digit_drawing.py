"""From a drawing to the 8×8 digit the model sees, as scikit-learn's digits were made: the
original 32×32 bitmaps were cut into 4×4 blocks and each block's ink counted (0–16). Here the
pad's ink (0–1 per pixel) is area-averaged down to 8×8 and scaled to 0–16; ``dataset.featurize``
then applies the training data's own scaling and layout."""

from __future__ import annotations

import numpy as np

SIDE = 8
MAX_VALUE = 16.0
INK_THRESHOLD = 0.05


def area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights that average ``n_in`` cells into ``n_out`` by overlapping length."""
    edges_out = np.linspace(0.0, n_in, n_out + 1)
    lo = np.maximum(edges_out[:-1, None], np.arange(n_in)[None, :])
    hi = np.minimum(edges_out[1:, None], np.arange(1, n_in + 1)[None, :])
    overlap = np.clip(hi - lo, 0.0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def area_resize(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Exact area-averaging resize of a 2-D array (any sizes)."""
    image = np.asarray(image, dtype=np.float64)
    return area_matrix(image.shape[0], height) @ image @ area_matrix(image.shape[1], width).T


def fit_ink(ink: np.ndarray) -> np.ndarray:
    """The drawing cropped to its ink and centred in a square as tall or wide as the ink (the
    training digits fill their 8×8 box): a small or off-centre drawing becomes digit-sized."""
    rows = np.flatnonzero((ink > INK_THRESHOLD).any(axis=1))
    cols = np.flatnonzero((ink > INK_THRESHOLD).any(axis=0))
    if rows.size == 0:
        return ink
    crop = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    side = max(crop.shape)
    square = np.zeros((side, side), dtype=np.float64)
    top, left = (side - crop.shape[0]) // 2, (side - crop.shape[1]) // 2
    square[top:top + crop.shape[0], left:left + crop.shape[1]] = crop
    return square


def ink_to_digit(ink: np.ndarray, fit: bool = False) -> np.ndarray:
    """Pad ink (H, W) in 0..1 -> an 8×8 digit in 0..16 like scikit-learn's."""
    ink = np.clip(np.asarray(ink, dtype=np.float64), 0.0, 1.0)
    if fit:
        ink = fit_ink(ink)
    return area_resize(ink, SIDE, SIDE) * MAX_VALUE


def is_digits(dataset) -> bool:
    """Drawing works on the 8×8 digits, in flat or image layout."""
    return dataset is not None and dataset.name == "digits" and dataset.x_train_raw.shape[1:] == (SIDE, SIDE)
