"""Colour-blind-safe colours shared by the insight views (as RGB byte triples, Qt-free).

Classes use the Okabe–Ito palette (orange and blue first, as TensorFlow Playground); signed
values (weights, activations, regression outputs) use an orange ↔ white ↔ blue diverging
scale, which stays readable for the common colour-vision deficiencies.
"""

from __future__ import annotations

import numpy as np

#: Okabe–Ito without black, then three of Paul Tol's muted colours for sets of up to 10 classes.
CLASS_HEX = ("#E69F00", "#0072B2", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442",
             "#882255", "#44AA99", "#999999")
NEGATIVE_HEX = "#E66100"   # orange: negative weights and values
POSITIVE_HEX = "#0072B2"   # blue: positive weights and values
NEUTRAL_RGB = np.array([247, 247, 247], dtype=np.float64)


def hex_to_rgb(code: str) -> tuple[int, int, int]:
    code = code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def class_hex(k: int) -> str:
    """The colour of class ``k`` as ``#RRGGBB`` (cycling after 10 classes): the one every view,
    the data preview and the gallery use."""
    return CLASS_HEX[int(k) % len(CLASS_HEX)]


def class_rgb(k: int) -> tuple[int, int, int]:
    """The colour of class ``k`` (cycling after 10 classes)."""
    return hex_to_rgb(class_hex(k))


def class_rgb_table(n_classes: int) -> np.ndarray:
    return np.array([class_rgb(k) for k in range(max(1, n_classes))], dtype=np.float64)


def blend_to_white(rgb: np.ndarray, strength: np.ndarray) -> np.ndarray:
    """``rgb`` (…, 3) faded towards white: strength 0 gives white, 1 the full colour."""
    s = np.clip(strength, 0.0, 1.0)[..., None]
    return NEUTRAL_RGB * (1.0 - s) + rgb * s


def diverging_rgb(values: np.ndarray, scale: float) -> np.ndarray:
    """Signed ``values`` -> RGB floats (…, 3): orange below 0, white at 0, blue above, saturating
    at ±``scale``."""
    scale = float(scale) if scale and np.isfinite(scale) and scale > 0 else 1.0
    t = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64)) / scale, -1.0, 1.0)
    neg = np.array(hex_to_rgb(NEGATIVE_HEX), dtype=np.float64)
    pos = np.array(hex_to_rgb(POSITIVE_HEX), dtype=np.float64)
    colour = np.where((t < 0)[..., None], neg, pos)
    return blend_to_white(colour, np.abs(t))


def to_rgba_bytes(rgb: np.ndarray, alpha: int = 255) -> np.ndarray:
    """Float RGB (…, 3) -> uint8 RGBA (…, 4), C-contiguous (what an image item wants)."""
    out = np.empty(rgb.shape[:-1] + (4,), dtype=np.uint8)
    out[..., :3] = np.clip(np.rint(rgb), 0, 255)
    out[..., 3] = alpha
    return out
