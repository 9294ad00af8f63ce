"""Parses one chunk of CSV text (whole lines) into numbers, vectorised where it can.

Fast path: no quotes -> the row widths are checked on the raw bytes with NumPy and
``numpy.loadtxt`` (a C parser) reads the columns. Anything it cannot take (quotes, missing
cells, a bad value, a ragged row) goes through the careful path, which uses the ``csv``
module and finds the exact row and column to report.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import numpy as np

from nnstudio.errors import DataError
from nnstudio.data.csv_sniff import DECIMAL_COMMA, DELIMITER_NAMES, MISSING, is_missing, short
from nnstudio.i18n import M_

_MISSING_LIST = sorted(MISSING)
_MISSING_SPELLINGS = sorted({f(m) for m in MISSING for f in (str.lower, str.upper, str.title)} - {"nan", "NAN", "Nan"})


@dataclass(frozen=True)
class Layout:
    """Which columns to take from each row, and their names for messages."""

    delimiter: str
    columns: tuple[str, ...]
    feature_idx: tuple[int, ...]
    target_idx: int
    target_numeric: bool = True  # a guess (from the preview) that only picks the fastest path
    text_idx: tuple[int, ...] = ()  # input columns read as text (categories, dates)


@dataclass
class Chunk:
    """Parsed rows. Features are floats (NaN = missing). The target is either numbers
    (NaN = missing) or, if any target cell in the chunk is text, a small vocabulary of
    stripped labels ("" = missing) plus each row's index into it."""

    x: np.ndarray
    rows: np.ndarray  # 1-based line number of each row
    target_numbers: np.ndarray | None = None
    label_names: np.ndarray | None = None
    label_codes: np.ndarray | None = None
    texts: list = ()  # per text column: (vocabulary of stripped cells, each row's code)


