"""Builder speed: how soon the window shows after launch, and how fast an edit on a 30-layer
network re-validates and redraws. Prints a table; rerun with ``python benchmarks/gui_builder.py``.

Targets (issue 3): window shown < 2 s after the process starts; edit -> validated and redrawn
< 50 ms (median). Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

CHILD = r"""
import time, sys, tempfile
from PySide6.QtCore import QSettings, QTimer
QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
t_import = time.time()
from nnstudio.gui.app import ensure_app
app = ensure_app()
import nnstudio.data
t_data = time.time()
from nnstudio.gui.main_window import MainWindow
t_build = time.time()
window = MainWindow()
window.show()
def shown():
    print("SHOWN", time.time(), t_import, t_data, t_build, flush=True)
    window.doc.set_dirty(False)
    app.quit()
QTimer.singleShot(0, shown)   # runs once the event loop has shown (painted) the window
app.exec()
"""


def startup_times(runs=3):
    rows = []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": ROOT}
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=120).stdout
        line = next(x for x in out.splitlines() if x.startswith("SHOWN"))
        shown, t_import, t_data, t_build = (float(v) for v in line.split()[1:])
        rows.append({"total": shown - start, "python+PySide6": t_import - start,
                     "nnstudio.data (+scikit-learn)": t_data - t_import, "other imports": t_build - t_data,
                     "build and show": shown - t_build})
    return rows


def edit_times(n_layers=30, edits=25):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    sys.path.insert(0, ROOT)
    from nnstudio.gui.app import ensure_app

    app = ensure_app()
    from nnstudio.gui.main_window import MainWindow
    from nnstudio.project.commands import ReplaceNetwork
    from nnstudio.project.network import new_layer_spec

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    layers = [dict(window.doc.layers[0])]
    names = [layers[0]["config"]["name"]]
    while len(layers) < n_layers:
        spec = new_layer_spec("Dense" if len(layers) % 2 else "Dropout", names)
        names.append(spec["config"]["name"])
        layers.append(spec)
    layers.append(new_layer_spec("Dense", names, units=2, activation="linear"))
    window.builder.push(ReplaceNetwork(layers))
    app.processEvents()
    canvas = window.builder.canvas

    def timed(action):
        t = time.perf_counter()
        action()
        canvas.viewport().repaint()        # the redraw itself, synchronously
        window.builder.summary.repaint()
        return (time.perf_counter() - t) * 1000

    middle = n_layers // 2 + (n_layers // 2) % 2 - 1   # a Dense in the middle
    results = {
        "change units (SetLayerConfig)": [
            timed(lambda v=v: window.builder.set_layer_config(middle, {"units": 8 + v % 5})) for v in range(edits)],
        "insert a layer (drop)": [],
        "undo the insert": [],
    }
    for _ in range(edits // 2):
        results["insert a layer (drop)"].append(timed(lambda: window.builder.insert_layer(middle, "ReLU")))
        results["undo the insert"].append(timed(window.undo_stack.undo))
    blocks = len(canvas.layer_blocks())
    window.doc.set_dirty(False)
    window.close()
    return results, blocks


def main():
    print("NN Studio builder benchmark")
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, python {sys.version.split()[0]}\n")
    rows = startup_times()
    print("Window shown after launch (subprocess, from process start), seconds")
    keys = list(rows[0])
    print(f"{'':32}" + "".join(f"run {i + 1:<6}" for i in range(len(rows))) + "median   target")
    for k in keys:
        values = [r[k] for r in rows]
        target = "< 2.0" if k == "total" else ""
        print(f"{k:32}" + "".join(f"{v:<10.2f}" for v in values) + f"{statistics.median(values):<9.2f}{target}")
    results, blocks = edit_times()
    print(f"\nEdit -> re-validate -> redraw, {blocks}-layer network, milliseconds")
    print(f"{'edit':32}{'median':>8}{'p90':>8}{'max':>8}   target")
    for name, values in results.items():
        values = sorted(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        print(f"{name:32}{statistics.median(values):8.1f}{p90:8.1f}{values[-1]:8.1f}   < 50")


if __name__ == "__main__":
    main()
