"""What each column of a table is for, guessed from a sample of its rows: a number, a category
(text, or a few different whole numbers), a date, an identifier (a name or a row number, left out)
or nothing usable; and which column to predict, with the task. Every guess carries its reason in
plain words, because the wizard shows it and the user may disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from nnstudio.data import dates
from nnstudio.data.csv_sniff import MAX_AUTO_CLASSES, is_missing, is_number
from nnstudio.i18n import M_

ROLES = ("number", "category", "date", "identifier", "ignored")
INPUT_ROLES = ("number", "category", "date")
MISSING_CHOICES = ("drop", "mean", "median", "most_frequent", "indicator")
# Whole numbers with this many different values (3 to 5: a passenger class, an origin code) are
# categories; two values are as good as one number.
NUMBER_CATEGORY_RANGE = (3, 5)
# ... when they are small, as codes are (1, 2, 3); larger ones such as years (2007, 2008, 2009) are
# an ordered quantity: one number input, not several one-hot columns of noise
LARGEST_CODE = 100
MAX_CATEGORIES = 30
DROP_SHARE = 0.05  # gaps in at most this share of rows: leave those rows out by default
# Column names that usually hold the label (compared lower-case, without spaces and punctuation).
LABEL_NAMES = ("class", "species", "target", "label", "labels", "y", "outcome", "diagnosis", "survived",
               "category", "variety", "result", "churn", "quality", "grade", "type")
# Column names of quantities that tables are usually made to predict (a car's miles per gallon, a
# house's price): such a column wins over a text column with few values (a car's origin), which
# is more often a description of the row than its outcome.
QUANTITY_NAMES = ("price", "mpg", "income", "salary", "charges", "sales", "revenue", "medv", "progression")
_ID_NAME = re.compile(r"^(id|index|row|rownumber|unnamed0|no|nr|number|key)$|id$")


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class ColumnGuess:
    """One column as the sample shows it. ``reason`` is a translatable Message."""

    name: str
    role: str
    reason: str
    missing: int  # missing cells in the sample
    distinct: int  # different non-missing values in the sample
    numeric: bool  # every non-missing cell is a number
    sample_rows: int

    @property
    def default_missing(self) -> str:
        """The gap treatment the wizard (and ``nnstudio train DATA.csv``) starts from: leave out the
        rows when that costs few of them, else fill with the column's typical value."""
        if self.missing <= DROP_SHARE * self.sample_rows:
            return "drop"
        return "most_frequent" if self.role == "category" else "mean"


def guess_column(name: str, cells) -> ColumnGuess:
    values = [c.strip() for c in cells if not is_missing(c)]
    missing, n = len(cells) - len(values), len(cells)
    distinct = len(set(values))
    numeric = bool(values) and all(map(is_number, values))

    def guess(role, reason):
        return ColumnGuess(name, role, reason, missing, distinct, numeric, n)

    if not values:
        return guess("ignored", M_("notes", "every cell is empty"))
    if numeric:
        numbers = np.array([float(v) for v in values])
        whole = bool(np.all(numbers == np.round(numbers)))
        if whole and distinct == len(values) > 10 and _ID_NAME.search(_plain(name)):
            return guess("identifier", M_("notes", "a different whole number in every row, like a row number"))
        lo, hi = NUMBER_CATEGORY_RANGE
        if whole and lo <= distinct <= hi and len(values) >= 4 * distinct and np.abs(numbers).max() <= LARGEST_CODE:
            return guess("category", M_("notes", "only {count} different whole numbers: codes for groups")
                         .format(count=distinct))
        return guess("number", M_("notes", "numbers"))
    not_numbers = [v for v in values if not is_number(v)]
    if len(values) >= 20 and len(not_numbers) <= 0.05 * len(values):
        return guess("number", M_("notes", 'numbers, but {count} cell(s) are not (for example "{cell}"): fix '
                                           "them, or use the column as a category").format(
            count=len(not_numbers), cell=not_numbers[0][:40]))
    if dates.detect_format(values[:200]) is not None:
        return guess("date", M_("notes", "dates: used as year, season and weekday"))
    if distinct > MAX_CATEGORIES or (distinct > 10 and distinct >= 0.5 * len(values)):
        return guess("identifier", M_("notes", "{count} different texts: almost every row has its own, like a "
                                               "name, so it says nothing about other rows").format(count=distinct))
    return guess("category", M_("notes", "text with {count} different values").format(count=distinct))


def guess_columns(columns, rows) -> list[ColumnGuess]:
    """A guess for every column from the sample ``rows`` (sequences of cell texts)."""
    return [guess_column(name, [r[j] if j < len(r) else "" for r in rows]) for j, name in enumerate(columns)]


@dataclass(frozen=True)
class TargetGuess:
    column: str
    task: str
    reason: str  # why this column
    task_reason: str  # why this task


def guess_task(guess: ColumnGuess, cells) -> tuple[str, str]:
    """("classification" | "regression", reason) for ``guess``'s column as the target."""
    if not guess.numeric:
        return "classification", M_("notes", "its values are text, so they are classes")
    numbers = np.array([float(c) for c in cells if not is_missing(c)])
    if len(numbers) and np.all(numbers == np.round(numbers)) and guess.distinct <= MAX_AUTO_CLASSES:
        return "classification", M_("notes", "only {count} different whole numbers, so they are classes").format(
            count=guess.distinct)
    return "regression", M_("notes", "numbers with {count} different values: a quantity to predict").format(
        count=guess.distinct)


def guess_target(columns, rows, guesses=None) -> TargetGuess:
    """The column a user most likely wants to predict: one named like a label, else one named like
    a quantity people predict (a price, miles per gallon), else the last text column with few
    values, else the last usable column."""
    guesses = guesses or guess_columns(columns, rows)
    usable = [g for g in guesses if g.role in INPUT_ROLES]
    if not usable:
        usable = list(guesses)

    def cells(g):
        j = list(columns).index(g.name)
        return [r[j] if j < len(r) else "" for r in rows]

    def result(g, reason):
        task, task_reason = guess_task(g, cells(g))
        return TargetGuess(g.name, task, reason, task_reason)

    def rank(g):  # the earlier in LABEL_NAMES, the likelier; "...class" / "...label" after those
        plain = _plain(g.name)
        return LABEL_NAMES.index(plain) if plain in LABEL_NAMES else len(LABEL_NAMES)

    named = [g for g in usable if _plain(g.name) in LABEL_NAMES or _plain(g.name).endswith(("class", "label"))]
    if named:
        return result(min(named, key=rank), M_("notes", "its name sounds like what to predict"))
    quantities = [g for g in usable if _plain(g.name) in QUANTITY_NAMES]
    if quantities:
        return result(min(quantities, key=lambda g: QUANTITY_NAMES.index(_plain(g.name))),
                      M_("notes", "its name is a quantity that tables like this are usually made to predict"))
    texts = [g for g in usable if g.role == "category" and not g.numeric and g.distinct <= MAX_AUTO_CLASSES]
    if texts:
        return result(texts[-1], M_("notes", "a text column with few different values"))
    plain = [g for g in usable if g.role != "date"] or usable
    return result(plain[-1], M_("notes", "the last usable column"))
