"""Decision boundaries: the model's output over a plane of raw input values.

The plane spans two raw features (the two coordinates of 2-D data, or two columns the user picks
from a table, the other columns held at their training mean). Grid points go through
``dataset.featurize``, exactly like the training data, before the model sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.i18n import M_
from nnstudio.insight import outputs
from nnstudio.insight.palette import blend_to_white, class_rgb_table, diverging_rgb, to_rgba_bytes

DISCRETE_STRENGTH = 0.55
MAX_STRENGTH = 0.6   # the most confident region stays lighter than the points drawn on it


def supports_plane(dataset) -> bool:
    """A plane needs raw samples that are rows of at least two numbers (not images)."""
    return (dataset is not None and dataset.kind in ("points2d", "tabular")
            and dataset.x_train_raw.ndim == 2 and dataset.x_train_raw.shape[1] >= 2)


def number_inputs(dataset) -> list[int]:
    """The raw features that are measured numbers: for a CSV table, its number columns (not one-hot
    categories, date parts or "is missing" flags); otherwise every feature."""
    n = dataset.x_train_raw.shape[1]
    prep = getattr(dataset, "preprocessing", None)
    if prep is None:
        return list(range(n))
    numbers, start = [], 0
    for column in prep.columns:
        width = len(column.input_names())
        if column.role == "number":
            numbers.append(start)
        start += width
    return numbers if len(numbers) >= 2 else list(range(n))


def informativeness(dataset, indices) -> np.ndarray:
    """How much each feature alone tells about the target, from 0 to 1, on the training rows: for
    classes the share of its variance between the classes (η²), for a regression its squared
    correlation with the target."""
    x = np.asarray(dataset.x_train_raw, dtype=np.float64)[:, indices]
    y = np.asarray(dataset.y_train)
    total = ((x - x.mean(axis=0)) ** 2).sum(axis=0)
    if dataset.task == "classification":
        y = y.argmax(axis=1) if y.ndim == 2 else y.reshape(-1)
        between = sum((y == c).sum() * (x[y == c].mean(axis=0) - x.mean(axis=0)) ** 2 for c in np.unique(y))
    else:
        t = y.reshape(len(y), -1)[:, 0].astype(np.float64)
        t = t - t.mean()
        between = ((x - x.mean(axis=0)) * t[:, None]).sum(axis=0) ** 2 / max(float((t ** 2).sum()), 1e-300)
    return np.where(total > 0, between / np.where(total > 0, total, 1.0), 0.0)


def default_axes(dataset) -> tuple[int, int, bool]:
    """The two features a plane starts with: (x, y, chosen). For a table of more than two features,
    its two most informative number columns (``chosen`` True); else the first two."""
    if dataset.kind != "tabular" or dataset.x_train_raw.shape[1] <= 2 or not len(dataset.y_train):
        return 0, 1, False
    indices = number_inputs(dataset)
    order = np.argsort(-informativeness(dataset, indices), kind="stable")
    return int(indices[order[0]]), int(indices[order[1]]), True


@dataclass(frozen=True)
class Plane:
    """Which two raw features span the plane, over which ranges, and the values of the others."""

    x_index: int
    y_index: int
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    held: np.ndarray              # one full raw sample: the value of every other feature
    feature_names: tuple[str, ...]

    @property
    def held_names(self) -> tuple[str, ...]:
        return tuple(n for i, n in enumerate(self.feature_names) if i not in (self.x_index, self.y_index))


def make_plane(dataset, x_index=0, y_index=1, pad=0.08) -> Plane:
    train, test = np.asarray(dataset.x_train_raw), np.asarray(dataset.x_test_raw)
    n_features = train.shape[1]

    def column(i):  # only the two plotted columns are copied, not the whole (maybe 60k × 784) data
        return np.concatenate([train[:, i], test[:, i]]).astype(np.float64)
    if not (0 <= x_index < n_features and 0 <= y_index < n_features) or x_index == y_index:
        raise ValueError(M_("errors", "Expected two different features of {count}. Received: {x}, {y}")
                         .format(count=n_features, x=x_index, y=y_index))
    names = tuple(dataset.feature_names) if len(dataset.feature_names) == n_features else tuple(
        M_("notes", "feature {n}").format(n=i + 1) for i in range(n_features))
    if dataset.kind == "points2d":
        # a square, centred view like TensorFlow Playground's
        half = float(max(np.abs(column(0)).max(), np.abs(column(1)).max())) * (1 + pad) or 1.0
        x_range = y_range = (-half, half)
    else:
        x_range, y_range = (_padded(column(x_index), pad), _padded(column(y_index), pad))
    held = train.mean(axis=0, dtype=np.float64)
    return Plane(x_index, y_index, x_range, y_range, held, names)


def _padded(values, pad):
    lo, hi = float(np.min(values)), float(np.max(values))
    span = hi - lo or max(abs(lo), 1.0)
    return lo - pad * span, hi + pad * span


#: a redraw evaluates resolution² grid points of every feature: wide data gets a coarser grid
#: (784 pixels: 43 × 43) so that one redraw costs tens of milliseconds, not hundreds
MAX_GRID_VALUES = 1_500_000
MIN_RESOLUTION = 24


def resolution_for(n_features: int, wanted: int = 100) -> int:
    """The grid resolution for data with ``n_features`` raw features: ``wanted``, or less for wide
    data (at most :data:`MAX_GRID_VALUES` raw values, at least :data:`MIN_RESOLUTION` cells)."""
    fits = int(np.sqrt(MAX_GRID_VALUES / max(1, n_features)))
    return max(min(wanted, MIN_RESOLUTION), min(wanted, fits))


def grid_axes(plane: Plane, resolution: int) -> tuple[np.ndarray, np.ndarray]:
    """Cell-centre coordinates along x and y (``resolution`` each)."""
    def centres(lo, hi):
        step = (hi - lo) / resolution
        return lo + step * (np.arange(resolution) + 0.5)
    return centres(*plane.x_range), centres(*plane.y_range)


def grid_raw(plane: Plane, resolution: int) -> np.ndarray:
    """Raw samples at the grid's cell centres, row-major with y along rows: (res*res, n_features)."""
    xs, ys = grid_axes(plane, resolution)
    gx, gy = np.meshgrid(xs, ys)
    raw = np.repeat(plane.held[None, :], gx.size, axis=0)
    raw[:, plane.x_index] = gx.ravel()
    raw[:, plane.y_index] = gy.ravel()
    return raw


