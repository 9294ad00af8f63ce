"""First look at a CSV file: delimiter, header, names, preview."""

import pytest

from nnstudio.data import CsvPreview, sniff_csv
from tests.data.csv_samples import IRIS_LIKE


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_detects_each_delimiter(write_csv, delimiter):
    text = IRIS_LIKE.replace(",", delimiter)
    preview = sniff_csv(write_csv(text))
    assert isinstance(preview, CsvPreview)
    assert preview.delimiter == preview.detected_delimiter == delimiter
    assert preview.columns == ("sepal", "petal", "colour", "species")


def test_semicolon_file_with_decimal_points_is_not_mistaken_for_commas(write_csv):
    preview = sniff_csv(write_csv("a;b;c\n1.5;2,5;x\n3.5;4,5;y\n"))
    assert preview.delimiter == ";"


def test_header_detection(write_csv):
    with_header = sniff_csv(write_csv(IRIS_LIKE))
    assert with_header.has_header and with_header.header_row == 1
    assert with_header.row_numbers[0] == 2
    without = sniff_csv(write_csv("1,2,0\n3,4,1\n5,6,0\n"))
    assert not without.has_header and without.header_row == 0
    assert without.columns == ("column 1", "column 2", "column 3")
    assert without.rows[0] == ("1", "2", "0") and without.row_numbers[0] == 1
    text_only = sniff_csv(write_csv("name,colour\nann,red\nbob,blue\n"))
    assert text_only.has_header


def test_user_overrides_win_over_detection(write_csv):
    path = write_csv(IRIS_LIKE)
    preview = sniff_csv(path, delimiter=";", has_header=False)
    assert preview.delimiter == ";" and not preview.has_header
    assert preview.detected_delimiter == "," and preview.detected_header
    assert preview.rows[0] == ("sepal,petal,colour,species",)


def test_preview_has_at_most_50_rows_as_text_and_column_kinds(write_csv):
    preview = sniff_csv(write_csv(IRIS_LIKE + "".join(f"5,2,red,setosa\n" for _ in range(100))))
    assert len(preview.rows) == 50 and all(isinstance(c, str) for c in preview.rows[0])
    assert preview.column_kinds == ("number", "number", "text", "text")
    assert preview.suggested_target() == "species"
    assert preview.suggested_features("species") == ("sepal", "petal", "colour")  # text: a category
    assert preview.guess_task("species") == "classification"
    assert preview.guess_task("sepal") == "regression"


def test_small_whole_number_targets_look_like_classes(write_csv):
    preview = sniff_csv(write_csv("a,b,label\n0.5,1,0\n0.7,2,1\n0.1,3,2\n"))
    assert preview.guess_task("label") == "classification"


def test_duplicate_and_empty_header_names_become_unique(write_csv):
    preview = sniff_csv(write_csv("a,a,,label\n1,2,3,x\n4,5,6,y\n"))
    assert preview.columns == ("a", "a (2)", "column 3", "label")


def test_byte_order_mark_and_windows_line_ends(write_csv):
    preview = sniff_csv(write_csv(b"\xef\xbb\xbfx,y\r\n1,2\r\n3,4\r\n"))
    assert preview.columns == ("x", "y") and preview.rows == (("1", "2"), ("3", "4"))
