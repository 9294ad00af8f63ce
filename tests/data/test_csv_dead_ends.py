"""The wizard's dead ends are the reader's messages too (``nnstudio train DATA.csv``)."""

from __future__ import annotations

import pytest

from nnstudio.data import CsvOptions, read_csv, sniff_csv
from nnstudio.data.csv_dead_ends import decimal_comma_columns
from nnstudio.errors import DataError


@pytest.mark.parametrize("content, phrase", [
    ("x;y;label\n", "only a header row (row 1)"),
    ("value\n1\n2\n3\n", "only one column"),
    ("name,label\n" + "".join(f"person {i},{i % 2}\n" for i in range(30)), "differs in almost every row"),
    ("x;label\n" + "".join(f"{i},5;{i % 2}\n" for i in range(30)), "“x” hold numbers written with a decimal comma"),
    ("a" * 70_000 + ",b\n1,2\n", "longer than 64 KB"),
])
def test_each_dead_end_is_one_message_saying_what_to_change(tmp_path, content, phrase):
    path = tmp_path / "t.csv"
    path.write_text(content)
    with pytest.raises(DataError, match=phrase.replace("(", r"\(").replace(")", r"\)")):
        read_csv(str(path), CsvOptions())


def test_decimal_comma_columns_are_only_those_of_numbers():
    columns = ("price", "name", "count", "mixed")
    rows = [("3,5", "a,b", "4", "1,5"), ("-0,25", "c", "5", "x"), ("", "d", "6", "2")]
    assert decimal_comma_columns(columns, rows) == ["price"]


def test_a_header_just_under_the_preview_size_still_reads(tmp_path):
    path = tmp_path / "wide.csv"
    header = ",".join(f"c{i}" for i in range(9000))
    assert len(header) < 64 * 1024
    path.write_text(header + "\n" + ",".join("1" * 9000) + "\n" + "x" * 70_000 + "\n")
    assert len(sniff_csv(str(path)).columns) == 9000
