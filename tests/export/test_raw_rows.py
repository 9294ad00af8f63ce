"""A model trained on a CSV table, exported to every format, predicts from RAW rows (strings as
csv.DictReader gives them, with gaps, an unseen category and dates) exactly as the app does:
probabilities within 1e-4, identical labels. Real onnxruntime, Keras and torch run the files."""

import csv
import json

import numpy as np
import pytest

from nnstudio.data import CsvOptions, read_csv
from nnstudio.data.table_encoding import ColumnEncoding
from nnstudio.export import export_model
from nnstudio.project import model_for_project
from nnstudio.project.suggested_network import suggested_project
from nnstudio.training import TrainingSession
from tests.data.csv_samples import assert_encoded_like_read, cars_table, mixed_table
from tests.export.peers import have, require_keras, run_python

COLUMNS = {"island": {"missing": "most_frequent"}, "weight": {"missing": "indicator"}, "length": {"missing": "mean"}}
ODD_ROWS = [  # an unseen island and grade, gaps everywhere, a date in another year, a number with spaces
    {"id": "9001", "name": "new", "island": "Atlantis", "grade": "5", "day": "2030-12-31", "length": " 47.5 ",
     "weight": "", "species": ""},
    {"id": "9002", "name": "gaps", "island": "", "grade": "", "day": "", "length": "NA", "weight": "?",
     "species": ""},
]


def softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def trained(tmp_path, text, target, epochs):
    path = tmp_path / "table.csv"
    path.write_text(text)
    ds = read_csv(path, CsvOptions(target=target, columns=COLUMNS if target == "species" else None))
    doc = suggested_project(ds, "table")
    doc.training.epochs = epochs
    records = []
    TrainingSession(doc.layers, doc.training, ds, report=records.append).run()
    doc.set_weights(list([r for r in records if r.weights is not None][-1].weights))
    model = model_for_project(doc, ds)
    rows = list(csv.DictReader(open(path, newline=""))) + ODD_ROWS * (target == "species")
    return ds, doc, model, rows, path


@pytest.fixture(scope="module")
def birds(tmp_path_factory):
    return trained(tmp_path_factory.mktemp("birds"), mixed_table(), "species", 20)


def app_outputs(ds, model, rows):
    return model.predict(ds.preprocessing.preprocess(rows))


def write_rows(path, rows):
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_the_app_scores_well_and_its_raw_row_path_matches_training_inputs(birds):
    ds, doc, model, rows, _ = birds
    test_acc = float((model.predict(ds.x_test).argmax(1) == ds.y_test).mean())
    assert test_acc >= 0.85
    assert_encoded_like_read(ds.preprocessing.encode_rows(rows[:-2]), ds)
    unseen = dict(zip(ds.feature_names, ds.preprocessing.encode_rows(rows[-2:])[0]))
    assert unseen["island=(other)"] == unseen["grade=(other)"] == 1  # the unseen values are "other"


def test_onnx_runs_raw_rows_with_only_its_own_metadata(birds, tmp_path):
    onnx = pytest.importorskip("onnx")
    ds, doc, model, rows, _ = birds
    path = tmp_path / "birds.onnx"
    export_model(model, "onnx", path, preprocessing=ds.preprocessing)
    proto = onnx.load(str(path))
    meta = {p.key: p.value for p in proto.metadata_props}
    assert json.loads(meta["nnstudio.class_names"]) == ["Adelie", "Chinstrap", "Gentoo"]
    assert json.loads(meta["nnstudio.input_columns"]) == list(ds.feature_names)
    assert json.loads(meta["nnstudio.categories"])["island"] == ["Biscoe", "Dream", "Torgersen"]
    assert [n.op_type for n in proto.graph.node][:4] == ["IsNaN", "Where", "Sub", "Div"]
    # What a program outside NN Studio does: encode columns from the metadata, leave number gaps as NaN.
    columns = [ColumnEncoding.from_json(c) for c in json.loads(meta["nnstudio.preprocessing"])["columns"]]
    blocks = []
    for c in columns:
        cells = [r.get(c.name) for r in rows]
        block = c.encode_cells(cells)
        if c.role == "number":
            block[:, 0] = [float(v) if v and v.strip() not in ("NA", "?") else np.nan for v in cells]
        blocks.append(block)
    x = np.column_stack(blocks).astype(np.float32)
    assert np.isnan(x).any()  # the graph fills these itself
    want = softmax(app_outputs(ds, model, rows))
    from onnx.reference import ReferenceEvaluator

    got = ReferenceEvaluator(proto).run(None, {"input": x})[0]
    np.testing.assert_allclose(softmax(got), want, atol=1e-4)
    if have("onnxruntime"):
        import onnxruntime as ort

        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        got = session.run(["output"], {"input": x})[0]
        np.testing.assert_allclose(softmax(got), want, atol=1e-4)
        assert (got.argmax(1) == want.argmax(1)).all()


