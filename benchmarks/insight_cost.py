"""What the insight views cost training: throughput with the views open versus closed.

Runs the real app: ``MainWindow()``, its training controller and worker thread, on the spiral
preset and the digits MLP, in three modes: "closed" (the insight docks hidden; the part still
records the weight history, as it does for a user), "tabbed" (the app's own layout: the view in
front is redrawn live) and "all open" (all seven views float side by side, each redrawn live:
≤ 10 Hz, less when a redraw is costly). Throughput is training samples per second of the
worker's epochs (the ``seconds`` of each epoch log); modes alternate, and the best and the
median of ``--repeats`` runs are reported. Other work on the machine only ever slows a run, so
the best run is the steadier estimate on a shared machine. The goal: open ≥ 0.9 × closed.

"tick ms" is the UI thread's CPU per redraw round (painting included), "redraws/s" counts view
redraws, "CPU %" is the part's share of one core over the run, "UI %" the whole UI thread's
(curves, progress, painting: everything the window does), and "put off/s" how often the UI
thread's shared budget (``gui/ui_budget.py``) made a redraw wait; unlike throughput, the shares
hardly depend on other work running on the machine.

    xvfb-run -a -s "-screen 0 2560x1200x24" python benchmarks/insight_cost.py   # real X painting
    QT_QPA_PLATFORM=offscreen python benchmarks/insight_cost.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("NNSTUDIO_NO_TOUR", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
if "DISPLAY" not in os.environ:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

# (example, title, epochs): the presets' networks, data and batch sizes; more epochs than the
# presets' own so that each run lasts a few seconds and the numbers settle
CASES = (("spiral", "Spiral preset (2-16-16-16-2 tanh, batch 16)", 2400),
         ("digits_mlp", "Digits MLP (64-64-10, batch 32)", 1000))


def wait(app, condition, timeout=120.0):
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(100)      # a slow poll: each one takes the GIL from the training worker
    deadline = time.perf_counter() + timeout
    timer.timeout.connect(lambda: (condition() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    loop.exec()          # the event loop releases the GIL: the worker trains meanwhile
    timer.stop()


MODES = ("closed", "tabbed", "all open")


def arrange(window, mode):
    """closed: every insight dock hidden; tabbed: the app's own layout (docks as tabs, the one in
    front redrawn: the boundary, or the evaluation for digits); all open: seven floating windows."""
    part = window.insight
    for i, dock in enumerate(part.docks):
        if mode == "all open":
            dock.setFloating(True)
            dock.resize(620, 460)
            dock.move(20 + (i % 4) * 630, 20 + (i // 4) * 480)
            dock.show()
            dock.raise_()
        elif mode == "tabbed":
            dock.setFloating(False)
            dock.show()
        else:
            dock.hide()
    if mode == "tabbed":
        from nnstudio.insight.boundary import supports_plane

        front = part.boundary if supports_plane(window.workspace.dataset) else part.evaluation
        part.dock_for(front).raise_()


def one_run(app, window, key, epochs, mode):
    from nnstudio.project import make_example

    doc = make_example(key)
    doc.training.epochs = epochs
    window.doc.replace_with(doc)
    window.doc.set_dirty(False)
    arrange(window, mode)
    wait(app, lambda: False, timeout=0.3)
    part = window.insight
    part.costs.clear()
    part.redraws = 0
    views = part.views
    controller = window.training.controller
    window.findChild(QPushButton, "trainButton").click()
    start, cpu = time.perf_counter(), time.thread_time()
    deferred = window.ui_budget.deferred
    wait(app, lambda: controller.state == "idle")
    wall = time.perf_counter() - start
    ui_cpu = time.thread_time() - cpu
    deferred = window.ui_budget.deferred - deferred
    run = window.doc.history.current
    seconds = sum(e.get("seconds", 0.0) for e in run.epochs)
    n_train = window.workspace.dataset.n_train
    shown = sum(v.is_shown() for v in views)
    costs = list(part.costs)
    return {"sps": len(run.epochs) * n_train / seconds, "wall": wall, "epochs": len(run.epochs),
            "tick_ms": 1000 * statistics.mean(costs) if costs else 0.0,
            "tick_max_ms": 1000 * max(costs) if costs else 0.0, "ticks": len(costs),
            "redraws_per_s": part.redraws / wall, "shown": shown, "ui_share": sum(costs) / wall,
            "ui_thread": ui_cpu / wall, "deferred_per_s": deferred / wall}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--cases", default=",".join(key for key, _, _ in CASES),
                        help="comma-separated: " + ", ".join(key for key, _, _ in CASES))
    args = parser.parse_args()
    QCoreApplication.setOrganizationName("NN Studio Benchmarks")
    QCoreApplication.setApplicationName("insight_cost")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.builder.can_close = lambda: True
    window.resize(1600, 1000)
    window.show()
    wait(app, lambda: False, timeout=0.5)
    print(f"platform: {app.platformName()}, repeats: {args.repeats}, cores: {os.cpu_count()}, "
          f"load average before: {os.getloadavg()[0]:.2f} (other work on the machine makes the numbers noisy)")
    header = (f"{'case':44} {'views':8} {'median/s':>9} {'best/s':>9} {'epochs':>6} {'tick ms':>8} "
              f"{'max ms':>7} {'redraws/s':>9} {'CPU %':>6} {'UI %':>6} {'put off/s':>9} {'shown':>5}")
    print(header)
    print("-" * len(header))
    summary = []
    for key, title, epochs in (c for c in CASES if c[0] in args.cases.split(",")):
        results = {mode: [] for mode in MODES}
        for _ in range(args.repeats):
            for mode in MODES:        # alternating, so drifts of the machine hit every mode alike
                results[mode].append(one_run(app, window, key, epochs, mode))
        for mode in MODES:
            rs = results[mode]
            if os.environ.get("INSIGHT_COST_VERBOSE"):
                print("   runs:", [round(x["sps"]) for x in rs], [x["ticks"] for x in rs])
            print(f"{title:44} {mode:8} {statistics.median(r['sps'] for r in rs):9.0f} "
                  f"{max(r['sps'] for r in rs):9.0f} {epochs:6d} {statistics.mean(x['tick_ms'] for x in rs):8.2f} "
                  f"{max(x['tick_max_ms'] for x in rs):7.1f} {statistics.mean(x['redraws_per_s'] for x in rs):9.1f} "
                  f"{100 * statistics.mean(x['ui_share'] for x in rs):6.1f} "
                  f"{100 * statistics.mean(x['ui_thread'] for x in rs):6.1f} "
                  f"{statistics.mean(x['deferred_per_s'] for x in rs):9.1f} {rs[-1]['shown']:5d}")
        closed = results["closed"]
        for mode in MODES[1:]:
            rs = results[mode]
            summary.append((title, mode, max(r["sps"] for r in rs) / max(r["sps"] for r in closed),
                            statistics.median(r["sps"] for r in rs) / statistics.median(r["sps"] for r in closed)))
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print()
    print("open / closed throughput (best of the runs; median in brackets; the goal is ≥ 0.9):")
    for title, mode, best, median in summary:
        print(f"  {title:44} {mode:8} {best:.2f}  ({median:.2f})  {'ok' if best >= 0.9 else 'BELOW 0.9'}")
    window.training.shutdown()
    window.doc.set_dirty(False)
    window.close()


if __name__ == "__main__":
    main()
