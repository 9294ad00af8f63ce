"""TensorFlow Playground's 2-D data sets, generated the way its ``dataset.ts`` does.

Each generator takes a sample count, a noise level in 0..0.5 (the Playground's 0–50 %) and
a seeded ``numpy.random.Generator`` and returns ``(points (n, 2), labels (n,))``. Class
labels are 0/1 (the Playground's -1/+1); regression labels are floats in about -1..1.
As in the Playground, noise on circle, xor, plane and multi-gaussian moves the point used
for the *label*, not the drawn point, so noisy labels appear near the boundary.
"""

from __future__ import annotations

import numpy as np

RADIUS = 6.0  # Playground's regression domain is [-6, 6]^2


def _halves(n: int) -> tuple[int, int]:
    return n - n // 2, n // 2


def circle(n, noise, rng):
    """Class 1 inside radius 2.5, class 0 in the ring 3.5..5 (labelled by a noisy copy)."""
    radius = 5.0
    n_in, n_out = _halves(n)
    r = np.concatenate([rng.uniform(0, radius * 0.5, n_in), rng.uniform(radius * 0.7, radius, n_out)])
    angle = rng.uniform(0, 2 * np.pi, n)
    pts = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    noisy = pts + rng.uniform(-radius, radius, (n, 2)) * noise
    labels = (np.hypot(noisy[:, 0], noisy[:, 1]) < radius * 0.5).astype(np.int64)
    return pts, labels


def xor(n, noise, rng):
    """Class 1 where x*y >= 0 (quadrants I and III), points kept 0.3 away from the axes."""
    pts = rng.uniform(-5, 5, (n, 2))
    pts += np.where(pts > 0, 0.3, -0.3)
    noisy = pts + rng.uniform(-5, 5, (n, 2)) * noise
    labels = (noisy[:, 0] * noisy[:, 1] >= 0).astype(np.int64)
    return pts, labels


def gauss(n, noise, rng):
    """Two gaussian blobs at (2, 2) (class 1) and (-2, -2) (class 0); noise widens them."""
    variance = 0.5 + noise / 0.5 * 3.5  # Playground: linear 0..0.5 -> 0.5..4
    n_pos, n_neg = _halves(n)
    centres = np.concatenate([np.full((n_pos, 2), 2.0), np.full((n_neg, 2), -2.0)])
    pts = centres + rng.normal(0.0, np.sqrt(variance), (n, 2))
    labels = np.concatenate([np.ones(n_pos, np.int64), np.zeros(n_neg, np.int64)])
    return pts, labels


def spiral(n, noise, rng):
    """Two interleaved spiral arms (class 1 and class 0, half a turn apart)."""
    parts, labels = [], []
    for count, delta, label in zip(_halves(n), (0.0, np.pi), (1, 0)):
        i = np.arange(count)
        r = i / count * 5
        t = 1.75 * i / count * 2 * np.pi + delta
        xy = np.stack([r * np.sin(t), r * np.cos(t)], axis=1)
        parts.append(xy + rng.uniform(-1, 1, (count, 2)) * noise)
        labels.append(np.full(count, label, np.int64))
    return np.concatenate(parts), np.concatenate(labels)


def moons(n, noise, rng):
    """scikit-learn's two half moons (gaussian noise of std ``noise`` in moon units),
    centred and scaled by 3 so they fill the same -6..6 view as the Playground sets."""
    from sklearn.datasets import make_moons  # imported on first use: sklearn is slow to import

    seed = int(rng.integers(0, 2**31 - 1))
    pts, labels = make_moons(n_samples=n, noise=noise, random_state=seed)
    pts = (pts - np.array([0.5, 0.25])) * 3.0
    return pts, labels.astype(np.int64)


def plane(n, noise, rng):
    """Regression on a tilted plane: label = (x + y) / 10 of a noisy copy of the point."""
    pts = rng.uniform(-RADIUS, RADIUS, (n, 2))
    noisy = pts + rng.uniform(-RADIUS, RADIUS, (n, 2)) * noise
    return pts, ((noisy[:, 0] + noisy[:, 1]) / 10.0)


# (cx, cy, sign) of the Playground's six bumps.
_BUMPS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]])


def multi_gaussian(n, noise, rng):
    """Regression on six ±1 bumps; the label is the bump value largest in size
    (each bump falls linearly from 1 at its centre to 0 at distance 2)."""
    pts = rng.uniform(-RADIUS, RADIUS, (n, 2))
    noisy = pts + rng.uniform(-RADIUS, RADIUS, (n, 2)) * noise
    d = np.hypot(noisy[:, None, 0] - _BUMPS[:, 0], noisy[:, None, 1] - _BUMPS[:, 1])
    values = _BUMPS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    pick = np.argmax(np.abs(values), axis=1)
    return pts, values[np.arange(n), pick]


GENERATORS = {
    "circle": circle, "xor": xor, "gauss": gauss, "spiral": spiral, "moons": moons,
    "plane": plane, "multi_gaussian": multi_gaussian,
}
