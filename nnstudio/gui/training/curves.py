"""The live curves: loss and accuracy (or mae) per epoch, the per-batch loss trace, markers,
a hover readout and earlier runs dimmed for comparison.

The view reads the project's current ``Run`` (the model the training controller fills) from a
UI-thread timer, appending only what is new to growing series, so the cost per frame does not
depend on how often the worker reports. The timer runs at 20 Hz while frames are cheap and slows
down (to 4 Hz at worst) when drawing gets expensive, e.g. while a Python-heavy worker makes the UI
thread wait for the GIL: drawing takes at most ~1/BUDGET of the UI thread, and so of the CPU the
worker's BLAS could have used.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from nnstudio.gui.training.metric_plot import MetricPlot, dimmed
from nnstudio.gui.training.series import GrowingSeries

REFRESH_MS = 50        # 20 Hz at best
SLOWEST_MS = 250       # 4 Hz at worst
BUDGET = 10            # after a frame costing t, wait ≥ BUDGET·t
MAX_WAIT = 0.5         # seconds: however busy the UI thread, the curves move at least this often
TRAIN, VAL, TEST, BATCH = "#0072B2", "#D55E00", "#009E73", "#9CC3E6"


def batch_positions(run, start: int, stop: int):
    """Fractional-epoch x of batch losses ``start:stop`` of ``run`` (one batch = 1/batches)."""
    first = float(run.settings.get("initial_epoch", 0))
    per = run.settings.get("batches_per_epoch")
    if not per:
        per = max(1.0, len(run.batch_loss) / max(1, len(run.epochs)))
    return [first + (i + 1) / float(per) for i in range(start, stop)]


def run_metric(run, task=None) -> str:
    """'accuracy' for classification runs, 'mae' for regression ones."""
    for logs in (run.epochs if run else [])[:1]:
        if "mae" in logs and "accuracy" not in logs:
            return "mae"
        if "accuracy" in logs:
            return "accuracy"
    return "mae" if task == "regression" else "accuracy"


def fmt(value) -> str:
    return f"{value:.3g}" if isinstance(value, float) and math.isfinite(value) else "–"


class ReadoutLabel(QLabel):
    """A one-line label whose size never depends on its text: rewriting it 25 times a second must
    not make the layout (and so both plots) redo their geometry and repaint.

    It is given the same reading in longer and shorter words and shows the longest that fits its
    width (the tools beside it must never cut it off); the longest is always its tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.variants = ("",)

    @property
    def full_text(self) -> str:
        return self.variants[0]

    def sizeHint(self):
        return QSize(200, self.fontMetrics().height() + 8)

    def minimumSizeHint(self):
        return self.sizeHint()

    def setText(self, *variants):
        """``setText(long, shorter, …)``: the longest that fits is shown."""
        self.variants = variants or ("",)
        self._fit()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def _fit(self):
        metrics, room = self.fontMetrics(), self.contentsRect().width() - 2 * max(0, self.margin()) - 12
        text = next((t for t in self.variants if metrics.horizontalAdvance(t) <= room), None)
        if text is None:
            text = metrics.elidedText(self.variants[-1], Qt.ElideRight, max(room, 0))
        if text != self.text():
            super().setText(text)
        tip = self.full_text if text != self.full_text else ""
        if tip != self.toolTip():
            self.setToolTip(tip)


