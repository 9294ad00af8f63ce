"""The ``preprocess(rows)`` / ``predict_rows(rows)`` part of the generated Keras and PyTorch
scripts for a model trained on a CSV table. One cell is encoded by the source of
``nnstudio.data.cell_encoding`` itself, copied into the script, so that the scripts run the
app's own rules (gaps filled, categories one-hot with "other", dates as year/season/weekday) and
need nothing from NN Studio; the standardization follows. ``tests/export/test_raw_rows.py``
checks both scripts against the app on raw rows."""

from __future__ import annotations

import ast
import inspect
import json

from nnstudio.data import cell_encoding
from nnstudio.export.code_common import literal


def cell_encoding_source() -> str:
    """``nnstudio/data/cell_encoding.py`` without its docstring (it imports only the standard library)."""
    source = inspect.getsource(cell_encoding)
    first = ast.parse(source).body[0]
    lines = source.splitlines()
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
        lines = lines[first.end_lineno:]
    return "\n".join(lines).strip() + "\n"


_CODE = r'''
# ----- raw CSV rows -> network inputs (the preprocessing learned in NN Studio) -----------------
# One cell is encoded by NN Studio's own nnstudio/data/cell_encoding.py, copied here unchanged.
import csv  # noqa: E402
import json  # noqa: E402

$cell_encoding

PREPROCESSING = json.loads($json)
_ENCODERS = [(column["name"], cell_encoder(column)) for column in PREPROCESSING["columns"]]


def preprocess(rows):
    """Raw CSV rows (dicts of column -> text, as csv.DictReader gives them) -> the network's input."""
    encoded = np.array([[v for name, encode in _ENCODERS for v in encode(row.get(name))] for row in rows],
                       dtype="float64").reshape(-1, len(PREPROCESSING["inputs"]))
    if PREPROCESSING["mean"] is not None:
        encoded = (encoded - np.array(PREPROCESSING["mean"])) / np.array(PREPROCESSING["std"])
    return encoded.astype("float32")


_load_number_inputs = load_inputs


def load_inputs(path):
    """(x, None) from a .csv of raw rows with the column names in its first row (as the table NN
    Studio was trained on); other files as before."""
    if str(path).endswith(".csv"):
        with open(path, newline="", encoding="utf-8-sig") as f:
            return preprocess(list(csv.DictReader(f))), None
    return _load_number_inputs(path)


def predict_rows(rows):
    """Class names (classification) or numbers (regression) for raw CSV rows."""
    outputs = np.asarray(predict(preprocess(rows)))
    return [answer(o, PREPROCESSING["task"], PREPROCESSING["class_names"]) for o in outputs.reshape(len(outputs), -1)]
'''

def rows_code(preprocessing) -> str:
    """The script text for ``preprocessing`` (a TablePreprocessing), or "" without one."""
    if preprocessing is None:
        return ""
    text = json.dumps(preprocessing.to_json(), separators=(",", ":"), allow_nan=False)
    return _CODE.replace("$cell_encoding", cell_encoding_source()).replace("$json", literal(text))
