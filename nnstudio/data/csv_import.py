"""CSV import: reads a whole file in chunks (with progress and cancel), then turns the
chosen columns into a Dataset. Qt-free; the wizard runs ``read_csv`` in a worker thread.

Rules a user sees:
- each input column has a role (number, category, date; see ``column_roles``), guessed unless
  ``columns`` says otherwise, and is encoded as ``table_encoding`` describes;
- rows whose target is missing are always left out (a label cannot be guessed);
- a column's ``missing`` choice ``"drop"`` leaves out rows with a gap in it; the others fill a gap
  with a value taken from the *training* rows (``"indicator"`` also adds an "is missing" input);
- inputs are standardized with training-split statistics (unless ``standardize`` is off).
The fitted preprocessing travels with the data set (``Dataset.preprocessing``).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

import numpy as np

from nnstudio.errors import DataError
from nnstudio.data import spec as specs
from nnstudio.data.column_roles import INPUT_ROLES, guess_columns, guess_target
from nnstudio.data.dataset import make_dataset
from nnstudio.data.cancel import check_cancel
from nnstudio.data.csv_dead_ends import (
    decimal_comma_columns, decimal_comma_problem, no_inputs_problem, table_problem,
)
from nnstudio.data.csv_chunks import Layout, RaggedRows, not_a_number, parse_chunk, ragged_rows
from nnstudio.data.csv_sniff import BOM, check_text_bytes, cr_lines_as_lf, is_missing, sniff_csv, task_for_numbers
from nnstudio.data.splits import random_split, stratified_split
from nnstudio.data.table_encoding import MAX_ONE_HOT, ColumnValues, TablePreprocessing, check_dates, fit_column
from nnstudio.data.transforms import Identity, Standardizer
from nnstudio.i18n import M_

#: numpy's C parser holds the GIL for a whole chunk: 512 KB (~30 ms) keeps a window that reads a
#: table in a worker thread answering (2 MB chunks stopped it for 100–150 ms at a time)
CHUNK_BYTES = 512 * 1024
MAX_CLASSES = 200
ROLE_SAMPLE_ROWS = 2000  # rows (within the first 64 KB) that column roles are guessed from


@dataclass(frozen=True)
class CsvOptions:
    """How to read a CSV file. ``None`` means: detect it (delimiter, header), guess the target
    (see ``column_roles.guess_target``) or take every usable column but the target (features).

    ``columns`` maps an input column to ``{"role": ..., "missing": ...}``; a column it leaves out
    gets its guessed role (or "number" when ``features`` is given without ``columns``, as files
    of earlier versions have it) and the ``missing`` choice."""

    target: str | None = None
    features: tuple[str, ...] | None = None
    task: str = "auto"  # "auto" | "classification" | "regression"
    missing: str = "auto"  # "auto" (each column's guess) or a column_roles.MISSING_CHOICES entry for all
    columns: dict | None = None
    standardize: bool = True
    delimiter: str | None = None
    has_header: bool | None = None
    test_ratio: float = 0.2
    seed: int = 0
    other_input: bool = True  # category columns get the learned "other" input (projects saved before: no)

    def __post_init__(self):
        if self.features is not None:
            object.__setattr__(self, "features", tuple(self.features))
        ranges = {"test_ratio": (0.05, 0.9), "seed": (0, 2**32 - 1)}
        for key, value in asdict(self).items():
            value = list(value) if isinstance(value, tuple) else value
            specs.CHECKS[key](key, value, ranges)

    @classmethod
    def from_spec(cls, spec: dict) -> CsvOptions:
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in spec.items() if k in fields})

    def to_spec(self, path) -> dict:
        """The JSON-able ``{"name": "csv", ...}`` spec for ``load_dataset``."""
        spec = {"name": "csv", "path": os.fspath(path), **asdict(self)}
        spec["features"] = None if self.features is None else list(self.features)
        return spec


def read_csv(path, options: CsvOptions | None = None, *, progress=None, should_cancel=None):
    """Reads ``path`` into a Dataset. ``progress(fraction)`` is called after each chunk;
    ``should_cancel()`` is polled between chunks and ends the read with ``Cancelled``.
    Every problem with the file is a DataError naming the row and column."""
    options = options or CsvOptions()
    path = os.fspath(path)
    preview = sniff_csv(path, options.delimiter, options.has_header, max_rows=ROLE_SAMPLE_ROWS)
    layout, roles = _layout(preview, options)
    parts = _read_chunks(path, preview, layout, progress, should_cancel)
    check_cancel(should_cancel)
    dataset = _assemble(path, preview, layout, roles, options, parts)
    if progress is not None:
        progress(1.0)
    return dataset


def _layout(preview, options) -> Layout:
    columns = preview.columns
    problem = table_problem(preview)
    if problem is not None:
        raise DataError(problem)

    def index(name, role):
        if name not in columns:
            raise DataError(M_("errors", 'The file has no column "{column}" (chosen as {role}). '
                                         "Its columns are: {columns}.")
                            .format(column=name, role=role, columns=", ".join(columns)))
        return columns.index(name)

    guesses = {g.name: g for g in guess_columns(columns, preview.rows)}
    if options.features is None:   # guessed roles would read such numbers as text: say what to change
        commas = decimal_comma_problem(decimal_comma_columns(columns, preview.rows))
        if commas is not None:
            raise DataError(commas)
    target = options.target
    if target is None:
        target = guess_target(columns, preview.rows, list(guesses.values())).column
    t = index(target, M_("errors", "target"))
    features = options.features
    if features is None:
        features = tuple(c for c in columns if c != target and guesses[c].role in INPUT_ROLES)
    if not features:
        raise DataError(no_inputs_problem(columns, preview.rows, list(guesses.values()), target)
                        if options.features is None else
                        M_("errors", 'Choose at least one input column besides the target "{target}".')
                        .format(target=target))
    if target in features:
        raise DataError(M_("errors", 'Column "{target}" is the target, so it cannot also be an input.')
                        .format(target=target))
    if len(set(features)) != len(features):
        raise DataError(M_("errors", "Each input column can be chosen only once."))
    idx = [index(f, M_("errors", "input")) for f in features]
    roles = {}
    for f in features:
        given = (options.columns or {}).get(f) or {}
        role = given.get("role") or ("number" if options.columns is None and options.features is not None
                                     else guesses[f].role)
        if role not in INPUT_ROLES:
            role = "number" if guesses[f].numeric else "category"
        roles[f] = (role, given.get("missing") or (guesses[f].default_missing if options.missing == "auto"
                                                   else options.missing))
    number_idx = tuple(j for j, f in zip(idx, features) if roles[f][0] == "number")
    text_idx = tuple(j for j, f in zip(idx, features) if roles[f][0] != "number")
    layout = Layout(preview.delimiter, columns, number_idx, t, target_numeric=preview.column_kinds[t] != "text",
                    text_idx=text_idx)
    return layout, {f: roles[f] for f in features}


def _read_chunks(path, preview, layout, progress, should_cancel):
    """All rows as parsed chunks, read CHUNK_BYTES at a time (cut at line ends)."""
    size = max(preview.size_bytes, 1)
    skip_lines = preview.header_row  # lines up to and including the header
    parts, pending, row, done, cr_only = [], b"", 1, 0, False
    ragged = None   # the first chunk's ragged rows, once one is found
    with open(path, "rb") as f:
        while True:
            check_cancel(should_cancel)
            block = f.read(CHUNK_BYTES)
            if done == 0:
                cr_only = cr_lines_as_lf(block) != block   # lines end in a lone CR
            if cr_only:
                block = block.replace(b"\r", b"\n")
            done += len(block)
            data = pending + block
            if row == 1 and data.startswith(BOM):
                data = data[len(BOM):]
            cut = len(data) if not block else _line_cut(data, len(data) > 4 * CHUNK_BYTES)
            if cut <= 0 and block:
                pending = data  # no complete line yet
                continue
            part, pending = data[:cut], data[cut:]
            while skip_lines and part:
                end = part.find(b"\n")
                end = len(part) if end < 0 else end + 1
                part, skip_lines, row = part[end:], skip_lines - 1, row + 1
            if part:
                text = check_text_bytes(part, row, layout.delimiter, layout.columns)
                if ragged is None:
                    try:
                        parts.append(parse_chunk(part, text, row, layout))
                    except RaggedRows as e:   # read on to count the others
                        ragged = e
                else:
                    ragged.add(ragged_rows(text, row, layout))
                row += part.count(b"\n")
            if progress is not None:
                progress(min(done / size, 0.99))
            if not block:
                if ragged is not None:
                    raise ragged
                return parts


def _line_cut(data: bytes, give_up: bool) -> int:
    """End of the last complete line outside a quoted cell (0 if none). With ``give_up``
    (a stray quote kept the cut from moving for several chunks), the last line end."""
    last = data.rfind(b"\n") + 1
    if give_up or data.find(b'"', 0, last) < 0:
        return last
    b = np.frombuffer(data, dtype=np.uint8, count=last)
    ends = np.flatnonzero(b == 10)
    quotes_before = np.cumsum(b == 34, dtype=np.int64)[ends]
    balanced = ends[quotes_before % 2 == 0]
    return int(balanced[-1]) + 1 if len(balanced) else 0


def _target_values(parts, task, target):
    """(task, values, missing mask) for the whole target column. Regression: float values.
    Classification: ``(vocabulary, codes)`` of label texts, kept as codes so that a
    big file never holds one string per row."""
    if all(p.label_names is None for p in parts):
        numbers = np.concatenate([p.target_numbers for p in parts])
        if np.isinf(numbers).any():
            row = np.concatenate([p.rows for p in parts])[np.flatnonzero(np.isinf(numbers))[0]]
            raise DataError(M_("errors", 'Row {row}, column "{column}": the value is too large or infinite to use.')
                            .format(row=row, column=target))
        if task == "auto":
            task = task_for_numbers(numbers)
        if task == "regression":
            return task, numbers, np.isnan(numbers)
    elif task == "regression":
        _raise_first_text_label(parts, target, M_("errors", " Text labels cannot be predicted as numbers (regression); "
                                                          "choose classification instead."))
    elif task == "auto" and _mostly_a_quantity(parts):
        _raise_first_text_label(parts, target, M_("errors", " The other values of this column are numbers, a quantity "
                                                          "to predict: correct that cell, or empty it (a row "
                                                          "without a target is left out)."))
    vocabs = [(p.label_names, p.label_codes) if p.label_names is not None
              else _number_vocabulary(p.target_numbers, target) for p in parts]
    names = np.unique(np.concatenate([v for v, _ in vocabs]))
    codes = np.concatenate([np.searchsorted(names, v)[c] for v, c in vocabs])
    missing = codes == 0 if len(names) and names[0] == "" else np.zeros(len(codes), bool)
    return "classification", (names, codes), missing


def _raise_first_text_label(parts, target, hint):
    for p in parts:
        if p.label_names is not None:
            for code, row in zip(p.label_codes, p.rows):
                cell = str(p.label_names[code])
                if cell and not _is_float(cell):
                    raise DataError(not_a_number(row, target, cell, hint))


def _mostly_a_quantity(parts, share=0.05) -> bool:
    """Whether a target column whose first rows were numbers is one still, but for a few text
    cells further down (at most ``share`` of its values): numbers that make a regression."""
    numbers, texts = [], 0
    for p in parts:
        if p.label_names is None:
            numbers.append(p.target_numbers[~np.isnan(p.target_numbers)])
            continue
        counts = np.bincount(p.label_codes, minlength=len(p.label_names))
        values = np.array([float(n) if n and _is_float(n) else np.nan for n in p.label_names])
        texts += int(counts[np.isnan(values) & (p.label_names != "")].sum())
        numbers.append(np.repeat(values[~np.isnan(values)], counts[~np.isnan(values)]))
    numbers = np.concatenate(numbers) if numbers else np.empty(0)
    return texts <= share * (len(numbers) + texts) and len(numbers) > 0 and task_for_numbers(numbers) == "regression"


def _is_float(cell):
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _number_vocabulary(numbers, target):
    """Number labels as (texts, codes): whole numbers without ".0", NaN as "" (missing)."""
    values, codes = np.unique(numbers, return_inverse=True)  # NaNs sort last
    if len(values) > MAX_CLASSES + 1:
        _too_many_classes(target, M_("errors", "more than {count}").format(count=MAX_CLASSES))
    names = ["" if np.isnan(v) else str(int(v)) if v == round(v) and abs(v) < 1e15 else repr(float(v))
             for v in values]
    return np.array(names, dtype=str), codes.reshape(-1)


def _too_many_classes(target, count):
    raise DataError(M_("errors", 'The target column "{target}" has {count} different values: too many classes '
                                 "(at most {limit}). If it is a measured number, choose regression.")
                    .format(target=target, count=count, limit=MAX_CLASSES))


def _encode_classes(vocabulary, codes, target):
    """(class_names, class indices). Number labels sort by value, text alphabetically."""
    used, y = np.unique(codes, return_inverse=True)
    names = vocabulary[used]
    try:
        order = np.argsort(names.astype(np.float64), kind="stable")
    except ValueError:
        order = np.arange(len(names))
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    names = tuple(str(n) for n in names[order])
    if len(names) < 2:
        if names:
            raise DataError(M_("errors", 'The target column "{target}" has only one class ("{label}") in the rows '
                                         "used. A classifier needs at least two different classes.")
                            .format(target=target, label=names[0]))
        raise DataError(M_("errors", 'The target column "{target}" has only one class in the rows used. '
                                     "A classifier needs at least two different classes.").format(target=target))
    if len(names) > MAX_CLASSES:
        _too_many_classes(target, len(names))
    return names, rank[y.reshape(-1)]


def _column_values(layout, parts):
    """{column: ColumnValues} of every input column, over all rows read."""
    values = {}
    x = np.empty((sum(len(p.rows) for p in parts), len(layout.feature_idx)))
    start = 0
    for p in parts:  # copied chunk by chunk, each chunk's numbers let go at once (peak memory)
        x[start:start + len(p.x)] = p.x
        start += len(p.x)
        p.x = None
    for k, j in enumerate(layout.feature_idx):
        values[layout.columns[j]] = ColumnValues(numbers=x[:, k])
    for k, j in enumerate(layout.text_idx):
        vocabs = [p.texts[k] for p in parts]
        names = np.unique(np.concatenate([v for v, _ in vocabs]))
        codes = np.concatenate([np.searchsorted(names, v)[c] for v, c in vocabs]).astype(np.int64)
        values[layout.columns[j]] = ColumnValues(names=names, codes=codes)
    return x, values


def _assemble(path, preview, layout, roles, options, parts):
    target = layout.columns[layout.target_idx]
    names = tuple(roles)
    rows = np.concatenate([p.rows for p in parts]) if parts else np.empty(0, np.int64)
    if len(rows) == 0:
        raise DataError(M_("errors", "The file has a header row but no data rows.") if preview.has_header
                        else M_("errors", "The file has no data rows."))
    x, values = _column_values(layout, parts)
    _check_inputs(x, rows, tuple(layout.columns[j] for j in layout.feature_idx))
    del x
    _check_not_all_missing(values, names)
    task, target_values, target_missing = _target_values(parts, options.task, target)
    if target_missing.all():
        raise DataError(M_("errors", 'The target column "{target}" has no values at all: every row is empty.')
                        .format(target=target))
    keep = ~target_missing
    gaps_of = {}
    for name in names:
        gaps = values[name].missing()
        gaps_of[name] = int(gaps[keep].sum())
        if roles[name][1] == "drop" and gaps_of[name]:
            keep &= ~gaps
    if not keep.any():
        worst = max(names, key=lambda n: gaps_of[n])
        raise DataError(M_("errors", 'No rows are left after leaving out the rows with missing values (column '
                                     '"{column}" has the most gaps). Choose to fill missing values with the mean '
                                     "instead, or leave that column out.").format(column=worst))
    kept = np.flatnonzero(keep)
    if task == "classification":
        vocabulary, codes = target_values
        class_names, y = _encode_classes(vocabulary, codes[kept], target)
    else:
        class_names, y = (), target_values[kept]
    if len(y) < 2:
        raise DataError(M_("errors", "The file has only {count} usable data row; at least 2 are needed "
                                     "(some for training, some for testing).").format(count=len(y)))
    rng = np.random.default_rng(options.seed)
    if task == "classification":
        train, test = stratified_split(y, options.test_ratio, rng)
    else:
        train, test = random_split(len(y), options.test_ratio, rng)
    # The inputs are encoded in split order (training rows first) into one matrix whose two parts
    # are the splits, column by column: the file's numbers are held about twice at most.
    n_train = len(train)
    encodings = [fit_column(n, roles[n][0], roles[n][1], values[n].subset(kept[train]), other=options.other_input)
                 for n in names]
    for e in encodings:
        if e.role == "date":
            check_dates(e, values[e.name].subset(kept))
    prep = TablePreprocessing(encodings, target, task, list(class_names))
    encoded = prep.encode_values(values, rows=kept[np.concatenate([train, test])])
    raw_train, raw_test = encoded[:n_train], encoded[n_train:]
    del encoded
    prep.hold_out_other(raw_train, rng)
    transform = Standardizer().fit(raw_train) if options.standardize else Identity()
    if options.standardize:
        prep.mean, prep.std = transform.mean, transform.std
    resolved = CsvOptions(target=target, features=names, task=options.task, missing=options.missing,
                          standardize=options.standardize, delimiter=preview.delimiter,
                          has_header=preview.has_header, test_ratio=options.test_ratio,
                          seed=options.seed, other_input=options.other_input,
                          columns={n: {"role": r, "missing": m} for n, (r, m) in roles.items()})
    no_target = int(target_missing.sum())
    no_input = len(rows) - len(y) - no_target
    filled = any(gaps_of[n] and roles[n][1] != "drop" for n in names)
    kind_text = (M_("notes", "classification, {count} classes").format(count=len(class_names)) if class_names
                 else M_("notes", "regression"))
    many = [f'"{e.name}"' for e in encodings if e.capped]
    capped = M_("notes", ' Category columns with more than {count} different values ({columns}): the {count} most '
                         'frequent values are inputs, the others count as "other".').format(
        count=MAX_ONE_HOT, columns=", ".join(many)) if many else ""
    description = M_("notes", '{file}: {rows}, {columns}, predicting "{target}" ({kind}).{no_target}{no_input}'
                              "{filled}{capped}").format(
        file=os.path.basename(path), rows=_rows(len(y)), columns=_input_columns(len(names)), target=target,
        kind=kind_text,
        no_target=M_("notes", " Left out {rows} without a target value.").format(rows=_rows(no_target))
        if no_target else "",
        no_input=M_("notes", " Left out {rows} with missing inputs.").format(rows=_rows(no_input))
        if no_input else "",
        filled=M_("notes", " Missing inputs were filled from the training rows.") if filled else "", capped=capped)
    dataset = make_dataset(
        resolved.to_spec(path), task, "tabular", raw_train, y[train], raw_test, y[test], transform,
        class_names=class_names, feature_names=tuple(prep.input_names), input_shape=(raw_train.shape[1],),
        description=description, preprocessing=prep,
    )
    return dataset


def _check_not_all_missing(values, names):
    for name in names:
        v = values[name]
        if v.numbers is None and v.missing().all():
            raise DataError(M_("errors", 'Column "{column}" has no values at all: every row is empty or missing. '
                                         "Leave it out of the inputs.").format(column=name))


def _rows(n):
    return M_("notes", "1 row") if n == 1 else M_("notes", "{count} rows").format(count=n)


def _input_columns(n):
    return M_("notes", "1 input column") if n == 1 else M_("notes", "{count} input columns").format(count=n)


#: inputs larger than this are refused: the network computes in float32 (at most 3.4e38), and
#: standardising squares the values (1e308 would overflow to infinity and turn into NaN)
LARGEST_INPUT = 1e30


def _check_inputs(x, rows, names):
    with np.errstate(invalid="ignore"):
        bad = np.isinf(x) | (np.abs(x) > LARGEST_INPUT)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise DataError(M_("errors", 'Row {row}, column "{column}": the value {value} is too large to use (NN Studio '
                                     "computes with numbers up to {largest}).")
                        .format(row=rows[i], column=names[j], value=f"{x[i, j]:g}", largest=f"{LARGEST_INPUT:g}"))
    empty = np.isnan(x).all(axis=0)
    if empty.any():
        name = names[int(np.flatnonzero(empty)[0])]
        raise DataError(M_("errors", 'Column "{column}" has no numbers at all: every row is empty or missing. '
                                     "Leave it out of the inputs.").format(column=name))
