"""Files the importer cannot use: each gives one plain-English DataError (never another
exception) that says which row and column and what is wrong."""

import os

import numpy as np
import pytest

from nnstudio.data import CsvOptions, load_dataset, read_csv, sniff_csv
from nnstudio.errors import DataError

GOOD = "age,height,label\n" + "".join(f"{20 + i},{150 + i},{'ab'[i % 2]}\n" for i in range(10))

# name -> (file content, options, words the message must contain)
HOSTILE = {
    "ragged short row": (GOOD + "31,x\n", {}, ["Row 12", "3 columns", 'column "label" is missing']),
    "ragged very short row": (GOOD + "31\n", {}, ["Row 12", 'columns "height" to "label"']),
    "ragged long row": (GOOD.replace("23,153,b", "23,153,b,9"), {}, ["Row 5", '"label"']),
    "text in a number column": (GOOD.replace("25,155", "abc,155"), {"features": ["age", "height"]},
                                ["Row 7", 'column "age"', '"abc" is not a number']),
    "decimal comma": ("a;b;y\n1.5;2;x\n2,5;3;y\n", {"features": ["a", "b"]},
                      ["Row 3", 'column "a"', '"2,5" is not a number', "point"]),
    "text late in a big file": (
        "a,b,y\n" + "1,2,x\n3,4,y\n" * 20000 + "5,six,x\n", {"features": ["a", "b"]},
        ["Row 40002", 'column "b"', '"six" is not a number']),
    "empty file": ("", {}, ["empty"]),
    "only whitespace": ("\n \n\n", {}, ["empty"]),
    "header only": ("age,height,label\n", {}, ["header", "row 1", "no data rows"]),
    "single class": ("a,b,y\n1,2,x\n3,4,x\n5,6,x\n", {}, ['"y"', "only one class", '"x"']),
    "all-NaN column": ("a,b,y\n1,,x\n2,NA,y\n3,?,x\n4,,y\n", {"features": ["a", "b"]},
                       ['Column "b"', "no numbers"]),
    "all-NaN column with mean": ("a,b,y\n1,,x\n2,NA,y\n3,?,x\n4,,y\n",
                                 {"features": ["a", "b"], "missing": "mean"}, ['Column "b"']),
    "non-UTF-8 bytes": ("age,name,label\n1,ok,a\n2,caf\xe9,b\n".encode("latin-1"), {},
                        ["Row 3", 'column "name"', "UTF-8"]),
    "non-UTF-8 late in the file": (("a,b,y\n" + "1,2,x\n" * 30000).encode() + b"1,\xff,y\n",
                                   {}, ["Row 30002", 'column "b"', "UTF-8"]),
    "binary file": (bytes(range(256)) * 40, {}, ["not a CSV text file", "binary"]),
    "png image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), {}, ["binary"]),
    "one column": ("a\n1\n2\n3\n", {}, ["only one column"]),
    "unknown target": (GOOD, {"target": "weight"}, ['"weight"', "age, height, label"]),
    "target also an input": (GOOD, {"target": "age", "features": ["age", "height"]},
                             ['"age"', "target"]),
    "only a name besides the target": ("name,label\n" + "".join(f"person {i},{'ab'[i % 2]}\n" for i in range(30)),
                                       {}, ["input column"]),
    "text target as regression": (GOOD, {"task": "regression", "features": ["age"]},
                                  ["Row 2", 'column "label"', '"a" is not a number', "classification"]),
    "too many classes": ("a,y\n" + "".join(f"{i},{i * 0.01}\n" for i in range(400)),
                         {"task": "classification"}, ['"y"', "too many classes"]),
    "infinite value": (GOOD.replace("24,154", "1e999,154"), {"features": ["age", "height"]},
                       ["Row 6", 'column "age"', "infinite"]),
    "every row has a gap": ("a,b,y\n1,,x\n,2,y\n3,,x\n", {"features": ["a", "b"], "missing": "drop"},
                            ["No rows are left", "mean"]),
    "one usable row": ("a,b,y\n1,2,x\n", {}, ["only one class"]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_gives_a_clear_data_error(write_csv, name):
    content, options, words = HOSTILE[name]
    path = write_csv(content)
    with pytest.raises(DataError) as info:
        read_csv(path, CsvOptions(**options))
    message = str(info.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    assert "Traceback" not in message and "\n" not in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        read_csv(tmp_path / "nope.csv")
    with pytest.raises(DataError, match="folder"):
        sniff_csv(tmp_path)


def test_sniff_reports_binary_and_non_utf8_files_at_once(write_csv):
    with pytest.raises(DataError, match="binary"):
        sniff_csv(write_csv(b"\x00\x01\x02abc,def\n"))
    with pytest.raises(DataError, match='Row 2, column "b"'):
        sniff_csv(write_csv("a,b\n1,\xe9\n".encode("latin-1")))


def test_load_dataset_gives_the_same_errors(write_csv):
    path = write_csv(GOOD + "31,x\n")
    with pytest.raises(DataError, match="Row 12"):
        load_dataset({"name": "csv", "path": path})


def test_random_bytes_never_raise_anything_but_data_error(write_csv):
    rng = np.random.default_rng(0)
    for i in range(30):
        content = rng.integers(0, 256, rng.integers(1, 400), dtype=np.uint8).tobytes()
        if i % 2:  # mostly-text noise: digits, delimiters, quotes and line ends
            content = bytes(rng.choice(list(b'0123456789.,;\t|"\n\r-eNA? x'), len(content)))
        path = write_csv(content, f"noise{i}.csv")
        try:
            read_csv(path)
        except DataError:
            pass
        os.remove(path)


def test_unclosed_quote_is_reported_not_hung_on(write_csv, monkeypatch):
    import nnstudio.data.csv_import as csv_import

    monkeypatch.setattr(csv_import, "CHUNK_BYTES", 4096)
    text = "a,b,y\n" + "1,2,x\n3,4,y\n" * 3000 + '5,"6,x\n' + "7,8,y\n" * 3000
    with pytest.raises(DataError, match=r"Row 6002 .*quote"):
        read_csv(write_csv(text))
