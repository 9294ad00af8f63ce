"""Column roles are guessed from the first rows of a file; rows further down that do not fit the
guess get a message naming them, or are handled and said, never a crash or a silent wrong value."""

import numpy as np
import pytest

from nnstudio.data import CsvOptions, read_csv
from nnstudio.data.csv_import import ROLE_SAMPLE_ROWS
from nnstudio.data.table_encoding import MAX_ONE_HOT
from nnstudio.errors import DataError

ROWS = 3 * ROLE_SAMPLE_ROWS


def table(write_csv, late=lambda i, cells: cells):
    """a (numbers), colour (3 texts), day (ISO dates), y; rows past the guessing sample changed by ``late``."""
    rng = np.random.default_rng(0)
    lines = ["a,colour,day,y"]
    for i in range(ROWS):
        cells = [f"{rng.normal():.3f}", "rgb"[i % 3], f"2020-01-{1 + i % 28:02d}", "xy"[i % 2]]
        lines.append(",".join(late(i, cells) if i > ROLE_SAMPLE_ROWS + 100 else cells))
    return write_csv("\n".join(lines) + "\n")


def replace(column, value, every=1):
    def late(i, cells):
        if i % every == 0:
            cells[column] = value(i) if callable(value) else value
        return cells
    return late


def test_text_far_down_a_number_column_is_named_with_its_row(write_csv):
    path = table(write_csv, replace(0, "unknown", every=997))
    with pytest.raises(DataError, match=r'Row \d+, column "a": "unknown" is not a number'):
        read_csv(path, CsvOptions(target="y"))


def test_a_category_value_that_first_appears_far_down_is_an_input_of_its_own(write_csv):
    ds = read_csv(table(write_csv, replace(1, "violet", every=2)), CsvOptions(target="y"))
    assert ds.spec["columns"]["colour"]["role"] == "category"
    assert "colour=violet" in ds.feature_names and "colour=(other)" in ds.feature_names


def test_a_category_with_hundreds_of_values_far_down_keeps_the_most_frequent_and_says_so(write_csv):
    ds = read_csv(table(write_csv, replace(1, lambda i: f"shade {i % 150}")), CsvOptions(target="y"))
    colour = next(c for c in ds.preprocessing.columns if c.name == "colour")
    assert len(colour.categories) == MAX_ONE_HOT and colour.other
    assert f"more than {MAX_ONE_HOT} different values" in ds.description and '"colour"' in ds.description


def test_a_date_in_another_form_far_down_is_named_wherever_it_lands(write_csv):
    for seed in range(3):  # the row falls in the training or the test rows: named either way
        path = table(write_csv, lambda i, cells: cells if i != ROWS - 7 else [*cells[:2], "07.01.2020", cells[3]])
        with pytest.raises(DataError, match='Column "day": "07.01.2020" is not a date in the same form'):
            read_csv(path, CsvOptions(target="y", seed=seed))


def test_a_word_far_down_a_column_of_measured_numbers_is_named_as_the_target(write_csv):
    rng = np.random.default_rng(1)
    lines = ["a,y"] + [f"{rng.normal():.3f},{'unknown' if i == ROWS - 9 else f'{rng.normal() * 10:.2f}'}"
                       for i in range(ROWS)]
    with pytest.raises(DataError, match=r'Row \d+, column "y": "unknown" is not a number\. The other values .* '
                                        r"quantity"):
        read_csv(write_csv("\n".join(lines) + "\n"), CsvOptions(target="y"))
    words = ["a,y"] + [f"{i},{'xyz'[i % 3] if i > ROWS // 2 else i % 3}" for i in range(ROWS)]
    assert read_csv(write_csv("\n".join(words) + "\n"), CsvOptions(target="y")).n_classes == 6  # classes stay classes
