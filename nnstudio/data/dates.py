"""Date and time cells: which format a column is written in, and the numbers a network learns
from (the year, and the day of the year, the weekday and the hour as points on a circle, so that
31 December sits next to 1 January and Sunday next to Monday).

Parsing works on a column's distinct texts, so a million rows of daily data parse a few
thousand strings.
"""

from __future__ import annotations

import math
from datetime import datetime

import numpy as np

# Tried in this order; the first format that reads every (non-missing) sample cell wins, so a
# column is read one way throughout (never 03/04 as March in one row and April in the next).
FORMATS = ("iso", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%d.%m.%Y", "%d-%m-%Y", "%m-%d-%Y", "%d %b %Y",
           "%b %d %Y", "%d %B %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y")
_TIMES = ("", " %H:%M", " %H:%M:%S")
DATE_PARTS = ("year", "day_of_year_sin", "day_of_year_cos", "weekday_sin", "weekday_cos")
TIME_PARTS = ("hour_sin", "hour_cos")


def _parse_one(cell: str, fmt: str) -> datetime | None:
    cell = cell.strip()
    if fmt == "iso":
        if len(cell) < 8 or not cell[:4].isdigit() or cell[4] not in "-/":
            return None
        try:
            return datetime.fromisoformat(cell.replace("/", "-").replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return None
    for t in _TIMES:
        try:
            return datetime.strptime(cell, fmt + t)
        except ValueError:
            continue
    return None


def detect_format(cells) -> str | None:
    """The format that reads every cell of ``cells`` (texts, missing ones left out), or None."""
    cells = [c for c in cells if c.strip()]
    if not cells:
        return None
    for fmt in FORMATS:
        if all(_parse_one(c, fmt) is not None for c in cells):
            return fmt
    return None


def parse(cells, fmt: str) -> list[datetime | None]:
    """Each cell as a datetime (None where it is missing or not in ``fmt``)."""
    return [_parse_one(c, fmt) if c.strip() else None for c in cells]


def has_time(values) -> bool:
    return any(v is not None and (v.hour or v.minute or v.second) for v in values)


def parts_for(with_time: bool) -> tuple[str, ...]:
    return DATE_PARTS + (TIME_PARTS if with_time else ())


def features(values, parts) -> np.ndarray:
    """(len(values), len(parts)) float64; a row whose date is None is all NaN."""
    out = np.full((len(values), len(parts)), np.nan)
    for i, v in enumerate(values):
        if v is None:
            continue
        day = (v.timetuple().tm_yday - 1) / 365.25
        hour = (v.hour + v.minute / 60) / 24
        known = {"year": float(v.year),
                 "day_of_year_sin": math.sin(2 * math.pi * day), "day_of_year_cos": math.cos(2 * math.pi * day),
                 "weekday_sin": math.sin(2 * math.pi * v.weekday() / 7),
                 "weekday_cos": math.cos(2 * math.pi * v.weekday() / 7),
                 "hour_sin": math.sin(2 * math.pi * hour), "hour_cos": math.cos(2 * math.pi * hour)}
        out[i] = [known[p] for p in parts]
    return out
