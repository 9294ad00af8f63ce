"""Date and time cells: which format a column is written in, and the numbers a network learns
from (the year, and the day of the year, the weekday and the hour as points on a circle, so that
31 December sits next to 1 January and Sunday next to Monday).

Parsing works on a column's distinct texts, so a million rows of daily data parse a few
thousand strings. One cell is read and turned into numbers by ``cell_encoding`` (which the
generated scripts carry too).
"""

from __future__ import annotations

import numpy as np

from nnstudio.data.cell_encoding import date_parts, parse_date

# Tried in this order; the first format that reads every (non-missing) sample cell wins, so a
# column is read one way throughout (never 03/04 as March in one row and April in the next).
FORMATS = ("iso", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%d.%m.%Y", "%d-%m-%Y", "%m-%d-%Y", "%d %b %Y",
           "%b %d %Y", "%d %B %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y")
DATE_PARTS = ("year", "day_of_year_sin", "day_of_year_cos", "weekday_sin", "weekday_cos")
TIME_PARTS = ("hour_sin", "hour_cos")


def detect_format(cells) -> str | None:
    """The format that reads every cell of ``cells`` (texts, missing ones left out), or None."""
    cells = [c for c in cells if c.strip()]
    if not cells:
        return None
    for fmt in FORMATS:
        if all(parse_date(c, fmt) is not None for c in cells):
            return fmt
    return None


def best_format(cells, weights) -> str | None:
    """The format that reads the largest weighted share of ``cells`` (the others are then named as
    not in the same form), or None when no format reads any of them."""
    reads = [sum(w for c, w in zip(cells, weights) if parse_date(c, fmt) is not None) for fmt in FORMATS]
    return FORMATS[int(np.argmax(reads))] if max(reads, default=0) > 0 else None


def parse(cells, fmt: str) -> list:
    """Each cell as a datetime (None where it is missing or not in ``fmt``)."""
    return [parse_date(c, fmt) if c.strip() else None for c in cells]


def has_time(values) -> bool:
    return any(v is not None and (v.hour or v.minute or v.second) for v in values)


def parts_for(with_time: bool) -> tuple[str, ...]:
    return DATE_PARTS + (TIME_PARTS if with_time else ())


def features(values, parts) -> np.ndarray:
    """(len(values), len(parts)) float64; a row whose date is None is all NaN."""
    out = np.full((len(values), len(parts)), np.nan)
    for i, v in enumerate(values):
        if v is not None:
            out[i] = date_parts(v, parts)
    return out
