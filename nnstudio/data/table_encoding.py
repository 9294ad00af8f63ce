"""The preprocessing learned from a table: how each input column becomes numbers for the network
(gaps filled, categories one-hot, dates as year/season/weekday), the scaling, and the class names.

Fitted on the training rows only, then applied unchanged: to the whole file while it is read
(on each column's distinct values) and to raw rows as ``csv.DictReader`` gives them
(``encode_rows``), which is what every export reproduces. One cell is encoded by
``cell_encoding`` (which the generated scripts carry verbatim). ``to_json``/``from_json`` keep
it in the project file.

A category column has one more input, "other", for any value not in its list: a value never seen
in training, or one seen fewer than ``RARE_ROWS`` times. So that the network learns what "other"
means, a small share of the training rows (``OTHER_SHARE``) count as "other" when the rare values
alone are fewer (``hold_out_other``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from nnstudio.data import dates
from nnstudio.data.cell_encoding import answer, category_key, cell_encoder, is_missing, number_text, to_number
from nnstudio.errors import DataError
from nnstudio.i18n import M_

VERSION = 1
RARE_ROWS = 3      # a category seen in fewer training rows than this is "other"
OTHER_SHARE = 0.02  # at least this share of the training rows is "other" in each category column
OTHER = "(other)"  # the "other" input is named "column=(other)"
MAX_ONE_HOT = 100  # a category column has at most this many inputs: its most frequent values


@dataclass
class ColumnValues:
    """One column of the whole file as read: ``numbers`` (NaN = missing), or text as a vocabulary
    ``names`` ("" = missing) with each row's index into it in ``codes``."""

    numbers: np.ndarray | None = None
    names: np.ndarray | None = None
    codes: np.ndarray | None = None

    def missing(self) -> np.ndarray:
        if self.numbers is not None:
            return np.isnan(self.numbers)
        return np.array([is_missing(n) for n in self.names], dtype=bool)[self.codes]

    def subset(self, rows) -> ColumnValues:
        if self.numbers is not None:
            return ColumnValues(numbers=self.numbers[rows])
        return ColumnValues(names=self.names, codes=self.codes[rows])

    def texts(self) -> tuple[np.ndarray, np.ndarray]:
        """(vocabulary, codes) even for a number column."""
        if self.numbers is not None:
            values, codes = np.unique(self.numbers, return_inverse=True)
            return np.array(["" if np.isnan(v) else number_text(v) for v in values], dtype=str), codes.reshape(-1)
        return self.names, self.codes


@dataclass
class ColumnEncoding:
    """One input column's fitted encoding. ``fill`` is what a gap becomes (a number, a category
    name, or one value per date part); ``indicator`` adds a 0/1 "is missing" input; ``other``
    adds the "other" input after the categories (files of earlier versions have none: an unseen
    value was all zeros)."""

    name: str
    role: str  # "number" | "category" | "date"
    missing: str  # "drop" | "mean" | "median" | "most_frequent" | "indicator"
    fill: object = None
    categories: list = field(default_factory=list)
    numeric: bool = False  # a category column of whole numbers ("3" and "3.0" are the same)
    date_format: str | None = None
    parts: list = field(default_factory=list)
    other: bool = False
    capped: bool = field(default=False, compare=False)  # more values than MAX_ONE_HOT (not saved)

    @property
    def indicator(self) -> bool:
        return self.missing == "indicator"

    def input_names(self) -> list[str]:
        if self.role == "number":
            names = [self.name]
        elif self.role == "category":
            names = [f"{self.name}={c}" for c in self.categories] + [f"{self.name}={OTHER}"] * self.other
        else:
            names = [f"{self.name}:{p}" for p in self.parts]
        return names + ([f"{self.name} is missing"] if self.indicator else [])

    # ----- one cell at a time (raw rows) ------------------------------------------------------
    def encode_cells(self, cells) -> np.ndarray:
        """(len(cells), width) float64 for raw text cells."""
        encode = cell_encoder(self.to_json())
        return np.array([encode(c) for c in cells], dtype=np.float64).reshape(len(cells), len(self.input_names()))

    # ----- a whole column at once (the file while it is read) ---------------------------------
    def encode_values(self, column: ColumnValues) -> np.ndarray:
        if self.role == "number" and column.numbers is not None:
            values = column.numbers.reshape(-1, 1).copy()
            gaps = np.isnan(values[:, 0])
            values[gaps] = self.fill
            if self.indicator:
                values = np.column_stack([values, gaps.astype(np.float64)])
            return values
        names, codes = column.texts()  # encode each distinct text once, then index
        return self.encode_cells(list(names))[codes]

    def to_json(self) -> dict:
        out = {"name": self.name, "role": self.role, "missing": self.missing, "fill": self.fill}
        if self.role == "category":
            out.update(categories=list(self.categories), numeric=self.numeric, other=self.other)
        if self.role == "date":
            out.update(date_format=self.date_format, parts=list(self.parts))
        return out

    @classmethod
    def from_json(cls, data: dict) -> ColumnEncoding:
        return cls(name=str(data["name"]), role=str(data["role"]), missing=str(data["missing"]),
                   fill=data.get("fill"), categories=[str(c) for c in data.get("categories", [])],
                   numeric=bool(data.get("numeric", False)), date_format=data.get("date_format"),
                   parts=[str(p) for p in data.get("parts", [])], other=bool(data.get("other", False)))


