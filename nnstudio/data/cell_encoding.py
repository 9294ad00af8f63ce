"""One raw CSV cell -> the numbers the network reads, in plain Python (the standard library only).

The app encodes a column's distinct texts with these functions, and the generated Keras and
PyTorch scripts carry this file's own source (``nnstudio/export/rows_code.py`` embeds it), so
the two cannot drift apart. A column is described by its JSON form (``ColumnEncoding.to_json``):
``role`` "number" | "category" | "date", ``missing`` (the gap treatment), ``fill`` (what a gap
becomes), ``categories`` and ``other`` (a last one-hot input for any value not in the list),
``numeric`` ("3" and "3.0" are one category), ``date_format`` and ``parts``.
"""

import datetime
import math

MISSING = frozenset({"", "na", "n/a", "nan", "?", "null", "none", "#n/a"})
TIME_FORMATS = ("", " %H:%M", " %H:%M:%S")


def is_missing(cell):
    """Whether a cell is a gap: empty, or a usual word for "no value" (NA, ?, null, ...)."""
    return cell is None or str(cell).strip().lower() in MISSING


def to_number(cell):
    """A cell as a float; NaN when it is missing or not a number."""
    if is_missing(cell):
        return float("nan")
    try:
        value = float(cell)
    except ValueError:
        return float("nan")
    return value if math.isfinite(value) else float("nan")


def number_text(value):
    """A number as a category name: 3.0 -> "3", 2.5 -> "2.5"."""
    return str(int(value)) if value == round(value) and abs(value) < 1e15 else repr(float(value))


def category_key(cell, numeric):
    """The category a (non-missing) cell names: its stripped text, or in a column of whole
    numbers the number written plainly."""
    cell = str(cell).strip()
    if numeric:
        value = to_number(cell)
        return cell if math.isnan(value) else number_text(value)
    return cell


def parse_date(cell, fmt):
    """A cell as a datetime in ``fmt`` ("iso" or a strptime format, a time allowed after it), or None."""
    cell = str(cell).strip()
    if fmt == "iso":
        if len(cell) < 8 or not cell[:4].isdigit() or cell[4] not in "-/":
            return None
        try:
            return datetime.datetime.fromisoformat(cell.replace("/", "-").replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return None
    for time_format in TIME_FORMATS:
        try:
            return datetime.datetime.strptime(cell, fmt + time_format)
        except ValueError:
            continue
    return None


def date_parts(value, parts):
    """The numbers a network learns from a date: the year, and the day of the year, the weekday and
    the hour as points on a circle (31 December next to 1 January, Sunday next to Monday)."""
    day = (value.timetuple().tm_yday - 1) / 365.25
    hour = (value.hour + value.minute / 60) / 24
    known = {"year": float(value.year),
             "day_of_year_sin": math.sin(2 * math.pi * day), "day_of_year_cos": math.cos(2 * math.pi * day),
             "weekday_sin": math.sin(2 * math.pi * value.weekday() / 7),
             "weekday_cos": math.cos(2 * math.pi * value.weekday() / 7),
             "hour_sin": math.sin(2 * math.pi * hour), "hour_cos": math.cos(2 * math.pi * hour)}
    return [known[p] for p in parts]


def cell_encoder(column):
    """A function: one raw cell (text or None) -> the column's inputs, a list of floats. A gap
    becomes the value learned from the training rows (plus 1 in an "is missing" input); a
    category never seen in training (or too rare in it) is the "other" input."""
    role, indicator = column["role"], column["missing"] == "indicator"

    def number(cell):
        value = to_number(cell)
        gap = math.isnan(value)
        return [column["fill"] if gap else value], gap

    index = {c: i for i, c in enumerate(column.get("categories", []))}
    other = bool(column.get("other"))

    def category(cell):
        values = [0.0] * (len(index) + other)
        gap = is_missing(cell)
        if gap and indicator:
            return values, gap
        i = index.get(column["fill"] if gap else category_key(cell, column.get("numeric")))
        if i is not None:
            values[i] = 1.0
        elif other:
            values[-1] = 1.0
        return values, gap

    def date(cell):
        value = None if is_missing(cell) else parse_date(cell, column["date_format"])
        if value is None:
            return list(column["fill"]), True
        return date_parts(value, column["parts"]), False

    encode = {"number": number, "category": category, "date": date}[role]

    def encode_cell(cell):
        values, gap = encode(cell)
        return values + [1.0 if gap else 0.0] if indicator else values
    return encode_cell


def answer(output, task, class_names):
    """One row of the network's output -> a class name (classification: the largest output, or
    a single sigmoid output above 0.5) or a number (regression)."""
    output = [float(v) for v in output]
    if task != "classification":
        return output[0]
    if len(output) == 1:
        return class_names[int(output[0] > 0.5)]
    return class_names[max(range(len(output)), key=output.__getitem__)]