def test_npz_and_json_carry_the_statistics_and_encodings(birds, tmp_path):
    ds, doc, model, rows, _ = birds
    export_model(model, "npz", tmp_path / "b.npz", preprocessing=ds.preprocessing)
    with np.load(tmp_path / "b.npz", allow_pickle=False) as data:
        mean, std, fill = data["preprocessing/mean"], data["preprocessing/std"], data["preprocessing/fill"]
        described = json.loads(str(data["preprocessing/json"]))
    encoded = ds.preprocessing.encode_rows(rows)
    np.testing.assert_allclose((encoded - mean) / std, ds.preprocessing.preprocess(rows), atol=1e-5)
    assert fill.shape == (len(ds.feature_names),) and described["class_names"] == ["Adelie", "Chinstrap", "Gentoo"]
    export_model(model, "json", tmp_path / "b.json", preprocessing=ds.preprocessing)
    document = json.loads((tmp_path / "b.json").read_text())
    assert document["preprocessing"]["inputs"] == list(ds.feature_names)
    np.testing.assert_allclose(document["preprocessing"]["std"], std)


@pytest.mark.slow
def test_real_keras_file_predicts_from_the_encoded_unscaled_columns(birds, tmp_path):
    require_keras()
    ds, doc, model, rows, _ = birds
    export_model(model, "keras", tmp_path / "birds.keras", preprocessing=ds.preprocessing)
    np.save(tmp_path / "encoded.npy", ds.preprocessing.encode_rows(rows).astype(np.float32))
    out = run_python("""
        import keras, numpy as np
        model = keras.models.load_model("birds.keras")
        assert type(model.layers[0]).__name__ == "Normalization"
        np.save("keras_out.npy", np.asarray(model.predict(np.load("encoded.npy"), verbose=0)))
        print("ok")
    """, tmp_path)
    assert out.strip().endswith("ok")
    got = np.load(tmp_path / "keras_out.npy")
    want = app_outputs(ds, model, rows)
    np.testing.assert_allclose(softmax(got), softmax(want), atol=1e-4)
    assert (got.argmax(1) == want.argmax(1)).all()


SCRIPT_CHECK = """
    import csv, importlib, json, sys
    import numpy as np
    script = importlib.import_module(sys.argv[1])
    rows = list(csv.DictReader(open("rows.csv", newline="")))
    np.save("script_out.npy", np.asarray(script.predict(script.preprocess(rows)), dtype="float64"))
    json.dump(script.predict_rows(rows), open("labels.json", "w"))
    print("ok")
"""


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["keras-code", "pytorch-code"])
def test_generated_scripts_predict_raw_rows_like_the_app(birds, tmp_path, fmt):
    if fmt == "keras-code":
        require_keras()
    elif not have("torch"):
        pytest.skip("torch is not installed")
    ds, doc, model, rows, _ = birds
    module = "birds_" + fmt.split("-")[0]
    export_model(model, fmt, tmp_path / f"{module}.py", preprocessing=ds.preprocessing)
    write_rows(tmp_path / "rows.csv", rows)
    run_python(SCRIPT_CHECK, tmp_path, args=[module])
    want = app_outputs(ds, model, rows)
    np.testing.assert_allclose(softmax(np.load(tmp_path / "script_out.npy")), softmax(want), atol=1e-4)
    assert json.loads((tmp_path / "labels.json").read_text()) == ds.preprocessing.answers(want)
    run_python(f"import runpy, sys; sys.argv = ['{module}.py', '--input', 'rows.csv', '--output', 'cli.npy']; "
               f"runpy.run_path('{module}.py', run_name='__main__')", tmp_path)
    np.testing.assert_allclose(softmax(np.load(tmp_path / "cli.npy")), softmax(want), atol=1e-4)


@pytest.mark.slow
def test_a_regression_script_returns_numbers(tmp_path):
    if not have("torch"):
        pytest.skip("torch is not installed")
    ds, doc, model, rows, _ = trained(tmp_path, cars_table(), "mpg", 5)
    export_model(model, "pytorch-code", tmp_path / "cars_torch.py", preprocessing=ds.preprocessing)
    write_rows(tmp_path / "rows.csv", rows)
    run_python(SCRIPT_CHECK, tmp_path, args=["cars_torch"])
    got = json.loads((tmp_path / "labels.json").read_text())
    want = app_outputs(ds, model, rows)[:, 0]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-4)
    assert model.layers[-1].name == "to_target_units" and not model.layers[-1].trainable
    if have("keras"):  # the frozen layer's constant initializers are real Keras ones
        export_model(model, "keras", tmp_path / "cars.keras", preprocessing=ds.preprocessing)
        np.save(tmp_path / "encoded.npy", ds.preprocessing.encode_rows(rows).astype(np.float32))
        run_python("""
            import keras, numpy as np
            model = keras.models.load_model("cars.keras")
            assert not model.layers[-1].trainable
            np.save("keras_out.npy", np.asarray(model.predict(np.load("encoded.npy"), verbose=0)))
        """, tmp_path)
        np.testing.assert_allclose(np.load(tmp_path / "keras_out.npy")[:, 0], want, rtol=1e-5, atol=1e-4)


