"""The reader example of docs/export-onnx.md, run as written on raw CSV rows (gaps, an unseen
category, a whole-number category written "2.0", dates, a date that is not one), gives NN
Studio's own predictions."""

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

from nnstudio.data import CsvOptions, read_csv
from nnstudio.export import export_model
from nnstudio.project import model_for_project
from nnstudio.project.suggested_network import suggested_project
from nnstudio.training import TrainingSession
from tests.data.csv_samples import mixed_table
from tests.export.peers import have, run_python

DOC = Path(__file__).resolve().parents[2] / "docs" / "export-onnx.md"
ODD = [{"island": "Atlantis", "grade": "5", "day": "2030-12-31", "length": " 47.5 ", "weight": "", "species": ""},
       {"island": "", "grade": "2.0", "day": "", "length": "NA", "weight": "?", "species": ""},
       {"island": "Dream", "grade": "", "day": "soon", "length": "abc", "weight": "4000", "species": ""}]


def reader_example() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("### Reading raw rows in another program"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_documented_reader_predicts_raw_rows_like_the_app(tmp_path):
    if not have("onnx", "onnxruntime"):
        pytest.skip("onnx and onnxruntime are not installed")
    path = tmp_path / "table.csv"
    path.write_text(mixed_table())
    ds = read_csv(path, CsvOptions(target="species", features=("island", "grade", "day", "length", "weight"),
                                   columns={"island": {"role": "category", "missing": "most_frequent"},
                                            "grade": {"role": "category", "missing": "indicator"},
                                            "day": {"role": "date", "missing": "indicator"},
                                            "length": {"role": "number", "missing": "mean"},
                                            "weight": {"role": "number", "missing": "indicator"}}))
    doc = suggested_project(ds, "table")
    doc.training.epochs = 10
    records = []
    TrainingSession(doc.layers, doc.training, ds, report=records.append).run()
    doc.set_weights(list([r for r in records if r.weights is not None][-1].weights))
    model = model_for_project(doc, ds)
    export_model(model, "onnx", tmp_path / "model.onnx", preprocessing=ds.preprocessing)
    rows = list(csv.DictReader(open(path, newline=""))) + ODD
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    run_python(reader_example() + "\nnp.save('scores.npy', scores)\njson.dump(labels, open('labels.json', 'w'))\n",
               tmp_path)
    want = model.predict(ds.preprocessing.preprocess(rows))
    got = np.load(tmp_path / "scores.npy")
    np.testing.assert_allclose(got, want, atol=1e-4)
    assert json.loads((tmp_path / "labels.json").read_text()) == ds.preprocessing.answers(want)