class CurvesView(QWidget):
    def __init__(self, doc, workspace, budget=None, parent=None):
        super().__init__(parent)
        self.setObjectName("curvesView")
        self.doc, self.workspace = doc, workspace
        self.budget = budget          # the UI thread's shared redraw budget (ui_budget.UiBudget), if any
        self._drawn_at = 0.0
        self.loss_plot = MetricPlot("lossPlot", self.tr("Loss"))
        self.accuracy_plot = MetricPlot("accuracyPlot", self.tr("Accuracy"),
                                        legend_offset=(-10, -10))
        self.loss_plot.setToolTip(self.tr("The loss: how wrong the network's answers are. Lower is better. "
                                          "The thin line is the loss of each batch."))
        self.loss_plot.marker_height = 0.12          # the legend takes the top right of the loss plot
        self.loss_plot.add_curve("batch", self.tr("Training loss, each batch"), BATCH, width=1, z=-2)
        self.series = {"batch": GrowingSeries(4096)}
        for plot, prefix in ((self.loss_plot, "loss"), (self.accuracy_plot, "metric")):
            for key, color, style in ((prefix, TRAIN, Qt.SolidLine), ("val_" + prefix, VAL, Qt.DashLine),
                                      ("test_" + prefix, TEST, Qt.SolidLine)):
                plot.add_curve(key, key, color, width=3 if key == prefix else 2.5, style=style, z=1)
                self.series[key] = GrowingSeries()
        self.metric_key = "accuracy"
        self._set_titles()
        self.readout = ReadoutLabel()
        self.readout.setObjectName("curvesReadout")
        self.readout.setTextFormat(Qt.PlainText)
        font = self.readout.font()          # a font of its own: presentation mode enlarges it
        font.setPointSize(12)
        self.readout.setFont(font)
        self.readout.setStyleSheet("padding: 2px 6px;")
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.readout.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.tools.addWidget(self.readout, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.loss_plot)
        split.addWidget(self.accuracy_plot)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.tools)
        layout.addWidget(split, 1)
        self._run = None
        self._epochs_seen = 0
        self._markers_seen = None
        self._compared: set[int] = set()
        self._compare_keys: list[tuple[MetricPlot, str]] = []
        self._hover_x = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse(p, pos))
            plot.mouse_left.connect(lambda p=plot: self._on_mouse(p, None))
        doc.changed.connect(self._on_doc_changed)
        self.refresh()

    def sizeHint(self):
        return QSize(1000, 380)

    # ----- live updating -------------------------------------------------------------------------
    def set_live(self, live: bool):
        """Poll the run while one is active; draw once more when it ends."""
        if live and not self.timer.isActive():
            self.timer.start()
        elif not live:
            self.timer.stop()
            self.refresh()

    def _tick(self):
        if self.budget is not None and not self.budget.allows(self._drawn_at, MAX_WAIT):
            return
        self._drawn_at = time.perf_counter()
        # CPU time, not wall time: waiting for the GIL while the worker computes costs nobody
        started = time.thread_time()
        self.refresh()
        cost = time.thread_time() - started + self.loss_plot.paint_seconds + self.accuracy_plot.paint_seconds
        self.timer.setInterval(int(min(SLOWEST_MS, max(REFRESH_MS, 1000 * BUDGET * cost))))

    def _on_doc_changed(self, what):
        if what == "history" and not self.timer.isActive():
            self.refresh()
            self._sync_compared()
        elif what == "data":
            self._set_titles()
        elif what == "project":
            self.reset()

    def reset(self):
        """A new project: its own curves (none compared) at their own ranges."""
        self._run = object()           # whatever the project's current run is, rebuild
        self.refresh()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.reset_view()

    def refresh(self):
        """Bring the curves up to the project's current run (only what is new is appended)."""
        run = self.doc.history.current
        if run is not self._run:
            self._rebuild(run)
        elif run is not None:
            self._append(run)
        for plot in (self.loss_plot, self.accuracy_plot):
            changed = False
            for key in list(plot.curves):
                if key in self.series:
                    changed |= plot.update_curve(key, self.series[key])
            if changed:
                plot.fit()
        if self._hover_x is None:
            self._show_readout(None)

    def _rebuild(self, run):
        self._run = run
        self._epochs_seen = 0
        self._markers_seen = None
        for s in self.series.values():
            s.clear()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.following, plot._applied = True, None        # a new run: follow its data again
        metric = run_metric(run, getattr(self.workspace.dataset, "task", None))
        if metric != self.metric_key:
            self.metric_key = metric
            self._set_titles()
        if run is not None:
            self._append(run)
        else:
            self.loss_plot.set_markers([])
            self.accuracy_plot.set_markers([])

    def _append(self, run):
        new = run.epochs[self._epochs_seen:]
        if new:
            for prefix in ("", "val_", "test_"):
                for name, key in ((prefix + "loss", prefix + "loss"), (prefix + self.metric_key, prefix + "metric")):
                    xs = [e["epoch"] for e in new if name in e]
                    self.series[key].extend(xs, [e[name] for e in new if name in e])
            self._epochs_seen += len(new)
        trace, have = run.batch_loss, len(self.series["batch"])
        if len(trace) < have:                      # the diverged part was dropped
            self.series["batch"].truncate(len(trace))
        elif len(trace) > have:
            self.series["batch"].extend(batch_positions(run, have, len(trace)), trace[have:])
        signature = [(m.get("epoch"), m.get("text")) for m in run.markers]
        if signature != self._markers_seen:
            self._markers_seen = signature
            self.loss_plot.set_markers(run.markers)
            self.accuracy_plot.set_markers(run.markers)

    def _set_titles(self):
        # the legend goes where the curves do not: top right for falling errors, bottom right for accuracy
        self.accuracy_plot.legend.setOffset((-10, 10) if self.metric_key == "mae" else (-10, -10))
        self.accuracy_plot.y_from_zero = self.metric_key == "mae"
        self.accuracy_plot.marker_height = 0.5 if self.metric_key == "mae" else 0.65
        if self.metric_key == "mae":
            self.accuracy_plot.set_labels(self.tr("Mean absolute error (mae)"))
            self.accuracy_plot.setToolTip(self.tr("The mean absolute error: how far the predicted numbers are "
                                                  "from the true ones, on average. Lower is better."))
            names = (self.tr("Training mae"), self.tr("Validation mae"), self.tr("Test mae"))
        else:
            self.accuracy_plot.set_labels(self.tr("Accuracy"))
            self.accuracy_plot.setToolTip(self.tr("The share of samples the network classifies correctly "
                                                  "(1 = all of them). Higher is better."))
            names = (self.tr("Training accuracy"), self.tr("Validation accuracy"), self.tr("Test accuracy"))
        for key, title in zip(("metric", "val_metric", "test_metric"), names):
            self.accuracy_plot.set_curve_title(key, title)
            self.accuracy_plot.curves[key].opts["name"] = title
        for key, title in (("loss", self.tr("Training loss")), ("val_loss", self.tr("Validation loss")),
                           ("test_loss", self.tr("Test loss")), ("batch", self.tr("Training loss, each batch"))):
            self.loss_plot.set_curve_title(key, title)
            self.loss_plot.curves[key].opts["name"] = title

    # ----- comparison with earlier runs -------------------------------------------------------
    def set_compared(self, run_ids):
        self._compared = set(run_ids)
        self._sync_compared()

    def compared(self) -> set:
        return set(self._compared)

    def _sync_compared(self):
        for plot, key in self._compare_keys:
            plot.remove_curve(key)
            self.series.pop(key, None)
        self._compare_keys = []
        current = self.doc.history.current
        for run in self.doc.history.runs:
            if run.id not in self._compared or run is current:
                continue
            metric = run_metric(run)
            for plot, name, label, style in (
                    (self.loss_plot, "loss", self.tr("training loss"), Qt.SolidLine),
                    (self.loss_plot, "test_loss", self.tr("test loss"), Qt.DotLine),
                    (self.accuracy_plot, metric, self.tr("training"), Qt.SolidLine),
                    (self.accuracy_plot, "test_" + metric, self.tr("test"), Qt.DotLine)):
                points = [(e["epoch"], e[name]) for e in run.epochs if name in e]
                if not points:
                    continue
                key = f"run{run.id}:{name}"
                name = self.tr("Run {0}").format(run.id) if run.name == f"Run {run.id}" else run.name
                title = f"{name}: {label}"
                curve = plot.add_curve(key, title, dimmed(run.color), width=2, style=style, z=-1)
                curve.opts["name"] = title
                series = GrowingSeries(len(points))
                series.extend(*zip(*points))
                self.series[key] = series
                plot.update_curve(key, series)
                self._compare_keys.append((plot, key))
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.fit()

    # ----- hover readout ----------------------------------------------------------------------
    def _on_mouse(self, plot, pos):
        x = None
        if pos is not None and plot.plotItem.sceneBoundingRect().contains(pos):
            x = plot.plotItem.vb.mapSceneToView(pos).x()
        logs = self._logs_near(x) if x is not None else None
        self._hover_x = logs["epoch"] if logs else None
        for p in (self.loss_plot, self.accuracy_plot):
            p.show_cursor(self._hover_x)
        self._show_readout(logs)

    def _logs_near(self, x):
        run = self._run
        if run is None or not run.epochs:
            return None
        return min(run.epochs, key=lambda e: abs(e.get("epoch", 0) - x))

    def _show_readout(self, logs):
        """"Epoch 12 │ loss: training 0.23, test 0.31 │ accuracy: training 0.95, test 0.93"."""
        run = self._run
        if logs is None:
            if run is None or not run.epochs:
                self.readout.setText(self.tr("Press Train: the curves grow here as the network learns."),
                                     self.tr("Press Train: the curves grow here."))
                return
            logs = run.epochs[-1]
        m = self.metric_key
        parts = [self.tr("Epoch {0}").format(int(logs.get("epoch", 0)))]
        short, shortest = list(parts), list(parts)
        for title, key in ((self.tr("loss"), "loss"), (self.tr("mae") if m == "mae" else self.tr("accuracy"), m)):
            values = [(name, logs.get(prefix + key)) for name, prefix in (
                (self.tr("training"), ""), (self.tr("validation"), "val_"), (self.tr("test"), "test_"))]
            shown = ", ".join(f"{name} {fmt(v)}" for name, v in values if v is not None)
            if shown:
                parts.append(f"{title}: {shown}")
                short.append(f"{title} " + " / ".join(fmt(v) for _n, v in values if v is not None))
                last = [(n, v) for n, v in values if v is not None][-1]          # test, else training
                shortest.append(f"{last[0]} {title} {fmt(last[1])}")
        self.readout.setText("  │  ".join(parts), " │ ".join(short), " │ ".join(shortest))

    # ----- view tools -------------------------------------------------------------------------
    def set_log_scale(self, on: bool):
        self.loss_plot.set_log_y(on)

    def auto_range(self):
        self.loss_plot.auto_range()
        self.accuracy_plot.auto_range()