def fit_column(name: str, role: str, missing: str, train: ColumnValues, other: bool = True) -> ColumnEncoding:
    """The encoding of one column, learned from its training rows (a category column with the
    "other" input unless ``other`` is false, as projects saved before it existed have it)."""
    if role == "number":
        numbers = train.numbers
        present = numbers[~np.isnan(numbers)]
        if not len(present):
            raise _no_values(name)
        fill = float(np.median(present)) if missing == "median" else float(present.mean())
        return ColumnEncoding(name, role, missing, fill=fill)
    names, codes = train.texts()
    counts = np.bincount(codes, minlength=len(names))
    if role == "category":
        numeric = train.numbers is not None or all(is_missing(n) or not np.isnan(to_number(n)) for n in names)
        totals: dict[str, int] = {}
        for n, c in zip(names, counts):
            if c and not is_missing(n):
                key = category_key(str(n), numeric)
                totals[key] = totals.get(key, 0) + int(c)
        if not totals:
            raise _no_values(name)
        every = sorted(totals, key=lambda k: (to_number(k), k)) if numeric else sorted(totals)
        frequent = sorted(every, key=lambda k: -totals[k])[:MAX_ONE_HOT]   # stable: ties in ``every`` order
        kept = {k for k in frequent if totals[k] >= RARE_ROWS}
        order = [k for k in every if k in kept]
        return ColumnEncoding(name, role, missing, fill=frequent[0], categories=order if other else every,
                              numeric=numeric, other=other, capped=len(every) > MAX_ONE_HOT)
    # a date
    by_count = [i for i in np.argsort(-counts, kind="stable") if counts[i] and not is_missing(names[i])][:500]
    used = [str(names[i]) for i in by_count]   # the most frequent first: an odd cell does not set the form
    fmt = dates.detect_format(used) or dates.best_format(used, counts[by_count])
    if fmt is None:
        raise DataError(M_("errors", 'Column "{column}" is marked as a date, but "{cell}" is not a date NN Studio '
                                     "can read (for example 2024-03-31 or 31/03/2024). Make it a category or leave "
                                     "it out.").format(column=name, cell=used[0] if used else ""))
    parsed = dates.parse(list(names), fmt)   # a cell in another form: see check_dates
    parts = list(dates.parts_for(dates.has_time(parsed)))
    table = dates.features(parsed, parts)
    weights = counts.astype(np.float64) * ~np.isnan(table[:, 0])
    if not weights.sum():
        raise _no_values(name)
    fill = [float(v) for v in np.nansum(table * weights[:, None], axis=0) / weights.sum()]
    return ColumnEncoding(name, role, missing, fill=fill, date_format=fmt, parts=parts)


def check_dates(encoding: ColumnEncoding, column: ColumnValues) -> None:
    """Every date of the whole column (not only the training rows the format was learned from) is
    in that format: a later row in another form is named, never silently filled."""
    names, codes = column.texts()
    used = np.zeros(len(names), dtype=bool)
    used[codes] = True
    for n in names[used]:
        if not is_missing(n) and dates.parse([str(n)], encoding.date_format)[0] is None:
            raise DataError(M_("errors", 'Column "{column}": "{cell}" is not a date in the same form as the others.')
                            .format(column=encoding.name, cell=str(n)))


def _no_values(name):
    return DataError(M_("errors", 'Column "{column}" has no values in the training rows, so it cannot be used. '
                                  "Leave it out of the inputs.").format(column=name))


