"""The builder part of the main window: palette, canvas, inspector, summary, undoable edits,
project files, examples, export and Keras-code import.

It is the single gate of network edits: every request from a view becomes a project command on
the window's undo stack (:meth:`push`), refused while training runs.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMessageBox, QPushButton, QScrollArea

from nnstudio.gui.builder.block_contents import layer_content, loss_content
from nnstudio.gui.builder.builder_actions import BuilderActions
from nnstudio.gui.builder.canvas import NetworkCanvas
from nnstudio.gui.builder.export_menu import ExportMenu
from nnstudio.gui.builder.families import ERROR_TEXT
from nnstudio.gui.builder.inspector import Inspector
from nnstudio.gui.builder.palette import LayerPalette
from nnstudio.gui.builder.project_files import ProjectFiles
from nnstudio.gui.builder.selection import LayerSelection
from nnstudio.gui.builder.summary_panel import SummaryPanel
from nnstudio.gui.user_text import error_text, user_text
from nnstudio.gui.wait_cursor import wait_cursor
from nnstudio.project import commands
from nnstudio.project.examples import EXAMPLES, make_example
from nnstudio.project.keras_code import parse_keras_code, training_from_code
from nnstudio.project.opening import prepare_document
from nnstudio.project.network import canonical_class, layer_count, layer_names


translate = QCoreApplication.translate

#: pasted networks of this many layers or more are applied under a wait cursor
BUSY_LAYERS = 1000


class BuilderPart:
    def __init__(self, window):
        self.window = window
        self.doc = window.doc
        self.workspace = window.workspace
        self.editing_enabled = True
        self.blocked_reason = ""
        self.selection = LayerSelection(window)

        self.canvas = NetworkCanvas(self.selection, window)
        window.setCentralWidget(self.canvas)
        self.palette = LayerPalette()
        self.inspector = Inspector()
        self.inspector.taken_names = lambda: layer_names(self.doc.layers)
        self.summary = SummaryPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inspector)
        scroll.setMinimumHeight(240)   # room for a layer's settings however the docks are arranged
        scroll.setMinimumWidth(260)
        self.docks = [
            self._dock("layerPaletteDock", translate("BuilderPart", "Layers"), self.palette, Qt.LeftDockWidgetArea),
            self._dock("inspectorDock", translate("BuilderPart", "Inspector"), scroll, Qt.RightDockWidgetArea),
            self._dock("modelSummaryDock", translate("BuilderPart", "Model summary"), self.summary,
                       Qt.BottomDockWidgetArea)]
        self.palette_dock, self.inspector_dock, self.summary_dock = self.docks
        # the training part places its docks relative to these (arrange_docks, once all parts exist)

        status = window.statusBar()
        self.validation_label = QLabel()
        self.validation_label.setObjectName("validationStatus")
        self.validation_label.setToolTip(translate("BuilderPart",
                                                   "Whether the network fits together and matches the data."))
        self.status_fix_button = QPushButton()
        self.status_fix_button.setObjectName("statusFixButton")
        self.status_fix_button.setToolTip(translate("BuilderPart", "Apply the suggested fix (you can undo it)."))
        self.status_fix_button.clicked.connect(self.fix_first_problem)
        # permanent widgets: a transient message (e.g. "Ready to train.") never hides the verdict
        self.validation_label.setMaximumWidth(900)
        status.addPermanentWidget(self.validation_label)
        status.addPermanentWidget(self.status_fix_button)

        self.files = ProjectFiles(self)
        self.actions = BuilderActions(self)
        file_menu = window.menus["file"]
        self.files.build_menu(file_menu)
        file_menu.addSeparator()
        self.actions.build_examples_menu(file_menu.addMenu(translate("BuilderPart", "E&xamples")))
        file_menu.addAction(self.actions.gallery)
        file_menu.addSeparator()
        self.export_menu = ExportMenu(self, file_menu.addMenu(translate("BuilderPart", "&Export")))
        window.menus.setdefault("export", self.export_menu.menu)   # the training part adds its exports
        file_menu.aboutToShow.connect(self._keep_quit_last)
        self._keep_quit_last()

        # views ask, the part edits
        self.palette.insert_requested.connect(self.insert_after_selection)
        self.canvas.insert_requested.connect(self.insert_layer)
        self.canvas.move_requested.connect(self.move_layer)
        self.canvas.edit_requested.connect(self.edit_layer)
        self.canvas.fix_requested.connect(self.apply_fix)
        self.inspector.config_edited.connect(self.set_layer_config)
        self.inspector.fix_requested.connect(self.apply_fix)
        self.inspector.message.connect(self.status)
        self.selection.changed.connect(lambda _i: self._show_inspector())
        # the document and the workspace drive the views
        self.workspace.report_changed.connect(lambda _r: self.render())
        self.doc.changed.connect(self._on_doc_changed)
        window.undo_stack.edit_failed.connect(self._edit_failed)
        self.render()

    def _dock(self, name, title, widget, area):
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def _keep_quit_last(self):
        menu = self.window.menus["file"]
        quit_action = self.actions.quit
        if menu.actions() and menu.actions()[-1] is quit_action:
            return
        menu.removeAction(quit_action)
        if getattr(self, "_quit_separator", None) is not None:
            menu.removeAction(self._quit_separator)
        self._quit_separator = menu.addSeparator()
        menu.addAction(quit_action)

    # ----- rendering ----------------------------------------------------------------------
    def _on_doc_changed(self, what):
        if what == "training":
            self.render()   # the loss block names the loss the settings choose

    def render(self):
        layers, report = self.doc.layers, self.workspace.report
        checks = report.layers
        contents = [layer_content(i, spec, checks[i] if i < len(checks) else None) for i, spec in enumerate(layers)]
        contents.append(loss_content(layers, self.doc.training, self.workspace.dataset))
        self.selection.clamp(len(layers))
        self.canvas.set_blocks(contents, self.first_movable())
        self.summary.show_report(report)
        self._show_inspector()
        self._show_status(report)
        self.actions.update()

    def _show_inspector(self):
        i = self.selection.index
        checks = self.workspace.report.layers
        if 0 <= i < len(self.doc.layers):
            self.inspector.show_layer(i, self.doc.layers[i], checks[i] if i < len(checks) else None)
        else:
            self.inspector.show_layer(-1, None, None)
        if hasattr(self, "actions"):
            self.actions.update()

    def _show_status(self, report):
        if report.ok and report.warning:
            self.validation_label.setStyleSheet("color:#8A5A00; font-weight:600;")
            self.validation_label.setText(translate("BuilderPart", "✓ The network fits together. ⚠ {0}")
                                          .format(user_text(report.warning)))
        elif report.ok:
            self.validation_label.setStyleSheet("color:#1B5E20;")
            self.validation_label.setText(translate("BuilderPart", "✓ The network fits together: {0} parameters.")
                                          .format(f"{report.total_params:,}"))
        else:
            self.validation_label.setStyleSheet(f"color:{ERROR_TEXT}; font-weight:600;")
            self.validation_label.setText(translate("BuilderPart", "⚠ {0}").format(user_text(report.error)))
        fix = self.first_fix()
        self.status_fix_button.setVisible(fix is not None)
        if fix is not None:
            self.status_fix_button.setText(translate("BuilderPart", "Fix: {0}").format(user_text(fix.text)))
            self.status_fix_button.setEnabled(self.editing_enabled)

    def status(self, message, timeout=6000):
        self.window.statusBar().showMessage(message, timeout)

    # ----- the edit gate ------------------------------------------------------------------
    def push(self, command) -> bool:
        """Apply ``command`` as an undoable step, unless editing is blocked (training runs)."""
        if self.refuse_while_training():
            return False
        return self.window.undo_stack.push_command(self.doc, command)

    def _edit_failed(self, what):
        """A step that failed half way was taken back (the undo stack's guard): say so in a box
        that stays until it is read. The details go to the log, not to the user."""
        QMessageBox.warning(self.window, translate("BuilderPart", "The change could not be made"),
                            translate("BuilderPart", "“{0}” could not be done, so it was taken back: the "
                                                     "project is as it was before.").format(what))

    def refuse_while_training(self) -> bool:
        if self.editing_enabled and not self.workspace.training_active:
            return False
        self.status(self.blocked_reason or self.default_blocked_reason())
        return True

    @staticmethod
    def default_blocked_reason():
        return translate("BuilderPart", "Training is running: stop it to change the network.")

    def set_editing_enabled(self, enabled: bool, reason: str = ""):
        """The training part blocks network edits while a run is active, saying why."""
        self.editing_enabled = bool(enabled)
        self.blocked_reason = "" if enabled else (reason or self.default_blocked_reason())
        self.canvas.set_editing_enabled(self.editing_enabled, self.blocked_reason)
        self.inspector.set_editing_enabled(self.editing_enabled, self.blocked_reason)
        self.palette.set_editing_enabled(self.editing_enabled)
        self.status_fix_button.setEnabled(self.editing_enabled)
        self.actions.update()
        if not enabled:
            self.status(self.blocked_reason)

    def first_movable(self) -> int:
        """The first position a layer may take: after the Input when the network has one."""
        layers = self.doc.layers
        return 1 if layers and layers[0]["class_name"] == "InputLayer" else 0

    # ----- network edits ------------------------------------------------------------------
    def insert_layer(self, index, class_name) -> bool:
        try:
            cls = canonical_class(class_name)
        except ValueError:
            self.status(translate("BuilderPart", "NN Studio has no layer type “{0}”.").format(class_name))
            return False
        config = {}
        if cls == "InputLayer" and self.workspace.dataset is not None:
            config["shape"] = list(self.workspace.dataset.input_shape)
        index = max(0, min(int(index), len(self.doc.layers)))
        if self.push(commands.InsertLayer(index, cls, **config)):
            self.selection.set(index)
            return True
        return False

    def insert_after_selection(self, class_name):
        i = self.selection.index
        index = i + 1 if 0 <= i < len(self.doc.layers) else len(self.doc.layers)
        self.insert_layer(max(index, self.first_movable()), class_name)

    def delete_selected(self):
        i = self.selection.index
        if 0 <= i < len(self.doc.layers) and self.push(commands.RemoveLayer(i)):
            self.selection.set(min(i, len(self.doc.layers) - 1))

    def duplicate_selected(self):
        i = self.selection.index
        if 0 <= i < len(self.doc.layers) and self.push(commands.DuplicateLayer(i)):
            self.selection.set(i + 1)

    def move_layer(self, source, target):
        n = len(self.doc.layers)
        first = self.first_movable()
        if not (first <= source < n and first <= target < n) or source == target:
            return
        if self.push(commands.MoveLayer(source, target)):
            self.selection.set(target)

    def move_selected(self, delta):
        self.move_layer(self.selection.index, self.selection.index + delta)

    def set_layer_config(self, index, changes):
        if 0 <= index < len(self.doc.layers):
            self.push(commands.SetLayerConfig(index, changes))

    def fix_for(self, index):
        checks = self.workspace.report.layers
        return checks[index].fix if 0 <= index < len(checks) and index < len(self.doc.layers) else None

    def first_fix(self):
        report = self.workspace.report
        return self.fix_for(report.error_index) if report.error_index is not None else None

    def apply_fix(self, index):
        fix = self.fix_for(index)
        if fix is None:
            return
        if fix.training:
            config = copy.deepcopy(self.doc.training)
            for key, value in fix.training.items():
                setattr(config, key, value)
            command = commands.SetTrainingConfig(config, text=user_text(fix.text))
        else:
            command = commands.SetLayerConfig(fix.layer_index, fix.changes, text=user_text(fix.text))
        command.merge_id = None   # a fix is its own undo step, never merged into typing
        if self.push(command):
            self.status(translate("BuilderPart", "Fixed: {0}.").format(user_text(fix.text)))

    def fix_selected(self):
        self.apply_fix(self.selection.index)

    def fix_first_problem(self):
        report = self.workspace.report
        if report.error_index is not None:
            self.apply_fix(report.error_index)

    def edit_layer(self, index):
        self.selection.set(index)
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.focus_first_field()

    def edit_selected(self):
        self.edit_layer(self.selection.index)

    # ----- whole-project edits --------------------------------------------------------------
    def load_example(self, key) -> bool:
        """The scripted contract: build example ``key`` and read its data here, then take it."""
        if key not in EXAMPLES:
            return False
        return self.take_example(key, prepare_document(lambda: make_example(key)))

    def load_example_interactive(self, key):
        """The menus and the gallery: a transaction like File ▸ Open — the example and its data are
        made in a worker thread (progress and Cancel when slow); only then does the project change,
        as one undo step, and any failure leaves it as it was with one message."""
        if key not in EXAMPLES or self.refuse_while_training() or self.files.task.busy():
            return
        title = translate("examples", EXAMPLES[key].title)
        self.files.task.start(
            lambda progress, cancelled: prepare_document(lambda: make_example(key), progress=progress,
                                                         should_cancel=cancelled),
            translate("BuilderPart", "Loading the example “{0}”…").format(title),
            lambda prepared: self.take_example(key, prepared),
            lambda message: QMessageBox.warning(self.window, translate("BuilderPart", "Cannot load the example"),
                                                message))

    def take_example(self, key, prepared) -> bool:
        """Replace the project by a prepared example as one undo step (False: refused or taken back)."""
        if self.refuse_while_training():   # a run started while the example was made
            return False
        self.workspace.offer_dataset(prepared.doc.data_spec, prepared.dataset, prepared.dataset_error)
        if not self.push(commands.LoadProject(prepared.doc, text=translate("BuilderPart", "Load example “{0}”")
                                              .format(EXAMPLES[key].title))):
            return False
        self.after_project_replaced()
        message = translate("BuilderPart", "Loaded the example “{0}”. Edit ▸ Undo brings your network back.")
        self.status(message.format(EXAMPLES[key].title))
        return True

    def show_gallery(self):
        from nnstudio.gui.builder.example_gallery import ExampleGallery

        if self.refuse_while_training():
            return
        gallery = ExampleGallery(self.window)
        if gallery.exec() == QDialog.Accepted and gallery.selected_key():
            self.load_example_interactive(gallery.selected_key())

    def import_keras_code(self, text):
        """Read Keras code and apply it as one undo step; CodeImportError when it cannot be read."""
        ds = self.workspace.dataset
        parsed = parse_keras_code(text, ds.input_shape if ds is not None else None)
        self.apply_parsed_code(parsed)
        return parsed

    def apply_parsed_code(self, parsed):
        if self.refuse_while_training():
            return False
        config = training_from_code(parsed, self.doc.training)
        stack = self.window.undo_stack
        stack.beginMacro(translate("BuilderPart", "Paste Keras code"))
        # the canvas and the network check take about 0.1 ms a layer: a long network shows the wait
        with wait_cursor(len(parsed.layers) >= BUSY_LAYERS):
            try:
                applied = self.push(commands.ReplaceNetwork(parsed.layers,
                                                            text=translate("BuilderPart", "Network from Keras code")))
                if applied and config is not None:
                    applied = self.push(commands.SetTrainingConfig(
                        config, text=translate("BuilderPart", "Training settings from Keras code")))
            finally:
                stack.endMacro()
        if not applied:   # a step failed and was taken back: take back the others and drop the macro
            stack.command(stack.index() - 1).setObsolete(True)
            stack.undo()
            return False
        self.selection.clear()
        self.canvas.auto_layout()
        self.status(translate("BuilderPart", "Built {0} layers from the code.").format(
            f"{layer_count(parsed.layers):,}") +
                    (" " + " ".join(map(user_text, parsed.notes)) if parsed.notes else ""), 12000)
        return True

    def paste_keras_code_interactive(self):
        from nnstudio.gui.builder.paste_code_dialog import PasteKerasCodeDialog

        if self.refuse_while_training():
            return
        ds = self.workspace.dataset
        dialog = PasteKerasCodeDialog(self.window, ds.input_shape if ds is not None else None)
        while dialog.exec() == QDialog.Accepted:
            try:
                self.apply_parsed_code(dialog.result_code)
                return
            except Exception as e:   # plain words, never a Python name (a bug is logged)
                dialog.show_error(error_text(e))

    def after_project_replaced(self):
        self.selection.clear()
        self.canvas.auto_layout()

    # ----- MainWindow contract --------------------------------------------------------------
    def open_project(self, path):
        return self.files.open_project(path)

    def save_project(self, path):
        return self.files.save_project(path)

    def can_close(self) -> bool:
        return self.files.maybe_save()

    def shutdown(self):
        """A file being opened or a table being read is abandoned: the worker threads are joined."""
        self.files.task.wait()
        self.files.data_loader.shutdown()
