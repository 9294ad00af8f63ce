"""The insight part: the views as docks (tabbed together; View ▸ Inside the network toggles each),
redrawn live from one 10 Hz timer, only when shown and only when the model moved, and while a run
trains only within the UI thread's shared budget (``gui/ui_budget.py``).

Training sends new weights at every epoch end; the part never reacts to that directly (the
live model just counts versions). Each tick measures what redrawing cost and waits long enough
that redrawing takes at most ~1/BUDGET of the UI thread, so the views cannot slow training much.
"""

from __future__ import annotations

import time
import traceback

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from nnstudio.errors import NNStudioError
from nnstudio.gui import first_screen
from nnstudio.gui.insight.boundary_view import BoundaryView
from nnstudio.gui.insight.draw_digit_view import DrawDigitView
from nnstudio.gui.insight.evaluation_view import EvaluationView
from nnstudio.gui.insight.glass_box_view import GlassBoxView
from nnstudio.gui.insight.neuron_view import NeuronView
from nnstudio.gui.insight.predictions_view import PredictionsView
from nnstudio.gui.insight.view_base import PaintClock
from nnstudio.gui.insight.weights_view import WeightsView
from nnstudio.gui.user_text import error_text
from nnstudio.insight.boundary import supports_plane as boundary_applies
from nnstudio.insight.layer_stats import probe_gradients
from nnstudio.insight.live_model import LiveModel
from nnstudio.insight.weight_history import WeightHistory

INTERVAL_MS = 100     # ≤ 10 redraws a second
MAX_WAIT = 5.0        # seconds: the longest a costly redraw round may delay the next one
SHARED_WAIT = 1.0     # seconds: the longest a busy UI thread (ui_budget) may delay a redraw
BUDGET = 30           # after a redraw costing t (CPU), wait ≥ BUDGET·t: redrawing uses ≤ 3.3 % of a core


class _DockScroll(QScrollArea):
    """Asks for a modest size: the window's layout, not the views' wishes, sizes the dock column."""

    def sizeHint(self):
        return QSize(320, 360)


class WeightRecorder:
    """Feeds the weight/gradient history from the live model, whether or not a view is shown."""

    def __init__(self, live: LiveModel, history: WeightHistory):
        self.live, self.history = live, history
        self._lineage = None

    def record(self):
        live = self.live
        items = live.take_new_weights()
        fresh = self._lineage != live.lineage
        if not items and not fresh:
            return
        model = live.model()
        if model is None:
            return
        latest = self.history.latest_label()
        if fresh or (items and latest is not None and items[0][0] < latest):
            # a new network, reset weights, or a run that starts over: a new history
            self._lineage = live.lineage
            self.history.reset(model)
            if not items:
                items = [(live.epoch_label(), model.get_weights())]
        for label, weights in items:
            self.history.record_weights(label, weights)
        x, y = live.probe_batch()
        self.history.record_gradients(items[-1][0], probe_gradients(model, x, y, live.dataset.n_classes))


