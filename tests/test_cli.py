"""The `nnstudio` command without a display: train, export, summary, and one-line failures."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.project import load_project, make_example, save_project
from nnstudio.resource_files import resource_path

EXAMPLES = resource_path("examples")


def run_cli(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "nnstudio", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


@pytest.mark.parametrize("name", sorted(p.stem for p in EXAMPLES.glob("*.nnstudio")))
def test_summary_of_every_example(name):
    r = run_cli("summary", EXAMPLES / f"{name}.nnstudio")
    assert r.returncode == 0, r.stderr
    assert "Total params:" in r.stdout and "Layer (type)" in r.stdout
    assert "Problem" not in r.stdout


def test_version():
    import nnstudio

    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"nnstudio {nnstudio.__version__}"


def test_examples_on_disk_match_the_gallery():
    for path in EXAMPLES.glob("*.nnstudio"):
        assert load_project(path).layers == make_example(path.stem).layers, f"run scripts/make_examples.py ({path.name})"


def test_train_saves_weights_history_and_does_not_import_qt(tmp_path):
    out = tmp_path / "trained.nnstudio"
    r = run_cli("train", EXAMPLES / "iris.nnstudio", "--epochs", "3", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "Epoch 3/3" in r.stderr and "samples/s" in r.stderr
    doc = load_project(out)
    assert doc.weights is not None and len(doc.history.runs) == 1
    assert [e["epoch"] for e in doc.history.current.epochs] == [1, 2, 3]
    assert len(doc.history.current.batch_loss) == 3 * int(np.ceil(105 / 16))


def test_train_is_repeatable_and_equals_the_session(tmp_path):
    from nnstudio.data import load_dataset
    from nnstudio.training import TrainingSession

    a, b = tmp_path / "a.nnstudio", tmp_path / "b.nnstudio"
    assert run_cli("train", EXAMPLES / "circle.nnstudio", "--epochs", "4", "-o", a).returncode == 0
    assert run_cli("train", EXAMPLES / "circle.nnstudio", "--epochs", "4", "-o", b).returncode == 0
    wa, wb = load_project(a).weights, load_project(b).weights
    doc = make_example("circle")
    doc.training.epochs = 4
    records = []
    TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), report=records.append).run()
    final = [r for r in records if r.kind == "finished"][-1].weights
    for x, y, z in zip(wa, wb, final):
        np.testing.assert_array_equal(x, y)
        np.testing.assert_array_equal(x, z)


@pytest.mark.parametrize("fmt", ["npz", "json", "onnx", "keras", "keras-weights"])
def test_export_formats(tmp_path, fmt):
    pytest.importorskip("nnstudio.export")
    from nnstudio.export import FORMATS

    out = tmp_path / f"model{FORMATS[fmt]}"
    r = run_cli("export", EXAMPLES / "digits_cnn.nnstudio", "--format", fmt, "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.exists() and out.stat().st_size > 0


def test_export_and_summary_of_a_keras_file(tmp_path):
    pytest.importorskip("nnstudio.export")
    keras_file = tmp_path / "m.keras"
    assert run_cli("export", EXAMPLES / "classic.nnstudio", "--format", "keras", "-o", keras_file).returncode == 0
    r = run_cli("summary", keras_file)
    assert r.returncode == 0, r.stderr
    assert "(None, 10)" in r.stdout
    r = run_cli("export", keras_file, "--format", "npz", "-o", tmp_path / "m.npz")
    assert r.returncode == 0, r.stderr


def _one_line_failure(r):
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.strip().splitlines() if ln]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("nnstudio: error:") and "Traceback" not in r.stderr
    return lines[0]


def test_bad_path_exits_2_with_one_line(tmp_path):
    msg = _one_line_failure(run_cli("train", tmp_path / "missing.nnstudio"))
    assert "missing.nnstudio" in msg
    _one_line_failure(run_cli("summary", tmp_path / "missing.keras"))
    _one_line_failure(run_cli("export", tmp_path, "--format", "npz", "-o", tmp_path / "x.npz"))


def test_corrupt_files_exit_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.nnstudio"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert "damaged" in _one_line_failure(run_cli("train", bad))
    truncated = tmp_path / "trunc.nnstudio"
    truncated.write_bytes((EXAMPLES / "spiral.nnstudio").read_bytes()[:300])
    _one_line_failure(run_cli("summary", truncated))
    bad_keras = tmp_path / "bad.keras"
    bad_keras.write_text("not a keras file")
    _one_line_failure(run_cli("summary", bad_keras))


def test_unknown_format_exits_2_with_one_line(tmp_path):
    pytest.importorskip("nnstudio.export")
    msg = _one_line_failure(run_cli("export", EXAMPLES / "iris.nnstudio", "--format", "tflite", "-o", tmp_path / "x"))
    assert "tflite" in msg and "onnx" in msg


def test_bad_epochs_and_debug_traceback(tmp_path):
    _one_line_failure(run_cli("train", EXAMPLES / "iris.nnstudio", "--epochs", "0", "-o", tmp_path / "x.nnstudio"))
    r = run_cli("--debug", "summary", tmp_path / "missing.nnstudio")
    assert r.returncode != 0 and "Traceback" in r.stderr


def test_newer_schema_is_refused(tmp_path):
    import json
    import zipfile

    path = tmp_path / "future.nnstudio"
    save_project(make_example("xor"), path)
    with zipfile.ZipFile(path) as z:
        data = json.loads(z.read("project.json"))
        weights = z.read("weights.npz")
    data["schema_version"] = 99
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.json", json.dumps(data))
        z.writestr("weights.npz", weights)
    assert "newer" in _one_line_failure(run_cli("summary", path))


def test_a_diverging_run_ends_with_a_plain_message_and_good_weights(tmp_path):
    doc = make_example("circle")
    doc.training.optimizer, doc.training.learning_rate, doc.training.epochs = "sgd", 10.0, 20
    src, out = tmp_path / "wild.nnstudio", tmp_path / "out.nnstudio"
    save_project(doc, src)
    r = run_cli("train", src, "-o", out)
    assert r.returncode == 2
    assert "lower learning rate" in r.stderr
    saved = load_project(out)
    assert saved.history.current.status == "diverged"
    assert all(np.isfinite(w).all() for w in saved.weights)


def test_train_a_csv_prints_the_test_metric_last_and_exports(tmp_path):
    from tests.data.csv_samples import cars_table, mixed_table

    table = tmp_path / "birds.csv"
    table.write_text(mixed_table())
    out = tmp_path / "birds.nnstudio"
    r = run_cli("train", table, "--target", "species", "--epochs", "30", "-o", out)
    assert r.returncode == 0, r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("test accuracy ") and float(last.split()[-1]) >= 0.8
    doc = load_project(out)
    assert doc.preprocessing["class_names"] == ["Adelie", "Chinstrap", "Gentoo"]
    assert run_cli("export", out, "--format", "onnx", "-o", tmp_path / "birds.onnx").returncode == 0

    cars = tmp_path / "cars.csv"
    cars.write_text(cars_table())
    r = run_cli("train", cars, "--target", "mpg", "--epochs", "3", "-o", tmp_path / "cars.nnstudio")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1].startswith("test mae ")
    r = run_cli("train", cars, "--target", "nope", "-o", tmp_path / "x.nnstudio")
    assert r.returncode == 2 and 'no column "nope"' in r.stderr and "Traceback" not in r.stderr