def parse_chunk(data: bytes, text: str, first_row: int, layout: Layout) -> Chunk:
    """``data`` is the chunk's bytes, ``text`` the same decoded; ``first_row`` its first line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if '"' not in text and "\r" not in text:
        chunk = _fast(data, text, first_row, layout)
        if chunk is not None:
            return chunk
    return _careful(text, first_row, layout)


def _row_widths(data: bytes, delimiter: str) -> np.ndarray:
    """Delimiters per line, counted on the bytes (the delimiter is one ASCII byte)."""
    b = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(b == 10)
    if len(b) and b[-1] != 10:
        ends = np.append(ends, len(b))
    if not len(ends):
        return np.empty(0, np.int64)
    starts = np.concatenate([[0], ends[:-1] + 1])  # every line has >= 1 byte, so increasing
    return np.add.reduceat(b == ord(delimiter), starts, dtype=np.int64)


def _fast(data, text, first_row, layout):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    d = layout.delimiter
    rows = first_row + np.arange(len(lines))
    # Every line's width, counted on the bytes (one vectorised pass): a row with a cell too many
    # and one with a cell too few balance each other in the chunk's total, so the total is not
    # enough; a ragged row goes to the careful path, which names it.
    odd = np.flatnonzero(_row_widths(data, d) != len(layout.columns) - 1)
    if len(odd):
        if any(lines[i].strip() for i in odd):
            return None  # a ragged row: the careful path names it
        keep = np.ones(len(lines), dtype=bool)
        keep[odd] = False
        lines = [line for line, k in zip(lines, keep) if k]
        rows = rows[keep]
    if not lines:
        empty = (np.array([], dtype=str), np.empty(0, np.int64))
        return Chunk(np.empty((0, len(layout.feature_idx))), rows, target_numbers=np.empty(0),
                     texts=[empty for _ in layout.text_idx])

    def load(columns, dtype=np.float64):
        if not len(columns):
            return np.empty((len(lines), 0), dtype=dtype)
        return np.loadtxt(lines, delimiter=d, usecols=columns, dtype=dtype, comments=None, ndmin=2)

    if layout.target_numeric:
        try:  # one pass when the target is a number column too
            both = load((*layout.feature_idx, layout.target_idx))
            return _with_texts(Chunk(both[:, :-1], rows, target_numbers=both[:, -1]), layout, load)
        except ValueError:
            pass
    try:
        x = load(layout.feature_idx)
        return _with_texts(_with_target(Chunk(x, rows), _target_cells(lines, layout, load)), layout, load)
    except ValueError:
        pass
    # Usually missing cells: spell them "nan" (which loadtxt reads) and try again, first
    # only the empty ones (cheap), then every marker; text among the inputs still fails.
    text = "\n".join(lines)
    for fill in (_fill_empty_cells, _spell_missing_as_nan):
        try:
            lines = fill(text, d).split("\n")
            x = load(layout.feature_idx)
            chunk = _with_target(Chunk(x, rows), _target_cells(lines, layout, load))
            return _with_texts(chunk, layout, load)
        except ValueError:
            pass
    # Text among the inputs: split the cells to find (and name) the offending one.
    cells = d.join(lines).split(d)
    width = len(layout.columns)
    x = np.empty((len(lines), len(layout.feature_idx)))
    for k, j in enumerate(layout.feature_idx):
        x[:, k] = numbers_or_error(cells[j::width], rows, layout.columns[j])
    chunk = _with_target(Chunk(x, rows), np.array(cells[layout.target_idx::width], dtype=str))
    chunk.texts = [_vocabulary(cells[j::width]) for j in layout.text_idx]
    return chunk


def _vocabulary(cells) -> tuple[np.ndarray, np.ndarray]:
    """Text cells as (distinct stripped texts, each cell's index into them)."""
    names, codes = np.unique(np.array(cells, dtype=str), return_inverse=True)
    stripped, back = np.unique(np.strings.strip(names), return_inverse=True)
    return stripped, back.reshape(-1)[codes.reshape(-1)]


def _with_texts(chunk: Chunk, layout: Layout, load) -> Chunk:
    """Adds the text input columns (read by ``load``) to ``chunk``."""
    if layout.text_idx:
        cells = load(list(layout.text_idx), str)
        chunk.texts = [_vocabulary(cells[:, k]) for k in range(len(layout.text_idx))]
    return chunk


def _target_cells(lines, layout, load) -> np.ndarray:
    """The target column as text; string slicing when it is the first or last column
    (several times faster than a second loadtxt pass)."""
    d = layout.delimiter
    if layout.target_idx == len(layout.columns) - 1:
        return np.array([line[line.rfind(d) + 1:] for line in lines], dtype=str)
    if layout.target_idx == 0:
        return np.array([line[: line.find(d)] for line in lines], dtype=str)
    return load([layout.target_idx], str)[:, 0]


def _fill_empty_cells(text: str, d: str) -> str:
    """Every empty cell becomes "nan", found with NumPy on the bytes: an empty cell is a
    gap between two separators (delimiter or line end) that is not a blank line."""
    b = np.frombuffer(b"\n" + text.encode() + b"\n", dtype=np.uint8)
    line_end = b == 10
    sep = line_end | (b == ord(d))
    gap = np.flatnonzero(sep[:-1] & sep[1:] & ~(line_end[:-1] & line_end[1:])) + 1
    if not len(gap):
        return text
    filled = np.insert(b, np.repeat(gap, 3), np.tile(np.frombuffer(b"nan", np.uint8), len(gap)))
    return filled[1:-1].tobytes().decode()


def _spell_missing_as_nan(text: str, d: str) -> str:
    """Whole-cell missing markers ("", NA, ?, ...) replaced by "nan", with plain str.replace
    (C speed). Each replace runs twice because neighbours share a delimiter (",,,")."""
    text = f"\n{text}\n"
    for token in _MISSING_SPELLINGS:
        if token and token not in text:
            continue
        for before, after in ((d, d), ("\n", d), (d, "\n")):
            old = before + token + after
            if old in text:
                new = before + "nan" + after
                text = text.replace(old, new).replace(old, new)
    return text[1:-1]


def _with_target(chunk: Chunk, cells: np.ndarray) -> Chunk:
    """Sets the chunk's target from its text cells (numbers if they all are numbers)."""
    try:
        chunk.target_numbers = cells.astype(np.float64)
        return chunk
    except ValueError:
        pass
    names, codes = np.unique(cells, return_inverse=True)  # few labels: clean those only
    names = np.strings.strip(names)
    missing = np.isin(np.strings.lower(names), _MISSING_LIST)
    names = np.where(missing, "", names)
    try:
        chunk.target_numbers = np.where(missing, "nan", names).astype(np.float64)[codes]
    except ValueError:
        chunk.label_names, chunk.label_codes = names, codes.reshape(-1)
    return chunk


def _careful(text, first_row, layout):
    records, rows, ragged = [], [], []
    for row, record in _records(text, first_row, layout):
        if len(record) != len(layout.columns):
            ragged.append((row, record))
        elif not ragged:
            records.append(record)
            rows.append(row)
    if ragged:
        raise RaggedRows(ragged[0][0], _ragged_message(*ragged[0], layout), [r for r, _ in ragged])
    rows = np.array(rows, dtype=np.int64)
    x = np.empty((len(records), len(layout.feature_idx)))
    for k, j in enumerate(layout.feature_idx):
        x[:, k] = numbers_or_error([r[j] for r in records], rows, layout.columns[j])
    target = np.array([r[layout.target_idx] for r in records], dtype=str).reshape(-1)
    chunk = _with_target(Chunk(x, rows), target)
    chunk.texts = [_vocabulary([r[j] for r in records]) for j in layout.text_idx]
    return chunk


def _records(text, first_row, layout):
    """(row number, cells) of every non-empty line of ``text``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
    start = 0
    try:
        for record in reader:
            row = first_row + start
            start = reader.line_num
            if record and (len(record) > 1 or record[0].strip()):
                yield row, record
    except csv.Error:  # e.g. a cell over csv's size limit: an unclosed quote swallowed the rest
        raise DataError(M_("errors", 'Row {row}: a cell is far too long. Probably a quote mark (") in this row '
                                     "is never closed.").format(row=first_row + start)) from None


class RaggedRows(DataError):
    """Rows with the wrong number of cells: the message names the first; ``rows`` are the row
    numbers of all of them in the text read so far (the reader adds the rest of the file's)."""

    #: how many row numbers a message lists
    LISTED = 5

    def __init__(self, first, first_message, rows):
        self.first, self.first_message, self.rows = first, first_message, list(rows)
        super().__init__(self.message())

    def add(self, rows):
        self.rows.extend(rows)
        self.args = (self.message(),)

    def message(self):
        if len(self.rows) <= 1:
            return self.first_message
        first, count, rows = self.first_message, len(self.rows), ", ".join(map(str, self.rows[:self.LISTED]))
        if count <= self.LISTED:
            return M_("errors", "{first} In all, {count} rows have the wrong number of cells: rows {rows}.").format(
                first=first, count=count, rows=rows)
        return M_("errors", "{first} In all, {count} rows have the wrong number of cells; the first are rows "
                            "{rows}.").format(first=first, count=count, rows=rows)


def ragged_rows(text, first_row, layout) -> list[int]:
    """Row numbers of the lines of ``text`` whose cell count differs from the table's."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    width = len(layout.columns)
    return [row for row, record in _records(text, first_row, layout) if len(record) != width]


def _ragged_message(row, record, layout):
    found, width = len(record), len(layout.columns)
    name = DELIMITER_NAMES.get(layout.delimiter, repr(layout.delimiter))
    if found == width - 1:
        detail = M_("errors", 'column "{column}" is missing').format(column=layout.columns[-1])
    elif found < width:
        detail = M_("errors", 'columns "{first}" to "{last}" are missing').format(
            first=layout.columns[found], last=layout.columns[-1])
    else:
        extra = found - width
        detail = M_("errors", '{cells} after the last column "{column}"').format(
            cells=_cells(extra), column=layout.columns[-1])
    hint = (M_("errors", ' A quote mark (") in this row may be unclosed.')
            if any("\n" in cell for cell in record) else "")
    return M_("errors", "Row {row} has {cells} but the table has {width} columns ({detail}). "
                        "Check that row for a missing or extra {delimiter}.{hint}").format(
        row=row, cells=_cells(found), width=width, detail=detail, delimiter=name, hint=hint)


def _cells(n):
    return M_("errors", "1 cell") if n == 1 else M_("errors", "{count} cells").format(count=n)


def numbers_or_error(cells, rows, column: str) -> np.ndarray:
    """Cells as floats, NaN for missing; a DataError naming the first cell that is text."""
    text = np.array(cells, dtype=str)
    try:  # common spellings first; odd ones (" NA ") take the loop below
        return np.where(np.isin(text, _MISSING_SPELLINGS), "nan", text).astype(np.float64)
    except ValueError:
        pass
    out = np.empty(len(cells))
    for i, cell in enumerate(cells):
        try:
            out[i] = float(cell)
        except ValueError:
            if not is_missing(cell):
                hint = (M_("errors", " Write decimals with a point (1.5, not 1,5).")
                        if DECIMAL_COMMA.fullmatch(cell.strip())
                        else M_("errors", " Inputs must be numbers: fix that cell, or leave the column out."))
                raise DataError(not_a_number(rows[i], column, cell, hint)) from None
            out[i] = np.nan
    return out


def not_a_number(row, column, cell, extra="") -> str:
    return M_("errors", 'Row {row}, column "{column}": "{cell}" is not a number.{hint}').format(
        row=row, column=column, cell=short(cell.strip()), hint=extra)
