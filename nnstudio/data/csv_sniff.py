"""First look at a CSV file: its delimiter, whether row 1 is a header, column names and a
preview of the first rows (as text) for the import wizard. Also the text-level checks
(binary file, not UTF-8) that ``read_csv`` repeats on every chunk.

Row numbers in messages are 1-based lines of the file, as a spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass

import numpy as np

from nnstudio.data.cell_encoding import MISSING, is_missing  # noqa: F401 (cells that mean "no value")
from nnstudio.errors import DataError
from nnstudio.i18n import M_

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": M_("errors", "comma"), ";": M_("errors", "semicolon"), "\t": M_("errors", "tab"),
                   "|": M_("errors", "vertical bar")}
MAX_AUTO_CLASSES = 20  # whole-number targets with at most this many values -> classification
SAMPLE_BYTES = 64 * 1024
#: a number written with a decimal comma (3,5): read as text, which messages explain
DECIMAL_COMMA = re.compile(r"[-+]?\d*,\d+(?:[eE][-+]?\d+)?")
PREVIEW_ROWS = 50
BOM = b"\xef\xbb\xbf"


def is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def task_for_numbers(values: np.ndarray) -> str:
    """Whole numbers with few distinct values are classes; anything else is a quantity."""
    values = values[np.isfinite(values)]
    if len(values) and np.all(values == np.round(values)) and len(np.unique(values)) <= MAX_AUTO_CLASSES:
        return "classification"
    return "regression"


def short(cell: str, limit: int = 40) -> str:
    return cell if len(cell) <= limit else cell[: limit - 1] + "…"


def check_text_bytes(data: bytes, first_row: int, delimiter=None, columns=()) -> str:
    """``data`` decoded as UTF-8, or a DataError for binary or non-UTF-8 content."""
    zero = data.find(b"\x00")
    if zero >= 0:
        row = first_row + data.count(b"\n", 0, zero)
        raise DataError(M_("errors", "This is not a CSV text file: it contains binary data (row {row} has a zero "
                                     "byte). Choose a .csv file saved from a spreadsheet or a text editor.")
                        .format(row=row))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        row = first_row + data.count(b"\n", 0, err.start)
        where = M_("errors", "Row {row}").format(row=row)
        if delimiter:
            line_start = data.rfind(b"\n", 0, err.start) + 1
            col = data.count(delimiter.encode(), line_start, err.start)
            name = columns[col] if col < len(columns) else M_("errors", "column {number}").format(number=col + 1)
            where = M_("errors", 'Row {row}, column "{column}"').format(row=row, column=name)
        raise DataError(M_("errors", "{where}: the file is not UTF-8 text (byte 0x{byte:02X} cannot be read). "
                                     'Save it as "CSV UTF-8" in your spreadsheet program and try again.')
                        .format(where=where, byte=data[err.start])) from None


def column_names(header_row, n_columns: int) -> tuple[str, ...]:
    """Header cells as unique, non-empty names ("column 3" for an empty header cell)."""
    names, seen = [], Counter()
    for j in range(n_columns):
        name = header_row[j].strip() if header_row is not None and j < len(header_row) else ""
        name = name or f"column {j + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(names)


@dataclass(frozen=True)
class CsvPreview:
    """What the wizard shows before the full read. ``rows`` are the first data rows as text;
    ``row_numbers`` their 1-based line numbers; ``column_kinds`` is "number", "text" or
    "empty" per column, judged from those rows."""

    path: str
    delimiter: str
    has_header: bool
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    column_kinds: tuple[str, ...]
    detected_delimiter: str
    detected_header: bool
    size_bytes: int
    header_row: int  # line number of the header (0 when there is none)

    # The guesses themselves live in ``column_roles`` (one truth for the wizard, read_csv and
    # ``nnstudio train DATA.csv``); these ask it about the preview rows.
    def suggested_target(self) -> str:
        """The column ``column_roles.guess_target`` proposes to predict."""
        from nnstudio.data.column_roles import guess_target

        return guess_target(self.columns, self.rows).column

    def suggested_features(self, target: str) -> tuple[str, ...]:
        """Every column but the target that ``column_roles`` would use as an input."""
        from nnstudio.data.column_roles import INPUT_ROLES, guess_columns

        return tuple(g.name for g in guess_columns(self.columns, self.rows) if g.name != target
                     and g.role in INPUT_ROLES)

    def guess_task(self, column: str) -> str:
        """"classification" or "regression" for ``column`` as a target, from the preview rows."""
        from nnstudio.data.column_roles import guess_column, guess_task

        j = self.columns.index(column)
        cells = [r[j] if j < len(r) else "" for r in self.rows]
        return guess_task(guess_column(column, cells), cells)[0]


def cr_lines_as_lf(data: bytes) -> bytes:
    """A file whose lines end in a lone CR (classic Mac OS, some exports) read as one whose lines
    end in LF: the same byte count, so offsets stay valid. Files with any LF are left alone."""
    if b"\n" not in data and b"\r" in data:
        return data.replace(b"\r", b"\n")
    return data


def _read_sample(path: str) -> tuple[str, int]:
    if not os.path.exists(path):
        raise DataError(M_("errors", 'The file "{path}" does not exist.').format(path=path))
    if os.path.isdir(path):
        raise DataError(M_("errors", '"{path}" is a folder, not a CSV file.').format(path=path))
    if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe or /dev/zero would never end
        raise DataError(M_("errors", '"{path}" is not an ordinary file (it is a pipe, a device or a socket), so NN '
                                     "Studio does not read it.").format(path=path))
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            data = f.read(SAMPLE_BYTES)
    except OSError as err:
        raise DataError(M_("errors", 'The file "{path}" cannot be opened: {reason}.')
                        .format(path=path, reason=err.strerror)) from None
    if data.startswith(BOM):
        data = data[len(BOM):]
    if not data.strip():
        raise DataError(M_("errors", "The file is empty: it has no rows."))
    data = cr_lines_as_lf(data)
    if size > SAMPLE_BYTES and b"\n" not in data:
        raise DataError(M_("errors", "The first row of the file is longer than {limit} KB, so it cannot be read as "
                                     "a table's header. Leave out columns you do not need (in a spreadsheet), or "
                                     "check that this is a CSV file.").format(limit=SAMPLE_BYTES // 1024))
    if size > SAMPLE_BYTES:
        data = data[: data.rfind(b"\n") + 1]  # never cut a line (or a UTF-8 character)
    if b"\x00" in data:
        check_text_bytes(data, 1)  # raises: binary file
    try:
        return data.decode("utf-8"), size
    except UnicodeDecodeError as err:
        # Name the column too: read the layout from the complete lines before the bad byte.
        lines = [x for x in data[: data.rfind(b"\n", 0, err.start) + 1].decode().split("\n") if x.strip()]
        delimiter, columns = None, ()
        if lines:
            delimiter = detect_delimiter(lines[:100])
            rows = _parse(lines[:PREVIEW_ROWS], delimiter)
            if detect_header(rows):
                columns = column_names(rows[0], len(rows[0]))
        check_text_bytes(data, 1, delimiter, columns)
        raise


def _parse(lines, delimiter):
    try:
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        raise DataError(M_("errors", "The start of the file cannot be read as a table: a cell is far too "
                                     'long. Probably a quote mark (") is never closed.')) from None


def detect_delimiter(lines) -> str:
    """The candidate that splits the lines into the same number (>1) of cells most often."""
    best, best_score = ",", (0.0, 0)
    for d in DELIMITERS:
        counts = Counter(len(r) for r in _parse(lines, d))
        width, hits = counts.most_common(1)[0]
        if width > 1 and (hits / len(lines), width) > best_score:
            best, best_score = d, (hits / len(lines), width)
    return best


def detect_header(rows) -> bool:
    """Row 1 is a header if it has text above a number column, or, in an all-text table,
    if its cells are all different and none of them recur below."""
    first, rest = rows[0], rows[1:]
    if not rest:
        return not any(is_number(c) for c in first)
    any_numeric_col = False
    for j, cell in enumerate(first):
        below = [r[j] for r in rest if j < len(r) and not is_missing(r[j])]
        if below and all(is_number(c) for c in below):
            any_numeric_col = True
            if not is_number(cell) and not is_missing(cell):
                return True
    if any_numeric_col:
        return False
    cells = [c.strip() for c in first]
    if any(not c for c in cells) or len(set(cells)) != len(cells):
        return False
    return all(cells[j] not in {r[j].strip() for r in rest if j < len(r)} for j in range(len(cells)))


def sniff_csv(path, delimiter=None, has_header=None, max_rows=PREVIEW_ROWS) -> CsvPreview:
    """Reads the start of ``path`` and detects its layout; ``delimiter`` / ``has_header``
    override what is detected. Raises DataError for a file that is not usable text."""
    path = os.fspath(path)
    text, size = _read_sample(path)
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(i + 1, line) for i, line in enumerate(physical) if line.strip()]
    lines = [line for _, line in numbered[: max_rows + 1]]
    detected_delimiter = detect_delimiter(lines[:100])
    delimiter = delimiter or detected_delimiter
    rows = _parse(lines, delimiter)
    detected_header = detect_header(rows)
    has_header = detected_header if has_header is None else bool(has_header)
    header_row = numbered[0][0] if has_header else 0
    data = rows[1:] if has_header else rows[:max_rows]
    numbers = [n for n, _ in numbered[: max_rows + 1]][1 if has_header else 0:][: len(data)]
    columns = column_names(rows[0] if has_header else None, len(rows[0]))
    kinds = []
    for j in range(len(columns)):
        cells = [r[j] for r in data if j < len(r) and not is_missing(r[j])]
        kinds.append("empty" if not cells else "number" if all(map(is_number, cells)) else "text")
    return CsvPreview(
        path=path, delimiter=delimiter, has_header=has_header, columns=columns,
        rows=tuple(tuple(r) for r in data), row_numbers=tuple(numbers),
        column_kinds=tuple(kinds), detected_delimiter=detected_delimiter,
        detected_header=detected_header, size_bytes=size, header_row=header_row,
    )
