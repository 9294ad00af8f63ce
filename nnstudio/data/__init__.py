"""Data sets for NN Studio: TensorFlow Playground's 2-D sets, scikit-learn's bundled real
sets, the classic example's data and CSV import, all as ready-split ``Dataset`` objects.

Qt-free. ``load_dataset(spec)`` is the one way in; ``DATASETS`` is the catalogue.
"""

from nnstudio.data.cancel import Cancelled
from nnstudio.data.csv_import import CsvOptions, read_csv
from nnstudio.data.csv_sniff import CsvPreview, sniff_csv
from nnstudio.data.dataset import Dataset
from nnstudio.data.registry import DATASETS, DatasetInfo, load_dataset, resolve_spec
from nnstudio.data.splits import random_split, stratified_split
from nnstudio.data.transforms import Standardizer

__all__ = [
    "Cancelled", "CsvOptions", "CsvPreview", "DATASETS", "Dataset", "DatasetInfo",
    "Standardizer", "load_dataset", "random_split", "read_csv", "resolve_spec", "sniff_csv",
    "stratified_split",
]