def test_our_own_reader_folds_the_keras_normalization_into_the_first_layer(birds, tmp_path):
    from nnstudio.engine.saving import load_model

    ds, doc, model, rows, _ = birds
    export_model(model, "keras", tmp_path / "birds.keras", preprocessing=ds.preprocessing)
    again = load_model(tmp_path / "birds.keras")
    assert [layer.name for layer in again.layers] == [layer.name for layer in model.layers]
    encoded = ds.preprocessing.encode_rows(rows).astype(np.float32)
    # Folding (x − μ)/σ into float32 weights costs digits where μ/σ is large (a year: 2021/0.8),
    # so NN Studio's own reading is within 1e-3; real Keras runs the Normalization itself (1e-4 above).
    np.testing.assert_allclose(softmax(again.predict(encoded)), softmax(app_outputs(ds, model, rows)), atol=1e-3)


@pytest.mark.slow
def test_real_keras_predicts_from_the_raw_number_columns_of_the_file(tmp_path):
    """A table of numbers only: the CSV's own columns, read with NumPy as they stand, go straight
    into the .keras file (its Normalization layer standardizes them)."""
    require_keras()
    rng = np.random.default_rng(5)
    x = rng.normal([50, 3000, 0.2], [10, 800, 0.05], size=(150, 3))
    label = np.where(x[:, 0] / 10 + x[:, 1] / 800 > 9, "big", "small")
    lines = ["length,mass,ratio,size"] + [f"{a:.2f},{b:.1f},{c:.4f},{d}" for (a, b, c), d in zip(x, label)]
    ds, doc, model, rows, path = trained(tmp_path, "\n".join(lines) + "\n", "size", 10)
    export_model(model, "keras", tmp_path / "sizes.keras", preprocessing=ds.preprocessing)
    run_python("""
        import keras, numpy as np
        model = keras.models.load_model("sizes.keras")
        raw = np.loadtxt("table.csv", delimiter=",", skiprows=1, usecols=(0, 1, 2), dtype="float32")
        np.save("keras_out.npy", np.asarray(model.predict(raw, verbose=0)))
    """, tmp_path)
    want = app_outputs(ds, model, rows)
    got = np.load(tmp_path / "keras_out.npy")
    np.testing.assert_allclose(softmax(got), softmax(want), atol=1e-4)
    assert ds.preprocessing.answers(got) == ds.preprocessing.answers(want)


def test_the_project_file_keeps_the_other_input(birds, tmp_path):
    from nnstudio.data.table_encoding import TablePreprocessing
    from nnstudio.project import load_project, save_project

    ds, doc, model, rows, _ = birds
    save_project(doc, tmp_path / "birds.nnstudio")
    again = TablePreprocessing.from_json(load_project(tmp_path / "birds.nnstudio").preprocessing)
    assert "island=(other)" in again.input_names
    np.testing.assert_array_equal(again.preprocess(rows), ds.preprocessing.preprocess(rows))


def test_a_project_saved_before_the_other_input_keeps_its_inputs(birds, tmp_path):
    import zipfile

    from nnstudio.data import load_dataset
    from nnstudio.project import load_project, save_project

    ds, doc, model, rows, _ = birds
    old = doc.copy()
    old.data_spec = {k: v for k, v in ds.spec.items() if k != "other_input"}
    old.preprocessing = json.loads(json.dumps(doc.preprocessing))
    for c in old.preprocessing["columns"]:
        if c["role"] == "category":   # as an earlier version wrote it
            c.pop("other")
            c["categories"] = [n.split("=", 1)[1] for n in ds.feature_names
                               if n.startswith(c["name"] + "=") and not n.endswith("(other)")]
    save_project(old, tmp_path / "old.nnstudio")
    with zipfile.ZipFile(tmp_path / "old.nnstudio") as z:
        assert "other_input" not in json.loads(z.read("project.json"))["data"]
    again = load_project(tmp_path / "old.nnstudio")
    assert again.data_spec["other_input"] is False
    data = load_dataset(again.data_spec)
    assert not any(n.endswith("=(other)") for n in data.feature_names)
    assert len(data.feature_names) == len(ds.feature_names) - 2   # island and grade: no "other"
