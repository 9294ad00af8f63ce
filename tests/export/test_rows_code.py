"""The generated scripts' ``preprocess(rows)`` runs NN Studio's own cell encoding (its source is
copied into the script), so a script and the app turn the same raw rows into the same inputs."""

import csv
import inspect
import io

import numpy as np

from nnstudio.data import CsvOptions, cell_encoding, read_csv
from nnstudio.export.rows_code import cell_encoding_source, rows_code
from tests.data.csv_samples import mixed_table

ROWS = [{"island": "Atlantis", "grade": "5", "day": "2030-12-31", "length": " 47.5 ", "weight": ""},
        {"island": "", "grade": "2.0", "day": "not a date", "length": "NA", "weight": "?"},
        {"island": "Dream"}]


def read(tmp_path, text, **options):
    path = tmp_path / "table.csv"
    path.write_text(text)
    return read_csv(path, CsvOptions(target="species", **options)).preprocessing


def script_namespace(prep):
    """The script's preprocessing part, run on its own (the network part is stubbed)."""
    namespace = {"np": np, "load_inputs": lambda path: None, "predict": lambda x: np.zeros((len(x), 3))}
    exec(compile(rows_code(prep), "generated", "exec"), namespace)  # text NN Studio generated itself
    return namespace


def test_the_script_carries_the_data_packages_own_cell_encoding(tmp_path):
    prep = read(tmp_path, mixed_table())
    source = inspect.getsource(cell_encoding)
    assert cell_encoding_source().strip() in source and "def cell_encoder(column):" in cell_encoding_source()
    assert cell_encoding_source() in rows_code(prep)


def test_script_and_app_encode_the_same_rows_alike(tmp_path):
    text = mixed_table()
    prep = read(tmp_path, text, columns={"weight": {"missing": "indicator"}})
    rows = list(csv.DictReader(io.StringIO(text))) + ROWS
    script = script_namespace(prep)
    np.testing.assert_array_equal(script["preprocess"](rows), prep.preprocess(rows))
    assert script["predict_rows"](rows[:2]) == ["Adelie", "Adelie"]
