"""Reading a whole CSV file into a Dataset: columns, task, missing values, scaling, chunks."""

import json

import numpy as np
import pytest

import nnstudio.data.csv_import as csv_import
from nnstudio.data import Cancelled, CsvOptions, Dataset, load_dataset, read_csv
from nnstudio.errors import NNStudioError
from tests.data.csv_samples import IRIS_LIKE


def rows_of(ds):
    """{tuple(raw inputs): label} over both splits, to compare with the file."""
    raw = np.concatenate([ds.x_train_raw, ds.x_test_raw])
    y = np.concatenate([ds.y_train, ds.y_test])
    return {tuple(r): v for r, v in zip(raw.tolist(), y.tolist())}


def test_reads_chosen_columns_with_text_labels(write_csv):
    ds = read_csv(write_csv(IRIS_LIKE), CsvOptions(target="species", features=("sepal", "petal")))
    assert isinstance(ds, Dataset) and ds.name == "csv" and ds.kind == "tabular"
    assert ds.task == "classification" and ds.class_names == ("setosa", "versicolor", "virginica")
    assert ds.feature_names == ("sepal", "petal") and ds.input_shape == (2,)
    assert ds.n_train + ds.n_test == 60 and ds.n_test == 12
    assert ds.class_counts()["test"] == {"setosa": 4, "versicolor": 4, "virginica": 4}
    assert ds.y_train.dtype == np.int64 and ds.x_train.dtype == np.float32
    assert ds.n_classes == ds.output_units == 3


def test_values_and_labels_stay_together(write_csv):
    ds = read_csv(write_csv("a,b,label\n1,10,cat\n2,20,dog\n3,30,cat\n4,40,dog\n5,50,cat\n6,60,dog\n"),
                  CsvOptions(test_ratio=0.5))
    assert rows_of(ds) == {(1, 10): 0, (2, 20): 1, (3, 30): 0, (4, 40): 1, (5, 50): 0, (6, 60): 1}


def test_defaults_guess_the_target_and_encode_text_inputs_as_categories(write_csv):
    ds = read_csv(write_csv(IRIS_LIKE))
    assert ds.feature_names == ("sepal", "petal", "colour=red", "colour=(other)")  # "colour" is one-hot
    assert ds.spec["target"] == "species" and ds.spec["features"] == ["sepal", "petal", "colour"]
    assert ds.spec["columns"]["colour"]["role"] == "category"


def test_few_whole_numbers_are_classes_many_decimals_are_regression(write_csv):
    classes = read_csv(write_csv("a,b,y\n" + "".join(f"{i},{i * 2},{i % 3}\n" for i in range(30))))
    assert classes.task == "classification" and classes.class_names == ("0", "1", "2")
    values = read_csv(write_csv("a,b,y\n" + "".join(f"{i},{i * 2},{i * 0.37:.2f}\n" for i in range(30))))
    assert values.task == "regression" and values.y_train.dtype == np.float32
    assert values.n_classes == 0 and values.output_units == 1 and values.class_names == ()


def test_task_can_be_overridden(write_csv):
    path = write_csv("a,b,y\n" + "".join(f"{i},{i * 2},{i % 3}\n" for i in range(30)))
    ds = read_csv(path, CsvOptions(task="regression"))
    assert ds.task == "regression"
    assert sorted(set(np.concatenate([ds.y_train, ds.y_test]).tolist())) == [0.0, 1.0, 2.0]
    decimals = write_csv("a,y\n" + "".join(f"{i},{(i % 4) / 2}\n" for i in range(20)), "d.csv")
    ds = read_csv(decimals, CsvOptions(task="classification"))
    assert ds.class_names == ("0", "0.5", "1", "1.5")  # sorted by value, no "1.0"


def test_class_numbers_sort_by_value_not_alphabetically(write_csv):
    ds = read_csv(write_csv("a,y\n" + "".join(f"{i},{(2, 10, 1)[i % 3]}\n" for i in range(30))))
    assert ds.class_names == ("1", "2", "10")


def test_missing_drop_leaves_out_rows_with_any_gap(write_csv):
    text = "a,b,y\n1,2,x\n,3,y\n4,NA,x\n5,?,y\n6,7,\n8,9,y\n10,11,x\n12,nan,y\n13,14,x\n"
    ds = read_csv(write_csv(text), CsvOptions(missing="drop", standardize=False))
    assert set(rows_of(ds)) == {(1, 2), (8, 9), (10, 11), (13, 14)}
    assert "Left out 1 row without a target value" in ds.description
    assert "Left out 4 rows with missing inputs" in ds.description