@dataclass
class TablePreprocessing:
    """Everything between a raw CSV row and the network's input, and between its output and an
    answer: column encodings (in input order), standardization (``mean``/``std`` per input, or
    None) and, for classification, the class names."""

    columns: list[ColumnEncoding]
    target: str
    task: str
    class_names: list[str]
    mean: np.ndarray | None = None
    std: np.ndarray | None = None

    @property
    def input_names(self) -> list[str]:
        return [n for c in self.columns for n in c.input_names()]

    def encode_values(self, values: dict, rows=None) -> np.ndarray:
        """The encoded (not yet scaled) inputs from ``{column: ColumnValues}`` of the file (only
        ``rows``, in that order, if given), written column block by column block into one matrix.
        Takes each column out of ``values`` as it goes, so that its memory can go too."""
        first = values[self.columns[0].name]
        n = len(rows) if rows is not None else len(first.numbers if first.numbers is not None else first.codes)
        out = np.empty((n, len(self.input_names)))
        start = 0
        for c in self.columns:
            column = values.pop(c.name)
            block = c.encode_values(column if rows is None else column.subset(rows))
            del column
            out[:, start:start + block.shape[1]] = block
            start += block.shape[1]
        return out

    def hold_out_other(self, x_train: np.ndarray, rng) -> None:
        """Counts random training rows (encoded, not yet scaled; changed in place) as "other" in each
        category column where fewer than ``OTHER_SHARE`` of them are, so that the network learns
        the "other" input that an unseen value turns on at prediction time."""
        start = 0
        for c in self.columns:
            width = len(c.input_names())
            if c.role == "category" and c.other:
                known = len(c.categories)
                block = x_train[:, start:start + width]
                want = math.ceil(OTHER_SHARE * len(x_train)) - int(block[:, known].sum())
                candidates = np.flatnonzero(block[:, :known].any(axis=1))
                if want > 0 and len(candidates):
                    rows = rng.choice(candidates, size=min(want, len(candidates)), replace=False)
                    block[rows, :known] = 0.0
                    block[rows, known] = 1.0
            start += width

    def encode_rows(self, rows) -> np.ndarray:
        """Raw rows (dicts of column -> text, as ``csv.DictReader`` gives them) -> encoded inputs."""
        rows = list(rows)
        blocks = [c.encode_cells([r.get(c.name) for r in rows]) for c in self.columns]
        return np.column_stack(blocks) if blocks else np.empty((len(rows), 0))

    def scale(self, encoded) -> np.ndarray:
        x = np.asarray(encoded, dtype=np.float64)
        if self.mean is not None:
            x = (x - self.mean) / self.std
        return x.astype(np.float32)

    def encoded_fill(self) -> np.ndarray:
        """What a row of nothing but gaps encodes to: each encoded input's fill value."""
        return self.encode_rows([{}])[0]

    def scaling(self) -> tuple[np.ndarray, np.ndarray]:
        """(mean, std) per encoded input; zeros and ones when the inputs are not standardized."""
        n = len(self.input_names)
        if self.mean is None:
            return np.zeros(n), np.ones(n)
        return self.mean, self.std

    def preprocess(self, rows) -> np.ndarray:
        """Raw rows -> the network's float32 input."""
        return self.scale(self.encode_rows(rows))

    def answers(self, outputs) -> list:
        """Network outputs -> class names (classification) or numbers (regression)."""
        outputs = np.asarray(outputs)
        return [answer(o, self.task, self.class_names) for o in outputs.reshape(len(outputs), -1)]

    def to_json(self) -> dict:
        return {"version": VERSION, "target": self.target, "task": self.task, "class_names": list(self.class_names),
                "columns": [c.to_json() for c in self.columns], "inputs": self.input_names,
                "mean": None if self.mean is None else [float(v) for v in self.mean],
                "std": None if self.std is None else [float(v) for v in self.std]}

    @classmethod
    def from_json(cls, data: dict) -> TablePreprocessing:
        mean, std = data.get("mean"), data.get("std")
        return cls(columns=[ColumnEncoding.from_json(c) for c in data["columns"]], target=str(data["target"]),
                   task=str(data["task"]), class_names=[str(c) for c in data.get("class_names", [])],
                   mean=None if mean is None else np.asarray(mean, dtype=np.float64),
                   std=None if std is None else np.asarray(std, dtype=np.float64))