@dataclass(frozen=True)
class BoundaryGrid:
    """The model's answer on a grid: rows follow y (low to high), columns follow x."""

    plane: Plane
    xs: np.ndarray
    ys: np.ndarray
    task: str
    probabilities: np.ndarray | None   # (res, res, n_classes) for classification
    classes: np.ndarray | None         # (res, res) predicted class
    values: np.ndarray | None          # (res, res) predicted value (regression)

    def cell_of(self, x, y) -> tuple[int, int]:
        """(row, column) of the grid cell holding the raw point (x, y)."""
        def index(v, lo, hi, n):
            return int(np.clip(np.floor((v - lo) / (hi - lo) * n), 0, n - 1))
        return (index(y, *self.plane.y_range, len(self.ys)), index(x, *self.plane.x_range, len(self.xs)))

    def class_at(self, x, y) -> int:
        r, c = self.cell_of(x, y)
        return int(self.classes[r, c])

    def value_at(self, x, y) -> float:
        r, c = self.cell_of(x, y)
        return float(self.values[r, c])


def compute_boundary(model, dataset, plane: Plane, resolution=100) -> BoundaryGrid:
    xs, ys = grid_axes(plane, resolution)
    out = outputs.predict(model, dataset.featurize(grid_raw(plane, resolution)))
    if dataset.task == "classification":
        probs = outputs.class_probabilities(model, out, dataset.n_classes)
        classes, _ = outputs.predicted_classes(probs)
        return BoundaryGrid(plane, xs, ys, dataset.task, probs.reshape(resolution, resolution, -1),
                            classes.reshape(resolution, resolution), None)
    values = outputs.regression_values(out).reshape(resolution, resolution)
    return BoundaryGrid(plane, xs, ys, dataset.task, None, None, values)


def class_image(grid: BoundaryGrid, discrete=False) -> np.ndarray:
    """RGBA bytes (res, res, 4): each cell in its predicted class's colour, faded towards white
    where the model is unsure (confidence as lightness); ``discrete`` paints hard regions."""
    probs = grid.probabilities
    k = probs.shape[-1]
    colours = class_rgb_table(k)[grid.classes]
    if discrete:
        strength = np.full(grid.classes.shape, DISCRETE_STRENGTH)
    else:
        confidence = probs.max(axis=-1)
        # 1/k (a coin toss between all classes) -> white; certainty -> full strength
        strength = (confidence - 1.0 / k) / (1.0 - 1.0 / k) * MAX_STRENGTH
    return to_rgba_bytes(blend_to_white(colours, strength))


def value_scale(dataset) -> tuple[float, float]:
    """(centre, half-width) of the colour scale for a regression target: the training mean ± the
    largest distance from it, so white means 'average' and the ends are the extremes seen."""
    y = np.asarray(dataset.y_train, dtype=np.float64).ravel()
    centre = float(y.mean()) if y.size else 0.0
    if dataset.kind == "points2d":
        centre = 0.0   # Playground's targets are signed: white at 0
    half = float(np.abs(y - centre).max()) if y.size else 1.0
    return centre, half or 1.0


def value_image(grid: BoundaryGrid, centre: float, half: float) -> np.ndarray:
    return to_rgba_bytes(diverging_rgb(grid.values - centre, half))