def test_missing_mean_fills_with_the_training_mean_only(write_csv):
    text = "a,b,y\n" + "".join(f"{i},{100 + i},{'xy'[i % 2]}\n" for i in range(40))
    text += "1000,,x\n1000,,y\n"  # two rows with a gap in b; their a=1000 is far off
    ds = read_csv(write_csv(text), CsvOptions(missing="mean", standardize=False, test_ratio=0.25))
    filled = [r for r in (*ds.x_train_raw, *ds.x_test_raw) if r[0] == 1000]
    assert len(filled) == 2
    train_b = [r[1] for r in ds.x_train_raw if r[0] != 1000]
    assert all(r[1] == pytest.approx(np.mean(train_b)) for r in filled)
    assert "filled from the training rows" in ds.description


def test_standardization_statistics_come_from_the_training_split(write_csv):
    text = "a,b,y\n" + "".join(f"{i * i},{i % 7},{i % 2}\n" for i in range(50))
    ds = read_csv(write_csv(text))
    np.testing.assert_allclose(ds.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(ds.x_train.std(axis=0), 1, atol=1e-4)
    mean, std = ds.x_train_raw.mean(axis=0), ds.x_train_raw.std(axis=0)
    np.testing.assert_allclose(ds.x_test, (ds.x_test_raw - mean) / std, rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(ds.featurize(ds.x_test_raw), ds.x_test)
    plain = read_csv(write_csv(text), CsvOptions(standardize=False))
    np.testing.assert_array_equal(plain.x_train, plain.x_train_raw.astype(np.float32))


def test_quotes_crlf_bom_blank_lines_and_spaces(write_csv):
    text = b'\xef\xbb\xbf"size","weight","kind"\r\n 1 ,2,"big dog"\r\n\r\n3,4,"cat, small"\r\n5,6,big dog\r\n7,8,"cat, small"'
    ds = read_csv(write_csv(text), CsvOptions(standardize=False, test_ratio=0.5))
    assert ds.class_names == ("big dog", "cat, small")
    assert rows_of(ds) == {(1, 2): 0, (3, 4): 1, (5, 6): 0, (7, 8): 1}


def test_chunk_boundaries_do_not_lose_or_split_rows(write_csv, monkeypatch):
    monkeypatch.setattr(csv_import, "CHUNK_BYTES", 37)
    rows = ["a,b,label"] + [f'{i},{i * 2},"l\n{i % 2}"' if i % 9 == 0 else f"{i},{i * 2},l{i % 2}"
                            for i in range(200)]
    ds = read_csv(write_csv("\n".join(rows) + "\n"), CsvOptions(standardize=False))
    assert sorted(r[0] for r in rows_of(ds)) == list(range(200))
    assert ds.class_names == ("l\n0", "l\n1", "l0", "l1")


def test_spec_round_trip_through_load_dataset(write_csv):
    path = write_csv(IRIS_LIKE)
    spec = {"name": "csv", "path": path, "target": "species", "features": ["sepal", "petal"],
            "task": "auto", "missing": "drop", "standardize": True, "delimiter": None,
            "has_header": None, "test_ratio": 0.2, "seed": 0}
    ds = load_dataset(spec)
    assert ds.spec["delimiter"] == "," and ds.spec["has_header"] is True
    json.dumps(ds.spec)
    again = load_dataset(ds.spec)
    np.testing.assert_array_equal(ds.x_train, again.x_train)
    other = load_dataset({**spec, "seed": 1})
    assert not np.array_equal(ds.y_test, other.y_test) or not np.array_equal(ds.x_test, other.x_test)


def test_options_round_trip_and_validation():
    options = CsvOptions(target="y", features=["a"], missing="mean")
    assert options.features == ("a",)
    assert CsvOptions.from_spec(options.to_spec("/x.csv")) == options
    with pytest.raises(NNStudioError, match="missing"):
        CsvOptions(missing="zero")


def big_file(write_csv, megabytes=2.0):
    line = "".join(f"{i * 0.5:.3f},{i % 11},{i % 3}\n" for i in range(1000))
    return write_csv("a,b,y\n" + line * int(megabytes * 1e6 / len(line)), "big.csv")


def test_progress_rises_to_one(write_csv, monkeypatch):
    monkeypatch.setattr(csv_import, "CHUNK_BYTES", 256 * 1024)
    seen = []
    read_csv(big_file(write_csv), progress=seen.append)
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 1.0 and 0 <= seen[0] < 0.3


def test_cancel_stops_reading_with_cancelled(write_csv, monkeypatch):
    monkeypatch.setattr(csv_import, "CHUNK_BYTES", 256 * 1024)
    seen = []
    with pytest.raises(Cancelled) as info:
        read_csv(big_file(write_csv), progress=seen.append, should_cancel=lambda: len(seen) >= 2)
    assert isinstance(info.value, NNStudioError)
    assert len(seen) == 2  # stopped at the next chunk
