"""How many rows each way of treating gaps costs, counted on a sample of the file (the wizard
shows it next to each column's choice before the whole file is read)."""

from __future__ import annotations

from dataclasses import dataclass, field

from nnstudio.data.csv_sniff import is_missing


@dataclass(frozen=True)
class RowCosts:
    rows: int  # rows in the sample
    no_target: int  # rows without a target value (always left out)
    dropped: int  # further rows left out for a gap in a column set to "drop"
    gaps: dict = field(default_factory=dict)  # column -> rows with a gap there (target rows only)

    @property
    def kept(self) -> int:
        return self.rows - self.no_target - self.dropped


def row_costs(columns, rows, target: str, missing: dict) -> RowCosts:
    """``missing`` maps each input column to its choice ("drop", "mean", ...)."""
    index = {c: j for j, c in enumerate(columns)}

    def gap(row, name):
        j = index[name]
        return j >= len(row) or is_missing(row[j])

    with_target = [r for r in rows if not gap(r, target)]
    gaps = {name: sum(gap(r, name) for r in with_target) for name in missing}
    drop = [name for name, choice in missing.items() if choice == "drop"]
    dropped = sum(any(gap(r, name) for name in drop) for r in with_target)
    return RowCosts(len(rows), len(rows) - len(with_target), dropped, gaps)
