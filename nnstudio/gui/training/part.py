"""The training part of the main window: data, settings, run controls, live curves and runs.

It builds the docks, the toolbar and the Train / File ▸ Export menu entries from the objects the
window shares (``doc``, ``workspace``, ``undo_stack``, ``menus``) and wires them to one
``TrainingController``. While a run is active the network cannot be edited (the builder is
told why); closing the window stops the worker first.
"""

from __future__ import annotations

import copy
import time

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QDockWidget, QFileDialog, QMenu, QPushButton, QScrollArea,
                               QToolBar,
                               QToolButton, QVBoxLayout, QWidget)

from nnstudio.gui import first_screen
from nnstudio.gui.user_text import error_text
from nnstudio.gui.training.banner import MessageBanner
from nnstudio.gui.training.controller import IDLE, RUNNING, TrainingController
from nnstudio.gui.training.controls import RunControls
from nnstudio.gui.training.curves import CurvesView
from nnstudio.gui.training.data_panel import DataPanel
from nnstudio.gui.training.export import export_curves_png, export_history_csv
from nnstudio.gui.training.pace_control import PaceMenu, PaceSlider
from nnstudio.gui.training.runs_table import RunsTable
from nnstudio.gui.training.settings_panel import TrainingSettingsPanel
from nnstudio.gui.training.undo import push
from nnstudio.project.commands import SetTrainingConfig
from nnstudio.training.pace import default_pace

STATUS_INTERVAL = 0.25   # seconds between status-bar updates while training


