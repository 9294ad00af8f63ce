"""Hostile tables: rows whose wrong widths balance each other in a chunk, lines ending in a lone
CR, numbers too large to standardise — each read exactly or refused naming the row."""

from __future__ import annotations

import pytest

from nnstudio.data import CsvOptions, read_csv
from nnstudio.errors import DataError

ROWS = "".join(f"{i},{i % 7},{'a' if i % 2 else 'b'}\n" for i in range(40))


def test_a_row_too_long_and_a_row_too_short_in_one_chunk_are_not_balanced_out(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("x,y,label\n1,2,a\n3,4,b,extra\n5,6\n" + ROWS)
    with pytest.raises(DataError, match=r"Row 3 has 4 cells but the table has 3 columns"):
        read_csv(str(path), CsvOptions(target="label"))


def test_lines_ending_in_a_lone_cr_are_read(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(("x,y,label\n" + ROWS).replace("\n", "\r").encode())
    data = read_csv(str(path), CsvOptions(target="label"))
    assert data.n_train + data.n_test == 40 and set(data.class_names) == {"a", "b"}


def test_numbers_too_large_to_standardise_are_refused_naming_the_row(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("x,y,label\n1,2,a\n1e308,4,b\n" + ROWS)
    with pytest.raises(DataError, match=r'Row 3, column "x": the value 1e\+308 is too large'):
        read_csv(str(path), CsvOptions(target="label"))


def test_every_ragged_row_of_the_file_is_counted_and_the_first_five_named(tmp_path, monkeypatch):
    """The first bad row is described; the message then counts all of them (in every chunk of the
    file, not just the first) and lists the first five by number."""
    import nnstudio.data.csv_import as csv_import

    monkeypatch.setattr(csv_import, "CHUNK_BYTES", 256)   # many chunks from a small file
    lines = ["x,y,label"] + [f"{i},{i % 7},{'a' if i % 2 else 'b'}" for i in range(400)]
    bad = [4, 9, 10, 150, 151, 390, 401]               # 1-based file rows (the header is row 1)
    for row in bad:
        lines[row - 1] += ",extra" if row % 2 else ""
        if not row % 2:
            lines[row - 1] = lines[row - 1].rsplit(",", 1)[0]
    path = tmp_path / "ragged.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError) as info:
        read_csv(str(path), CsvOptions(target="label"))
    message = str(info.value)
    assert message.startswith("Row 4 has 2 cells but the table has 3 columns"), message
    assert "In all, 7 rows have the wrong number of cells; the first are rows 4, 9, 10, 150, 151." in message


def test_a_few_ragged_rows_are_all_listed(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("x,y,label\n1,2,a\n3,4,b,extra\n5,6\n" + ROWS + "7,8\n")
    with pytest.raises(DataError, match=r"In all, 3 rows have the wrong number of cells: rows 3, 4, 45\.$"):
        read_csv(str(path), CsvOptions(target="label"))
