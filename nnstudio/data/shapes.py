"""Drawn shapes: 28×28 grey pictures of circles, squares and triangles, generated offline and
always the same for the same seed — picture data for a first convolutional network with no
download.

Each picture is one shape at a random place, size and angle, drawn filled or as an outline of
random thickness (edges anti-aliased), plus pixel noise. White ink on black, like MNIST.
"""

from __future__ import annotations

import numpy as np

from nnstudio.data.dataset import Dataset, make_dataset
from nnstudio.data.splits import stratified_split
from nnstudio.data.transforms import PixelScale
from nnstudio.i18n import N_

SIDE = 28
CLASS_NAMES = (N_("datasets", "circle"), N_("datasets", "square"), N_("datasets", "triangle"))
_CENTRE = (SIDE - 1) / 2
_ROWS, _COLS = np.mgrid[0:SIDE, 0:SIDE].astype(np.float64)


def _distance(kind, x, y, radius):
    """Signed distance-like value: < 0 inside the shape, ≈ distance to its edge in pixels."""
    if kind == 0:
        return np.hypot(x, y) - radius
    if kind == 1:
        half = radius * 0.8  # a square as large as the circle looks
        return np.maximum(np.abs(x), np.abs(y)) - half
    # an equilateral triangle: the largest distance past its three sides (inradius radius/2)
    angles = np.deg2rad([90.0, 210.0, 330.0])
    return np.max([x * np.cos(a) + y * np.sin(a) for a in angles], axis=0) - radius * 0.55


def draw_shape(kind, rng, noise):
    """One (SIDE, SIDE) picture of shape ``kind`` (0 circle, 1 square, 2 triangle), values 0–255."""
    radius = rng.uniform(6.0, 11.0)
    margin = radius + 1.5
    cx, cy = rng.uniform(margin, SIDE - 1 - margin, 2) if margin < _CENTRE else (_CENTRE, _CENTRE)
    angle = rng.uniform(0, 2 * np.pi)
    dx, dy = _COLS - cx, _ROWS - cy
    x = dx * np.cos(angle) + dy * np.sin(angle)
    y = -dx * np.sin(angle) + dy * np.cos(angle)
    d = _distance(kind, x, y, radius)
    if rng.random() < 0.5:  # filled
        ink = np.clip(0.5 - d, 0.0, 1.0)
    else:  # an outline 1.5 to 3 pixels wide
        ink = np.clip(0.5 - (np.abs(d) - rng.uniform(0.75, 1.5)), 0.0, 1.0)
    ink *= rng.uniform(0.7, 1.0)
    ink += rng.normal(0.0, noise, ink.shape)
    return np.clip(ink, 0.0, 1.0) * 255.0


def make_shapes(n_samples, noise, seed):
    """(pictures (n, SIDE, SIDE) uint8, labels) with the classes in turn (equal counts ±1)."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n_samples) % len(CLASS_NAMES)
    pictures = np.empty((n_samples, SIDE, SIDE), np.uint8)
    for i, kind in enumerate(labels):
        pictures[i] = np.rint(draw_shape(int(kind), rng, noise))
    return pictures, labels.astype(np.int64)


def build_shapes(spec: dict, description) -> Dataset:
    pictures, labels = make_shapes(spec["n_samples"], spec["noise"], spec["seed"])
    train, test = stratified_split(labels, spec["test_ratio"], np.random.default_rng(spec["seed"]))
    shape = (SIDE, SIDE, 1) if spec["layout"] == "image" else (SIDE * SIDE,)
    return make_dataset(spec, "classification", "images", pictures[train], labels[train], pictures[test],
                        labels[test], PixelScale(255.0, shape), class_names=CLASS_NAMES, input_shape=shape,
                        description=description)