class TrainingPart(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        doc, workspace = window.doc, window.workspace
        self.controller = TrainingController(doc, workspace, self)
        self.data_panel = DataPanel(doc, workspace, window.undo_stack)
        self.settings_panel = TrainingSettingsPanel(doc, workspace, window.undo_stack)
        self.controls = RunControls(self.controller, doc)
        self.pace_slider = PaceSlider(self.controller)
        self.curves = CurvesView(doc, workspace, window.ui_budget)
        self.banner = MessageBanner()
        self.runs_table = RunsTable(doc, window.undo_stack)
        self.runs_table.is_training = lambda: self.controller.state != IDLE
        self._arranged = False
        self._build_curves_tools()
        self._build_docks()
        self._build_actions()
        self._last_status = 0.0
        self._was_active = False
        c = self.controller
        c.state_changed.connect(self._on_state)
        c.progress.connect(self._on_progress)
        c.diverged.connect(self._on_diverged)
        c.failed.connect(self._on_failed)
        c.run_started.connect(lambda run: self.banner.hide())
        self.runs_table.compare_changed.connect(self.curves.set_compared)
        workspace.report_changed.connect(lambda *_: self._update_enabled())
        workspace.dataset_changed.connect(lambda *_: self._update_enabled())
        doc.changed.connect(self._on_doc_changed)
        self._update_enabled()
        self.reset_for_project()

    # ----- building --------------------------------------------------------------------------
    def _build_curves_tools(self):
        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setObjectName("lossLogScale")
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic scale: small changes late in "
                                          "training become visible"))
        self.log_check.toggled.connect(self.curves.set_log_scale)
        fit = QPushButton(self.tr("Fit"))
        fit.setObjectName("curvesAutoRange")
        fit.setToolTip(self.tr("Zoom so that all of the curves are visible (auto-range)"))
        fit.clicked.connect(self.curves.auto_range)
        self.export_png_action = QAction(self.tr("Curves as PNG…"), self)
        self.export_png_action.triggered.connect(self.export_curves_dialog)
        self.export_csv_action = QAction(self.tr("History as CSV…"), self)
        self.export_csv_action.triggered.connect(self.export_history_dialog)
        export = QToolButton()
        export.setObjectName("curvesExportButton")
        export.setText(self.tr("Export"))
        export.setToolTip(self.tr("Save the curves as a PNG picture, or the history of every run as a CSV table"))
        export.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_csv_action)
        export.setMenu(menu)
        for w in (self.log_check, fit, export):
            self.curves.tools.addWidget(w)
        for plot in (self.curves.loss_plot, self.curves.accuracy_plot):
            vb_menu = plot.getPlotItem().vb.menu
            vb_menu.addSeparator()
            vb_menu.addAction(self.export_png_action)
            vb_menu.addAction(self.export_csv_action)

    def _dock(self, name, title, widget, area):
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        self.window.menus["view"].addAction(dock.toggleViewAction())
        return dock

    def _build_docks(self):
        w = self.window
        data_scroll = QScrollArea()          # a small minimum height: the window fits a 1000-pixel screen
        data_scroll.setWidgetResizable(True)
        data_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)     # the panel narrows with the dock
        data_scroll.setWidget(self.data_panel)
        self.data_dock = self._dock("dataDock", self.tr("Data"), data_scroll, Qt.RightDockWidgetArea)
        self.settings_dock = self._dock("trainingSettingsDock", self.tr("Training settings"), self.settings_panel,
                                        Qt.RightDockWidgetArea)
        curves_box = QWidget()
        box = QVBoxLayout(curves_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.banner)
        box.addWidget(self.curves, 1)
        self.curves_dock = self._dock("curvesDock", self.tr("Curves"), curves_box, Qt.BottomDockWidgetArea)
        self.runs_dock = self._dock("runsDock", self.tr("Runs"), self.runs_table, Qt.BottomDockWidgetArea)
        self.toolbar = QToolBar(self.tr("Training"), w)
        self.toolbar.setObjectName("trainingToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.controls)
        self.toolbar.addWidget(self.pace_slider)
        w.addToolBar(Qt.TopToolBarArea, self.toolbar)
        self.arrange_docks()

    def arrange_docks(self):
        """The window's hook for placing docks relative to other parts' docks. Ours wait for the
        window's first show: docks tabified before that leave a stray tab bar on screen (a Qt
        quirk), and a layout the user saved is restored before the show and kept as it is."""
        if not self._arranged:
            self._arranged = True
            self.window.installEventFilter(self)

    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Show:
            self.window.removeEventFilter(self)
            if QSettings().value("mainWindow/state") is None:
                self._arrange_default()
        return False

    def _arrange_default(self):
        """The first screen: data, network and decision boundary side by side (first_screen)."""
        first_screen.arrange(self.window)

    def _build_actions(self):
        c, menus = self.controller, self.window.menus
        self.toggle_action = QAction(self.tr("Train / Pause"), self.window)
        self.toggle_action.setShortcut(QKeySequence(Qt.Key_Space))
        self.toggle_action.setShortcutContext(Qt.WindowShortcut)
        self.toggle_action.triggered.connect(c.toggle)
        self.window.addAction(self.toggle_action)
        train = menus["train"]
        train.addAction(self.toggle_action)
        for text, slot in ((self.tr("Step one batch"), lambda: c.step("batch")),
                           (self.tr("Step one epoch"), lambda: c.step("epoch")),
                           (self.tr("Stop"), c.stop), (self.tr("Reset weights"), c.reset_weights)):
            action = train.addAction(text)
            action.triggered.connect(slot)
        train.addSeparator()
        self.pace_menu = PaceMenu(c, train.addMenu(self.tr("&Speed")))
        self.open_pictures_action = QAction(self.tr("Open Picture Folder…"), self.window)
        self.open_pictures_action.setObjectName("openPictureFolderAction")
        self.open_pictures_action.setToolTip(self.tr("Train on your own pictures: a folder with one sub-folder "
                                                     "per class"))
        self.open_pictures_action.triggered.connect(lambda: self.data_panel.open_picture_folder())
        files = getattr(self.window.builder, "files", None)   # after Open and Open Recent, when there
        before = getattr(files, "save_action", None)
        if before is not None:
            menus["file"].insertAction(before, self.open_pictures_action)
        else:
            menus["file"].addAction(self.open_pictures_action)
        self._build_data_menu(menus["data"])
        export_menu = self._export_menu()
        export_menu.addAction(self.export_png_action)
        export_menu.addAction(self.export_csv_action)

    def _build_data_menu(self, menu):
        """Data: every way to choose what the network learns from (the data panel does the work)."""
        self.import_csv_action = QAction(self.tr("Import CSV…"), self.window)
        self.import_csv_action.setObjectName("importCsvAction")
        self.import_csv_action.setToolTip(self.tr("Train on a table of your own: choose the column to predict"))
        self.import_csv_action.triggered.connect(lambda: self.data_panel.import_csv())
        self.draw_examples_action = QAction(self.tr("Draw Your Own Examples…"), self.window)
        self.draw_examples_action.setObjectName("drawExamplesAction")
        self.draw_examples_action.setToolTip(self.tr("Make picture data with the mouse: name the classes, draw a few "
                                                     "examples of each, and train on them"))
        self.draw_examples_action.triggered.connect(lambda: self.data_panel.draw_examples())
        for action in (self.import_csv_action, self.open_pictures_action, self.draw_examples_action):
            action.setProperty("lessonControl", "datasetCombo")     # a lesson that locks the data locks these
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        self.data_panel.status_message.connect(lambda text: self.window.statusBar().showMessage(text))

    def _export_menu(self) -> QMenu:
        """File ▸ Export, shared with the other parts (made here if nobody made it yet)."""
        menus = self.window.menus
        if "export" in menus:
            return menus["export"]
        shared = self.window.findChild(QMenu, "exportMenu")       # the builder's, when it made one
        if shared is not None:
            menus["export"] = shared
            return shared
        menus["export"] = menus["file"].addMenu(self.tr("&Export"))
        menus["export"].setObjectName("exportMenu")
        return menus["export"]

    # ----- reacting ------------------------------------------------------------------------------
    def _on_state(self, state):
        active = state != IDLE
        if active and not self._was_active:
            self._show_settings_instead_of_palette()
        self._was_active = active
        self.curves.set_live(active)
        self.settings_panel.set_run_active(active)
        self.data_panel.set_run_active(active)
        for action in (self.open_pictures_action, self.import_csv_action, self.draw_examples_action):
            action.setEnabled(not active)
        set_editing = getattr(self.window.builder, "set_editing_enabled", None)
        if set_editing is not None:
            set_editing(not active, self.tr("The network cannot be changed while it trains. "
                                            "Stop the run to edit it.") if active else "")
        self._update_enabled()
        self._show_status(force=True)

    def _show_settings_instead_of_palette(self):
        """The layer palette is locked while a run is active: if it covers the training settings
        (tabs), show the settings, where the learning rate can still change."""
        palette = self.window.findChild(QDockWidget, "layerPaletteDock")
        if palette is not None and palette.isVisible() and not palette.visibleRegion().isEmpty() \
                and self.settings_dock.isVisible() and self.settings_dock.visibleRegion().isEmpty() \
                and self.window.tabifiedDockWidgets(palette).count(self.settings_dock):
            self.settings_dock.raise_()

    def _on_progress(self, p):
        self._show_status(force=p.kind in ("paused", "finished", "diverged"))

    def _show_status(self, force=False):
        now = time.perf_counter()
        if not force and now - self._last_status < STATUS_INTERVAL:
            return
        self._last_status = now
        c, p = self.controller, self.controller.latest
        if c.state == RUNNING and p is not None:
            text = self.tr("Training: epoch {0} of {1}").format(min(p.epochs, p.epoch + 1), p.epochs)
        elif c.state != IDLE and p is not None and p.batch == 0:
            text = self.tr("Paused after epoch {0}. Press Resume or Step to go on.").format(p.epoch)
        elif c.state != IDLE and p is not None:
            text = self.tr("Paused in epoch {0}, after batch {1} of {2}. Press Resume or Step to go on.").format(
                p.epoch + 1, p.batch, p.batches)
        elif p is not None and p.kind == "finished":
            text = (self.tr("Training finished after {0} epochs.") if p.state == "finished" else
                    self.tr("Training stopped after {0} epochs; the weights are kept.")).format(p.epoch)
        else:
            text = self.tr("Ready to train.")
        status = self.window.statusBar()
        if force or status.currentMessage() != text:     # an unchanged text costs no relayout
            status.showMessage(text)

    def _on_diverged(self, message):
        # the session's own message (the tooltip) says how far the loss grew; this one offers the fix
        lr = self.window.doc.training.learning_rate
        lower = float(f"{lr / 10:.3g}")
        text = self.tr("The training diverged: the loss grew out of control (or stopped being a number) "
                       "instead of falling. The run is paused and the weights of the last good epoch were "
                       "restored. Try a lower learning rate, for example {0:g}.").format(lower)
        self.banner.show_message(text, "warning", self.tr("Use learning rate {0:g}").format(lower),
                                 lambda: self.set_learning_rate(lower))
        self.banner.setToolTip(message)
        self.window.statusBar().showMessage(self.tr("The training diverged and was paused; the last good "
                                                    "weights were restored."))

    def _on_failed(self, message):
        self.banner.show_message(message, "error")
        self.window.statusBar().showMessage(message)

    def _on_doc_changed(self, what):
        if what in ("weights", "history"):
            self.controls.update_buttons()
            if what == "weights" and self.window.doc.weights is None and self.controller.state == IDLE:
                self._show_status(force=True)      # no more "stopped after … epochs"
        elif what == "project":
            self.reset_for_project()

    def reset_for_project(self):
        """A new project (opened, new, an example): nothing of the old one stays on screen (the
        divergence banner, the progress text), and the pace is the one its kind of data wants."""
        ds = self.window.workspace.dataset
        self.controller.set_pace(default_pace(self.window.doc, ds.input_shape if ds is not None else None))
        self.banner.hide()
        self.controller.forget_progress()
        self.controls.update_buttons()
        self.settings_panel.load()
        self._show_status(force=True)

    def _update_enabled(self):
        self.controls.update_buttons()
        c = self.controller
        self.toggle_action.setEnabled(c.state != IDLE or c.why_not_trainable() is None)

    # ----- commands --------------------------------------------------------------------------
    def set_learning_rate(self, lr):
        config = copy.deepcopy(self.window.doc.training)
        config.learning_rate = float(lr)
        push(self.window.undo_stack, self.window.doc, SetTrainingConfig(config, text=self.tr("Change learning rate")))

    def export_curves_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export curves"), "curves.png",
                                              self.tr("PNG pictures (*.png)"))
        if path:
            self._report(lambda: export_curves_png([self.curves.loss_plot, self.curves.accuracy_plot], path))

    def export_history_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export training history"), "history.csv",
                                              self.tr("CSV tables (*.csv)"))
        if path:
            self._report(lambda: export_history_csv(self.window.doc.history, path))

    def _report(self, job):
        try:
            path = job()
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            self._on_failed(error_text(e))
        else:
            self.window.statusBar().showMessage(self.tr("Saved {0}").format(path))

    # ----- closing ---------------------------------------------------------------------------------
    def can_close(self) -> bool:
        return True

    def shutdown(self):
        """Stop the worker (if any) and wait for it: closing never leaves a thread behind."""
        self.curves.set_live(False)
        self.controller.shutdown()
