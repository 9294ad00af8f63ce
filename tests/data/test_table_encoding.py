"""Column roles, gaps and encodings of a CSV table, and raw rows encoded exactly as the file was."""

import csv
import io
import json
import math

import numpy as np
import pytest

from nnstudio.data import CsvOptions, read_csv
from nnstudio.data.table_encoding import TablePreprocessing
from nnstudio.errors import DataError
from tests.data.csv_samples import assert_encoded_like_read, cars_table, mixed_table

FILL_ALL = {"island": {"missing": "most_frequent"}, "weight": {"missing": "indicator"}}


def dict_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_every_role_becomes_inputs_with_names(write_csv):
    ds = read_csv(write_csv(mixed_table()), CsvOptions(target="species"))
    assert ds.feature_names == (
        "island=Biscoe", "island=Dream", "island=Torgersen", "island=(other)", "grade=1", "grade=2", "grade=3",
        "grade=(other)",
        "day:year", "day:day_of_year_sin", "day:day_of_year_cos", "day:weekday_sin", "day:weekday_cos",
        "length", "weight")
    assert ds.spec["columns"]["day"] == {"role": "date", "missing": "drop"}
    assert "id" not in ds.spec["features"] and "name" not in ds.spec["features"]
    assert ds.preprocessing.class_names == ["Adelie", "Chinstrap", "Gentoo"]


def test_drop_costs_rows_and_filling_keeps_them(write_csv):
    path = write_csv(mixed_table())
    dropped = read_csv(path, CsvOptions(target="species", missing="drop"))
    filled = read_csv(path, CsvOptions(target="species", columns=FILL_ALL))
    gaps = sum(1 for i in range(240) if i % 17 == 3 or i % 23 == 5)
    assert dropped.n_train + dropped.n_test == 240 - gaps
    assert filled.n_train + filled.n_test == 240
    assert filled.feature_names[-1] == "weight is missing"
    assert "filled from the training rows" in filled.description


def test_raw_rows_encode_exactly_as_the_file_was_read(write_csv):
    text = mixed_table()
    ds = read_csv(write_csv(text), CsvOptions(target="species", columns=FILL_ALL))
    encoded = ds.preprocessing.encode_rows(dict_rows(text))
    assert assert_encoded_like_read(encoded, ds) > 0  # a few training rows were "other"
    np.testing.assert_allclose(ds.preprocessing.preprocess(dict_rows(text)[:5]),
                               ds.featurize(encoded[:5]), atol=1e-6)


def test_a_gap_is_filled_from_training_rows_and_flagged(write_csv):
    ds = read_csv(write_csv(mixed_table()), CsvOptions(target="species", columns=FILL_ALL))
    prep = ds.preprocessing
    weight = next(c for c in prep.columns if c.name == "weight")
    names = list(ds.feature_names)
    w, flag = names.index("weight"), names.index("weight is missing")
    present = ds.x_train_raw[ds.x_train_raw[:, flag] == 0, w]
    assert weight.fill == pytest.approx(present.mean())
    row = prep.encode_rows([{"island": "", "grade": "2", "day": "2021-06-01", "length": "44", "weight": "?"}])[0]
    assert row[w] == pytest.approx(weight.fill) and row[flag] == 1
    island = next(c for c in prep.columns if c.name == "island")
    assert row[names.index(f"island={island.fill}")] == 1  # most frequent island


def test_an_unseen_category_is_other_and_other_is_learned(write_csv):
    ds = read_csv(write_csv(mixed_table()), CsvOptions(target="species"))
    prep = ds.preprocessing
    row = {"island": "Atlantis", "grade": "7", "day": "2022-01-02", "length": "41.5", "weight": "3500"}
    encoded = prep.encode_rows([row])[0]
    names = list(ds.feature_names)
    for column in ("island", "grade"):
        assert [encoded[names.index(n)] for n in names if n.startswith(column + "=")] == [0, 0, 0, 1]
        # a few training rows are "other", so the network has learned what to make of it
        other = ds.x_train_raw[:, names.index(f"{column}=(other)")]
        assert other.sum() == math.ceil(0.02 * ds.n_train) and not ds.x_test_raw[:, names.index(f"{column}=(other)")].any()
    assert np.isfinite(prep.preprocess([row])).all()
    assert prep.answers(np.array([[0.1, 0.7, 0.2]])) == ["Chinstrap"]


