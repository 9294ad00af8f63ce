"""What training inside the app costs, compared with the headless session; and how late the UI
thread gets while a run is going.

Rerun (a real X server shows real painting costs):
    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/gui_overhead.py [repeats] [W2|circle ...]
or offscreen: ``QT_QPA_PLATFORM=offscreen python benchmarks/gui_overhead.py``.

For each case (W2: 784-256-128-10 MLP, batch 128, random 60k x 784 data, Adam, sparse CE from
logits, 3 epochs; circle: the default example at batch 32, 1500 epochs; cnn: mnist's convnet on
random 28×28 pictures, batch 64, 2 epochs of 8,192, whose steps run on both cores) it prints the headless
session's throughput (worker thread, no UI) and the same run inside MainWindow (worker thread,
live curves, every part of the window; then again with the insight views' timer paused, to
tell their cost from the training part's), the ratio, and the lateness of a 10 ms UI-thread
QTimer during the in-app run (p50 / p95 / max), and the UI thread's CPU time as a share of the
run's wall time (everything the window does while training; on a busy machine the throughput
ratio is noisy, this share is not). Runs alternate and the medians are shown.
Throughput is measured by the session's own per-epoch clock in every case.

BLAS threads: with OMP_NUM_THREADS unset NumPy's BLAS uses every core and the UI thread then
competes with it for CPU; OMP_NUM_THREADS=1 leaves the UI a core of its own on a 2-core machine.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
os.environ.setdefault("NNSTUDIO_NO_TOUR", "1")

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from training_session import cases, session_throughput, throughput  # noqa: E402

from nnstudio.gui.app import ensure_app  # noqa: E402


class LatenessProbe:
    """A 10 ms precise timer on the UI thread; lateness = actual interval − 10 ms."""

    def __init__(self, interval_ms=10):
        self.interval = interval_ms / 1000.0
        self.stamps = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self):
        self.stamps = []
        self.timer.start()

    def stop(self):
        self.timer.stop()
        gaps = np.diff(self.stamps) - self.interval if len(self.stamps) > 1 else np.zeros(1)
        late = np.maximum(gaps, 0.0) * 1000.0
        return float(np.percentile(late, 50)), float(np.percentile(late, 95)), float(late.max())


def run_in_app(window, layers, config, ds):
    """One run in the window, as a user would start it; returns (samples/s, lateness, reports)."""
    doc, controller = window.doc, window.training.controller
    controller.set_pace(None)      # full speed (the 2-D examples open at the "watch" pace)
    doc.set_weights(None)
    doc.set_layers(layers)
    doc.set_training(config)
    window.workspace.set_dataset(ds)
    assert controller.why_not_trainable() is None, controller.why_not_trainable()
    settle = QEventLoop()          # the data preview and views catch up, as before a user's click
    QTimer.singleShot(300, settle.quit)
    settle.exec()
    reports = []
    controller.progress.connect(reports.append)
    loop = QEventLoop()
    controller.state_changed.connect(lambda state: state == "idle" and loop.quit())
    probe = LatenessProbe()
    probe.start()
    wall, cpu = time.perf_counter(), time.thread_time()
    controller.train()
    session = controller.session   # the window lets go of it when the run ends
    loop.exec()
    ui_share = (time.thread_time() - cpu) / (time.perf_counter() - wall)
    lateness = probe.stop()
    controller.progress.disconnect(reports.append)
    return throughput(session), lateness, len(reports), ui_share


def set_insight(window, on):
    """Pause or resume the insight views' timer (to tell their cost from the training part's)."""
    timer = getattr(getattr(window, "insight", None), "timer", None)
    if timer is not None:
        timer.start() if on else timer.stop()


def main(argv):
    repeats = int(argv[1]) if len(argv) > 1 else 3
    settings_dir = tempfile.mkdtemp(prefix="nnstudio-bench-")       # the default layout, no tour
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, settings_dir)
    app = ensure_app()
    print(f"platform={app.platformName()}  OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}  "
          f"cpus={os.cpu_count()}  load={os.getloadavg()[0]:.1f}  repeats={repeats} (medians)")
    print(f"{'case':8} {'window':16} {'samples/s':>11} {'x headless':>10}   {'10 ms timer late (ms)':>23}"
          f" {'reports':>8} {'UI CPU':>7}")
    print(f"{'':8} {'':16} {'':>11} {'':>10}   {'p50':>7} {'p95':>7} {'max':>7}")
    wanted = argv[2:] or None
    for name, (layers, config, ds) in cases(w2_epochs=3).items():
        if wanted and name not in wanted:
            continue
        window = new_window(app)          # each case in a fresh window: no state left by the other
        headless, rows = [], {"insight paused": [], "all parts": []}
        for _ in range(repeats):
            headless.append(session_throughput(layers, config, ds, on_thread=True))
            for label, runs in rows.items():
                set_insight(window, label == "all parts")
                runs.append(run_in_app(window, layers, config, ds))
        close_window(window)
        h = statistics.median(headless)
        print(f"{name:8} {'headless':16} {h:11,.0f} {1:10.2f}")
        for label, runs in rows.items():
            sps = statistics.median(r[0] for r in runs)
            p50, p95, worst = (statistics.median(x) for x in zip(*(r[1] for r in runs)))
            count = statistics.median(r[2] for r in runs)
            ui = statistics.median(r[3] for r in runs)
            print(f"{'':8} {'in app, ' + label:16} {sps:11,.0f} {sps / h:10.2f}   {p50:7.1f} {p95:7.1f} "
                  f"{worst:7.1f} {count:8.0f} {ui:7.0%}")


def new_window(app):
    from nnstudio.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    return window


def close_window(window):
    window.training.shutdown()
    window.builder.can_close = lambda: True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()


if __name__ == "__main__":
    main(sys.argv)