class InsightPart(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.live = LiveModel(window.doc, window.workspace)
        self.history = WeightHistory()
        self.recorder = WeightRecorder(self.live, self.history)
        self.boundary = BoundaryView(self.live)
        self.neurons = NeuronView(self.live)
        self.weights = WeightsView(self.live, self.history)
        self.evaluation = EvaluationView(self.live)
        self.predictions = PredictionsView(self.live)
        self.draw = DrawDigitView(self.live)
        self.glass_box = GlassBoxView(self.live)
        self.views = [self.boundary, self.neurons, self.weights, self.evaluation, self.predictions, self.draw,
                      self.glass_box]
        # short tab titles (eight tabs share the inspector's column); the View menu says them in full
        titles = [self.tr("Boundary"), self.tr("Neurons"), self.tr("Weights"), self.tr("Evaluation"),
                  self.tr("Predictions"), self.tr("Draw"), self.tr("Glass box")]
        menu_texts = [self.tr("Decision boundary"), self.tr("Neurons"), self.tr("Weights and gradients"),
                      self.tr("Evaluation"), self.tr("Predictions browser"), self.tr("Draw a digit"),
                      self.tr("Glass box")]
        names = ["insightBoundaryDock", "insightNeuronsDock", "insightWeightsDock", "insightEvaluationDock",
                 "insightPredictionsDock", "insightDrawDock", "insightGlassBoxDock"]
        self.docks: list[QDockWidget] = []
        for view, title, name in zip(self.views, titles, names):
            dock = QDockWidget(title, window)
            dock.setObjectName(name)
            # scrolls when narrow, so no view makes the dock column (and the canvas) a set width
            scroll = _DockScroll()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(view)
            dock.setWidget(scroll)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.docks.append(dock)
        self._arranged = False
        self._tabs_named = False
        self._anchor = None
        menu = window.menus["view"].addMenu(self.tr("Inside the network"))
        menu.setObjectName("insightMenu")
        for dock, text in zip(self.docks, menu_texts):
            action = dock.toggleViewAction()
            action.setText(text)
            dock.setToolTip(text)
            menu.addAction(action)
        self.neurons.neuronSelected.connect(self._on_neuron_selected)
        window.workspace.training_changed.connect(self._on_training_changed)
        window.workspace.dataset_changed.connect(self._on_dataset_changed)
        self.costs: list[float] = []   # CPU seconds of recent ticks (benchmarks read them)
        self.redraws = 0
        self._next_tick = 0.0
        self._drawn_at = 0.0
        self._rebuilt = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def arrange_docks(self):
        """Tabs in the inspector's place: editing and watching rarely happen at once (the network
        cannot be edited while it trains), and the data and settings stay in view beside them.
        The window calls this once every part has made its docks."""
        if self._arranged:
            return                 # tabifying twice leaves a stray tab bar behind (a Qt quirk)
        self._arranged = True
        w = self.window
        anchor = w.findChild(QDockWidget, "inspectorDock")
        if anchor is None or w.dockWidgetArea(anchor) != Qt.DockWidgetArea.RightDockWidgetArea:
            anchor = self.docks[0]
        for dock in self.docks:
            if dock is not anchor:
                w.tabifyDockWidget(anchor, dock)
        anchor.raise_()
        self._anchor = anchor if anchor not in self.docks else None
        self._name_tab_scroll_buttons()
        QTimer.singleShot(0, self._name_tab_scroll_buttons)   # Qt may make the tab bar anew on showing
        # a first start's arrangement and sizes: nnstudio.gui.first_screen

    def _name_tab_scroll_buttons(self):
        """Every tab in view: short titles rather than tabs hidden behind scroll arrows."""
        first_screen.shrink_tab_titles(self.window)

    def _on_training_changed(self, active):
        if active:
            self._show_boundary_when_training_starts()

    def _on_dataset_changed(self, dataset):
        """Data that has no plane to draw (pictures, a table of one number) brings a view of its tab
        group forward in place of the boundary's note: for pictures the pictures with their
        predicted classes or the feature maps, for a table the evaluation or the neurons."""
        if dataset is None or boundary_applies(dataset):
            return
        dock = self.dock_for(self.boundary)
        if not dock.isVisible() or dock.visibleRegion().isEmpty():
            return
        views = [self.predictions, self.neurons] if dataset.kind == "images" else [self.evaluation, self.neurons]
        beside = self.window.tabifiedDockWidgets(dock)
        for other in (self.dock_for(view) for view in views):
            if other in beside:
                other.raise_()
                return

    def _show_boundary_when_training_starts(self):
        """When a run starts while the (now locked) inspector covers the views, show the boundary."""
        if self._anchor is None:
            return
        if self._anchor.isVisible() and not self._anchor.visibleRegion().isEmpty() and \
                not any(d.isVisible() and not d.visibleRegion().isEmpty() for d in self.docks):
            dock = self.dock_for(self.boundary if boundary_applies(self.live.dataset) else self.evaluation)
            dock.raise_()

    def dock_for(self, view) -> QDockWidget:
        return self.docks[self.views.index(view)]

    def _on_neuron_selected(self, layer_index, unit):
        self.glass_box.select_neuron(layer_index, unit)
        dock = self.dock_for(self.glass_box)
        dock.show()
        dock.raise_()

    def tick(self, force=False):
        """Record history and redraw the shown views that are out of date (the timer calls this)."""
        start = time.perf_counter()
        if start < self._next_tick and not force:
            return
        if not force and not self.window.ui_budget.allows(self._drawn_at, SHARED_WAIT):
            return
        self._drawn_at = start
        cpu = time.thread_time()
        self._rebuilt = False
        try:
            self._record_history()
            if not self._tabs_named:      # a restored layout makes Qt's tab bars anew
                self._tabs_named = True
                self._name_tab_scroll_buttons()
            self.glass_box.update_enabled()
            for view in self.views:
                if view.is_shown() and view.needs_refresh():
                    self._refresh(view)
        finally:
            # UI-thread CPU (not wall time, which waiting for the worker's GIL inflates), plus the
            # views' painting since the last tick
            cost = time.thread_time() - cpu + PaintClock.take()
            self.costs.append(cost)
            del self.costs[:-200]
            # a one-off rebuild (new network or data) must not silence the views for long; the
            # steady redraws of many views at once wait as long as their cost asks
            wait = INTERVAL_MS / 1000.0
            if not self._rebuilt:
                wait = min(MAX_WAIT, max(wait, BUDGET * cost))
            self._next_tick = start + wait

    def _record_history(self):
        try:
            self.recorder.record()
        except NNStudioError:
            pass            # the views say what is wrong with the network or data
        except Exception:   # a bug: report it once, keep the app and the other views going
            traceback.print_exc()

    def _refresh(self, view):
        self.redraws += 1
        structure = view.drawn_structure
        try:
            view.refresh()
        except Exception as e:   # a bug in a view: say so in the view, not in a crash (retried on change)
            view.show_message(error_text(e, self.tr("This view could not be drawn because of an internal problem. "
                                                    "The log has the details.")))
        self._rebuilt |= view.drawn_structure != structure

    def shutdown(self):
        self.window.workspace.training_changed.disconnect(self._on_training_changed)
        self.window.workspace.dataset_changed.disconnect(self._on_dataset_changed)
        self.timer.stop()
        self.live.close()
