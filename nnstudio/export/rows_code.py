"""The ``preprocess(rows)`` / ``predict_rows(rows)`` part of the generated Keras and PyTorch
scripts for a model trained on a CSV table: the same steps as
``nnstudio.data.table_encoding`` (gaps filled, categories one-hot, dates as year/season/weekday,
standardization), written out in plain Python and NumPy so that the scripts need nothing from
NN Studio. ``tests/export/test_raw_rows.py`` checks both against the app on raw rows."""

from __future__ import annotations

import json

from nnstudio.export.code_common import literal

_CODE = r'''
# ----- raw CSV rows -> network inputs (the preprocessing learned in NN Studio) -----------------
import csv  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402

PREPROCESSING = json.loads($json)
MISSING = {"", "na", "n/a", "nan", "?", "null", "none", "#n/a"}


def _missing(cell):
    return cell is None or str(cell).strip().lower() in MISSING


def _number(cell):
    """A cell as a float (NaN when missing or not a number)."""
    if _missing(cell):
        return float("nan")
    try:
        value = float(cell)
    except ValueError:
        return float("nan")
    return value if math.isfinite(value) else float("nan")


def _number_text(value):
    return str(int(value)) if value == round(value) and abs(value) < 1e15 else repr(float(value))


def _date(cell, fmt):
    cell = str(cell).strip()
    if fmt == "iso":
        if len(cell) < 8 or not cell[:4].isdigit() or cell[4] not in "-/":
            return None
        try:
            return datetime.datetime.fromisoformat(cell.replace("/", "-").replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return None
    for time_part in ("", " %H:%M", " %H:%M:%S"):
        try:
            return datetime.datetime.strptime(cell, fmt + time_part)
        except ValueError:
            continue
    return None


def _date_parts(value, parts):
    day = (value.timetuple().tm_yday - 1) / 365.25
    hour = (value.hour + value.minute / 60) / 24
    known = {"year": float(value.year),
             "day_of_year_sin": math.sin(2 * math.pi * day), "day_of_year_cos": math.cos(2 * math.pi * day),
             "weekday_sin": math.sin(2 * math.pi * value.weekday() / 7),
             "weekday_cos": math.cos(2 * math.pi * value.weekday() / 7),
             "hour_sin": math.sin(2 * math.pi * hour), "hour_cos": math.cos(2 * math.pi * hour)}
    return [known[p] for p in parts]


def _encode(column, cell):
    """One cell -> the column's inputs (a gap becomes the value learned from the training rows)."""
    role, gap = column["role"], _missing(cell)
    if role == "number":
        value = _number(cell)
        gap = math.isnan(value)
        values = [column["fill"] if gap else value]
    elif role == "category":
        key = str(cell).strip() if not gap else None
        if key is not None and column.get("numeric") and not math.isnan(_number(key)):
            key = _number_text(_number(key))
        if gap and column["missing"] != "indicator":
            key = column["fill"]
        values = [1.0 if key == c else 0.0 for c in column["categories"]]  # unseen: all zeros ("other")
    else:
        value = None if gap else _date(cell, column["date_format"])
        gap = value is None
        values = list(column["fill"]) if gap else _date_parts(value, column["parts"])
    if column["missing"] == "indicator":
        values.append(1.0 if gap else 0.0)
    return values


def preprocess(rows):
    """Raw CSV rows (dicts of column -> text, as csv.DictReader gives them) -> the network's input."""
    encoded = np.array([[v for column in PREPROCESSING["columns"] for v in _encode(column, row.get(column["name"]))]
                        for row in rows], dtype="float64").reshape(-1, len(PREPROCESSING["inputs"]))
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
    if PREPROCESSING["task"] == "classification":
        index = (outputs[:, 0] > 0.5).astype(int) if outputs.shape[1] == 1 else outputs.argmax(axis=1)
        return [PREPROCESSING["class_names"][i] for i in index]
    return [float(v) for v in outputs.reshape(len(outputs), -1)[:, 0]]
'''

def rows_code(preprocessing) -> str:
    """The script text for ``preprocessing`` (a TablePreprocessing), or "" without one."""
    if preprocessing is None:
        return ""
    text = json.dumps(preprocessing.to_json(), separators=(",", ":"), allow_nan=False)
    return _CODE.replace("$json", literal(text))
