"""Opening a project whose data is a big CSV table: open_project returns at once and the table is
read in a worker thread while the window keeps running (no nested event loop); Train waits for
it; a missing table is a plain message, not a hang."""

import numpy as np
from PySide6.QtCore import QTimer

from nnstudio.data import CsvOptions, read_csv
from nnstudio.project import save_project
from nnstudio.project.suggested_network import suggested_project
from tests.gui.training_fixtures import training_window  # noqa: F401


def big_table(path, rows=150_000):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(rows, 8))
    label = np.where(x[:, 0] + x[:, 1] > 0, "yes", "no")
    with open(path, "w") as f:
        f.write(",".join(f"f{i}" for i in range(8)) + ",label\n")
        np.savetxt(f, np.column_stack([np.char.mod("%.4f", x), label]), fmt="%s", delimiter=",")


def test_the_window_keeps_running_while_a_projects_table_is_read(qtbot, training_window, tmp_path):
    table = tmp_path / "big.csv"
    big_table(table)
    ds = read_csv(table, CsvOptions(target="label"))
    project = tmp_path / "big.nnstudio"
    save_project(suggested_project(ds, "big"), project)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    training_window.open_project(project)
    workspace = training_window.workspace
    assert training_window.doc.path == str(project) and workspace.loading
    assert "being read" in workspace.why_not_trainable()
    qtbot.waitUntil(lambda: workspace.dataset is not None, timeout=60_000)
    timer.stop()
    assert training_window.workspace.dataset is not None
    assert training_window.workspace.dataset.n_train + training_window.workspace.dataset.n_test == 150_000
    assert len(ticks) >= 3  # the window's own event loop ran during the read
    assert training_window.workspace.why_not_trainable() is None


def test_a_missing_table_is_a_message(qtbot, training_window, tmp_path):
    table = tmp_path / "gone.csv"
    big_table(table, rows=200)
    ds = read_csv(table, CsvOptions(target="label"))
    project = tmp_path / "gone.nnstudio"
    save_project(suggested_project(ds, "gone"), project)
    table.unlink()
    training_window.open_project(project)
    assert training_window.workspace.dataset is None
    assert "does not exist" in str(training_window.workspace.dataset_error)
    assert training_window.doc.preprocessing["target"] == "label"  # the file's preprocessing is kept
