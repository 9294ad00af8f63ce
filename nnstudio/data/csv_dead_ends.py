"""Why a table cannot be imported as it is chosen, and what to change: the CSV wizard shows these
beside a disabled Next, and the reader raises them for ``nnstudio train DATA.csv``.

``table_problem(preview)``: a file with one column, or with a header and no data rows.
``no_inputs_problem(columns, rows, guesses, target)``: why no column is an input (all text like
names, numbers written with a decimal comma, nothing left besides the target).
``decimal_comma_columns(columns, rows)``: the columns whose numbers are written "3,5".
"""

from __future__ import annotations

import re

from nnstudio.data.csv_sniff import DECIMAL_COMMA, is_missing
from nnstudio.i18n import M_

_NUMBER_OR_COMMA = re.compile(r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?")


def table_problem(preview):
    """A Message saying what to change, or None when the table has columns and rows to choose from."""
    if len(preview.columns) < 2:
        return M_("errors", "The file has only one column, so there is nothing to learn from. A CSV file needs "
                            "input columns and a target column, separated by commas, semicolons, tabs or |. If "
                            "the preview shows whole rows in one column, choose the separator the file uses.")
    if not preview.rows:
        if preview.has_header:
            return M_("errors", "The file has only a header row (row {row}) and no data rows. Add the data below "
                                "it, or, if that row is data, choose “No header”.").format(row=preview.header_row)
        return M_("errors", "The file has no data rows.")
    return None


def decimal_comma_columns(columns, rows) -> list[str]:
    """Columns whose every filled cell is a number and at least one is written with a decimal comma."""
    found = []
    for j, name in enumerate(columns):
        cells = [r[j].strip() for r in rows if j < len(r) and not is_missing(r[j])]
        if cells and any(DECIMAL_COMMA.fullmatch(c) for c in cells) and all(map(_NUMBER_OR_COMMA.fullmatch, cells)):
            found.append(name)
    return found


def decimal_comma_problem(names):
    """A Message naming the columns ``names`` written with decimal commas (read as text), or None."""
    if not names:
        return None
    return M_("errors", "{columns} hold numbers written with a decimal comma (like 3,5), which NN Studio reads as "
                        "text. Save the file with decimal points (3.5) — in a spreadsheet, export the CSV with "
                        "English number settings — and open it again.").format(
        columns=", ".join(f"“{n}”" for n in names))


def no_inputs_problem(columns, rows, guesses, target):
    """Why no column besides ``target`` is an input, and what to change."""
    others = [g for g in guesses if g.name != target]
    if not others:
        return M_("errors", "Besides the target “{target}” the file has no column to learn from.").format(
            target=target)
    commas = decimal_comma_problem([n for n in decimal_comma_columns(columns, rows) if n != target])
    if commas is not None:
        return commas
    if all(g.role == "identifier" for g in others):
        return M_("errors", "Every column besides the target is text that differs in almost every row (like names), "
                            "so none is used as an input. If a column does hold groups or numbers, set its “Used "
                            "as” to Category or Number.")
    return M_("errors", "No column is used as an input. Set the “Used as” of at least one column besides the target "
                        "to Number, Category or Date.")