def test_rare_categories_are_other(write_csv):
    text = "colour,a,y\n" + "".join(f"{'rgb'[i % 3]},{i},{'xy'[i % 2]}\n" for i in range(60)) + "violet,1,x\n"
    ds = read_csv(write_csv(text), CsvOptions(target="y"))
    colour = ds.preprocessing.columns[0]
    assert colour.categories == ["b", "g", "r"] and colour.other  # violet: once, too rare to learn from
    assert list(colour.encode_cells(["violet"])[0]) == list(colour.encode_cells(["never seen"])[0]) == [0, 0, 0, 1]
    assert ds.preprocessing.to_json()["columns"][0]["other"] is True


def test_a_file_of_an_earlier_version_keeps_all_zeros_for_unseen_values(write_csv):
    ds = read_csv(write_csv(mixed_table()), CsvOptions(target="species"))
    data = ds.preprocessing.to_json()
    for c in data["columns"]:
        c.pop("other", None)
    old = TablePreprocessing.from_json(data)
    island = next(c for c in old.columns if c.name == "island")
    assert island.input_names() == ["island=Biscoe", "island=Dream", "island=Torgersen"]
    assert list(island.encode_cells(["Atlantis"])[0]) == [0, 0, 0]


def test_a_date_becomes_year_season_and_weekday(write_csv):
    ds = read_csv(write_csv(mixed_table()), CsvOptions(target="species"))
    day = next(c for c in ds.preprocessing.columns if c.name == "day")
    parts = day.encode_cells(["2021-07-02"])[0]  # a Friday, day 183
    angle = 2 * math.pi * 182 / 365.25
    np.testing.assert_allclose(parts, [2021, math.sin(angle), math.cos(angle),
                                       math.sin(2 * math.pi * 4 / 7), math.cos(2 * math.pi * 4 / 7)])
    assert day.encode_cells(["02/07/2021"])[0][0] == pytest.approx(day.fill[0])  # another form: a gap


def test_other_date_forms_are_read_one_way_throughout(write_csv):
    text = "when,v,y\n" + "".join(f"{d:02d}/03/2020,{d},{'ab'[d % 2]}\n" for d in range(1, 29))
    ds = read_csv(write_csv(text), CsvOptions(target="y"))
    day = ds.preprocessing.columns[0]
    assert day.role == "date" and day.date_format == "%d/%m/%Y"


def test_regression_target_and_its_answers(write_csv):
    ds = read_csv(write_csv(cars_table()), CsvOptions(target="mpg"))
    assert ds.task == "regression" and ds.preprocessing.task == "regression"
    assert "origin=japan" in ds.feature_names and "name" not in ds.spec["features"]
    assert ds.preprocessing.answers(np.array([[21.5]])) == [21.5]


def test_ten_classes(write_csv):
    rng = np.random.default_rng(3)
    text = "a,b,colour,digit\n" + "".join(
        f"{k + rng.normal(0, 0.1):.3f},{rng.random():.3f},{'rgb'[k % 3]},{k}\n" for k in rng.integers(0, 10, 500))
    ds = read_csv(write_csv(text), CsvOptions(target="digit"))
    assert ds.task == "classification" and ds.n_classes == 10
    assert ds.preprocessing.class_names == [str(k) for k in range(10)]


def test_preprocessing_survives_json(write_csv):
    ds = read_csv(write_csv(mixed_table()), CsvOptions(target="species", columns=FILL_ALL))
    data = json.loads(json.dumps(ds.preprocessing.to_json()))
    again = TablePreprocessing.from_json(data)
    rows = dict_rows(mixed_table(20, seed=5))
    np.testing.assert_array_equal(again.preprocess(rows), ds.preprocessing.preprocess(rows))
    assert data["inputs"] == list(ds.feature_names)


def test_a_column_of_only_gaps_is_refused_when_chosen(write_csv):
    text = "a,b,y\n" + "".join(f"{i},,{'xy'[i % 2]}\n" for i in range(20))
    assert read_csv(write_csv(text)).feature_names == ("a",)  # left out by default
    for role in ("number", "category"):
        with pytest.raises(DataError, match='Column "b" has no'):
            read_csv(write_csv(text), CsvOptions(target="y", features=("a", "b"),
                                                 columns={"b": {"role": role, "missing": "mean"}}))


def test_a_target_with_one_class_is_refused(write_csv):
    with pytest.raises(DataError, match="only one class"):
        read_csv(write_csv("a,y\n1,x\n2,x\n3,x\n"), CsvOptions(target="y"))


def test_bad_column_settings_are_refused_by_name(write_csv):
    with pytest.raises(DataError, match='"columns"'):
        read_csv(write_csv(mixed_table()), CsvOptions(columns={"island": {"role": "colour"}}))
