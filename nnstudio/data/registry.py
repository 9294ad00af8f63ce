"""The catalogue of data sets (``DATASETS``) and ``load_dataset(spec)``, the one way in.

Titles and descriptions are English, marked with ``N_`` (context "datasets"); the GUI shows them
through ``QCoreApplication.translate("datasets", text)``."""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.errors import DataError
from nnstudio.i18n import M_, N_
from nnstudio.data import spec as specs
from nnstudio.data.bundled import build_bundled
from nnstudio.data.classic import build_classic
from nnstudio.data.image_folder import build_image_folder
from nnstudio.data.shapes import build_shapes
from nnstudio.data.dataset import Dataset
from nnstudio.data.playground import build_points2d


@dataclass(frozen=True)
class DatasetInfo:
    """What a data-set picker shows, and the spec a fresh choice starts from.

    ``ranges`` gives (lowest, highest) for each numeric setting in ``default_spec``.
    """

    name: str
    title: str
    description: str
    task: str
    kind: str
    default_spec: dict
    ranges: dict = field(default_factory=dict)


_SEED = {"seed": (0, 2**32 - 1)}
_TOY_RANGES = {"noise": (0.0, 0.5), "train_ratio": (0.1, 0.9), "n_samples": (10, 20000), **_SEED}
_SPLIT_RANGES = {"test_ratio": (0.05, 0.9), **_SEED}


def _toy(name, title, task, description, n_samples):
    default = {"name": name, "noise": 0.0, "train_ratio": 0.5, "n_samples": n_samples,
               "seed": 0, "input_features": ["x1", "x2"]}
    return DatasetInfo(name, title, description, task, "points2d", default, _TOY_RANGES)


def _real(name, title, description, kind="tabular", **extra):
    default = {"name": name, "test_ratio": 0.2, "seed": 0, **extra}
    return DatasetInfo(name, title, description, "classification", kind, default, _SPLIT_RANGES)


_INFOS = [
    _toy("circle", N_("datasets", "Circle"), "classification",
         N_("datasets", "Points inside a circle against points in a ring around it."), 500),
    _toy("xor", N_("datasets", "Exclusive or"), "classification",
         N_("datasets", "Four squares: the class is whether x and y have the same sign."), 500),
    _toy("gauss", N_("datasets", "Two gaussians"), "classification",
         N_("datasets", "Two round clouds of points; more noise makes them overlap."), 500),
    _toy("spiral", N_("datasets", "Spiral"), "classification",
         N_("datasets", "Two spiral arms wound into each other: hard for a small network."), 500),
    _toy("moons", N_("datasets", "Two moons"), "classification",
         N_("datasets", "Two interlocking half moons (scikit-learn's make_moons)."), 500),
    _toy("plane", N_("datasets", "Plane"), "regression",
         N_("datasets", "Predict a value that rises evenly from one corner to the other."), 1200),
    _toy("multi_gaussian", N_("datasets", "Multiple gaussians"), "regression",
         N_("datasets", "Predict a landscape of six hills and valleys."), 1200),
    _real("iris", N_("datasets", "Iris flowers"),
          N_("datasets", "150 iris flowers, 4 measurements each, 3 species (bundled with scikit-learn)."),
          standardize=True),
    _real("wine", N_("datasets", "Wine"),
          N_("datasets", "178 wines, 13 chemical measurements, 3 grape cultivars (bundled with scikit-learn)."),
          standardize=True),
    _real("breast_cancer", N_("datasets", "Breast cancer"),
          N_("datasets", "569 tumour samples, 30 measurements, malignant or benign (bundled with scikit-learn)."),
          standardize=True),
    _real("digits", N_("datasets", "Handwritten digits"),
          N_("datasets", "1797 handwritten digits 0–9 as 8×8 gray images (bundled with scikit-learn)."),
          kind="images", layout="flat"),
    DatasetInfo(
        "shapes", N_("datasets", "Drawn shapes"),
        N_("datasets", "Circles, squares and triangles drawn at random places, sizes and angles, "
                       "as 28×28 gray pictures (made on this computer: no download)."),
        "classification", "images",
        {"name": "shapes", "n_samples": 3000, "noise": 0.1, "test_ratio": 0.2, "seed": 0, "layout": "image"},
        {"n_samples": (30, 20000), "noise": (0.0, 0.5), **_SPLIT_RANGES},
    ),
    DatasetInfo(
        "classic", N_("datasets", "Classic example"),
        N_("datasets", "The data for the classic Keras example: 32 numbers per sample, 10 classes."),
        "classification", "tabular",
        {"name": "classic", "n_samples": 6000, "test_ratio": 0.2, "seed": 0},
        {"n_samples": (100, 200000), **_SPLIT_RANGES},
    ),
]

# name -> DatasetInfo, in the order a picker lists them. Read-only by convention: copy a
# default_spec before changing it.
DATASETS: dict[str, DatasetInfo] = {info.name: info for info in _INFOS}

CSV_INFO = DatasetInfo(
    "csv", N_("datasets", "CSV file"), N_("datasets", "Your own table of numbers from a CSV file."),
    "classification", "tabular",
    {"name": "csv", "path": None, "target": None, "features": None, "task": "auto",
     "missing": "auto", "columns": None, "standardize": True, "delimiter": None, "has_header": None,
     "test_ratio": 0.2, "seed": 0, "other_input": True},
    _SPLIT_RANGES,
)

IMAGE_FOLDER_INFO = DatasetInfo(
    "image_folder", N_("datasets", "Picture folder"),
    N_("datasets", "Your own pictures: a folder with one sub-folder of pictures per class."),
    "classification", "images",
    {"name": "image_folder", "path": None, "size": 28, "channels": 1, "test_ratio": 0.2, "seed": 0},
    {"size": (8, 128), **_SPLIT_RANGES},
)
_FILE_INFOS = {"csv": CSV_INFO, "image_folder": IMAGE_FOLDER_INFO}


def resolve_spec(spec) -> dict:
    """``spec`` with every missing key taken from the data set's defaults, all checked."""
    if not isinstance(spec, dict):
        raise DataError(M_("errors", 'A data spec must be a dictionary with a "name". Received: {spec!r}.')
                        .format(spec=spec))
    name = spec.get("name")
    info = (_FILE_INFOS.get(name) or DATASETS.get(name)) if isinstance(name, str) else None
    if info is None:
        raise DataError(M_("errors", "There is no data set called {name!r}. Choose one of: {names}, csv or image_folder.")
                        .format(name=name, names=", ".join(DATASETS)))
    return specs.resolve(spec, info.default_spec, info.ranges)


def load_dataset(spec: dict, progress=None, should_cancel=None) -> Dataset:
    """Builds the data set ``spec`` describes; the same spec always gives the same data.

    ``progress(fraction)`` and ``should_cancel()`` are used by CSV reading (the only slow
    case); cancelling raises ``Cancelled``.
    """
    full = resolve_spec(spec)
    name = full["name"]
    if name == "csv":
        from nnstudio.data.csv_import import CsvOptions, read_csv

        return read_csv(full["path"], CsvOptions.from_spec(full), progress=progress,
                        should_cancel=should_cancel)
    if name == "image_folder":
        return build_image_folder(full, IMAGE_FOLDER_INFO.description, progress, should_cancel)
    info = DATASETS[name]
    if info.kind == "points2d":
        dataset = build_points2d(full, info.task, info.description)
    elif name == "classic":
        dataset = build_classic(full, info.description)
    elif name == "shapes":
        dataset = build_shapes(full, info.description)
    else:
        dataset = build_bundled(full, info.description)
    if progress is not None:
        progress(1.0)
    return dataset
