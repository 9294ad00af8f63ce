"""The builder's menu actions (Edit, View, File ▸ Examples, Help) and when each is enabled."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from nnstudio.project.examples import EXAMPLES


class BuilderActions(QObject):
    def __init__(self, part):
        super().__init__(part.window)
        self.part = part
        w = part.window
        stack = w.undo_stack

        # ----- Edit -----------------------------------------------------------------------
        self.undo = self._action(self.tr("&Undo"), stack.undo, QKeySequence.Undo, "undoAction",
                                 self.tr("Take back the last change."))
        self.redo = self._action(self.tr("&Redo"), stack.redo, QKeySequence.Redo, "redoAction",
                                 self.tr("Do again what was undone."))
        stack.canUndoChanged.connect(lambda _b: self.update())
        stack.canRedoChanged.connect(lambda _b: self.update())
        stack.undoTextChanged.connect(lambda _t: self.update())
        stack.redoTextChanged.connect(lambda _t: self.update())
        self.delete = self._action(self.tr("&Delete layer"), part.delete_selected, QKeySequence.Delete,
                                   "deleteLayerAction", self.tr("Remove the selected layer from the network."))
        self.duplicate = self._action(self.tr("D&uplicate layer"), part.duplicate_selected, QKeySequence("Ctrl+D"),
                                      "duplicateLayerAction", self.tr("Add a copy of the selected layer after it."))
        self.move_earlier = self._action(self.tr("Move &earlier"), lambda: part.move_selected(-1),
                                         QKeySequence("Alt+Left"), "moveEarlierAction",
                                         self.tr("Move the selected layer one place towards the input."))
        self.move_later = self._action(self.tr("Move &later"), lambda: part.move_selected(1),
                                       QKeySequence("Alt+Right"), "moveLaterAction",
                                       self.tr("Move the selected layer one place towards the output."))
        self.edit_settings = self._action(self.tr("&Edit settings"), part.edit_selected, None, "editLayerAction",
                                          self.tr("Show the selected layer's settings in the inspector."))
        self.fix = self._action(self.tr("&Fix the problem"), part.fix_selected, QKeySequence("Ctrl+Shift+F"),
                                "fixLayerAction", self.tr("Apply the suggested fix for the selected layer."))
        self.paste_code = self._action(self.tr("&Paste Keras code…"), part.paste_keras_code_interactive,
                                       QKeySequence("Ctrl+Shift+V"), "pasteKerasCodeAction",
                                       self.tr("Build the network from Keras code (Sequential, add, compile)."))
        edit = w.menus["edit"]
        for a in (self.undo, self.redo, None, self.delete, self.duplicate, self.move_earlier, self.move_later,
                  self.fix, None, self.paste_code):
            edit.addSeparator() if a is None else edit.addAction(a)
        part.canvas.context_actions = [self.edit_settings, self.duplicate, self.delete, None, self.move_earlier,
                                       self.move_later, None, self.fix]
        # shortcuts work while the canvas has focus even when the Edit menu is hidden
        for a in (self.delete, self.duplicate, self.move_earlier, self.move_later):
            a.setShortcutContext(Qt.WindowShortcut)

        # ----- View -----------------------------------------------------------------------
        canvas = part.canvas
        view = w.menus["view"]
        self.zoom_in = self._action(self.tr("Zoom &in"), canvas.zoom_in, QKeySequence.ZoomIn, "zoomInAction",
                                    self.tr("Make the blocks bigger (Ctrl+wheel also zooms)."))
        self.zoom_out = self._action(self.tr("Zoom &out"), canvas.zoom_out, QKeySequence.ZoomOut, "zoomOutAction",
                                     self.tr("Make the blocks smaller."))
        self.fit = self._action(self.tr("&Fit to window"), canvas.fit, QKeySequence("Ctrl+0"), "fitAction",
                                self.tr("Show the whole network in the window."))
        self.actual_size = self._action(self.tr("&Actual size"), canvas.actual_size, QKeySequence("Ctrl+1"),
                                        "actualSizeAction", self.tr("Show the blocks at their normal size."))
        for a in (self.zoom_in, self.zoom_out, self.fit, self.actual_size):
            view.addAction(a)
        view.addSeparator()
        for dock in part.docks:
            view.addAction(dock.toggleViewAction())

        # ----- File ▸ Examples, gallery; Help ----------------------------------------------
        self.examples_menu = None
        self.gallery = self._action(self.tr("Example &gallery…"), part.show_gallery, QKeySequence("Ctrl+Shift+E"),
                                    "exampleGalleryAction",
                                    self.tr("Pick a ready-to-train example, with a picture and a teacher's note."))
        self.quit = self._action(self.tr("&Quit"), w.close, QKeySequence.Quit, "quitAction",
                                 self.tr("Close NN Studio (asks about unsaved changes)."))
        w.menus["help"].addAction(self.gallery)
        part.selection.changed.connect(lambda _i: self.update())

    def _action(self, text, slot, shortcut, name, tip):
        a = QAction(text, self.part.window)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        self.part.window.addAction(a)
        return a

    def build_examples_menu(self, menu):
        menu.setObjectName("examplesMenu")
        menu.setToolTipsVisible(True)
        for key, example in EXAMPLES.items():
            a = menu.addAction(QCoreApplication.translate("examples", example.title))
            a.setObjectName(f"example-{key}")
            a.setToolTip(QCoreApplication.translate("examples", example.description))
            a.setStatusTip(a.toolTip())
            a.triggered.connect(lambda _=False, k=key: self.part.load_example_interactive(k))
        self.examples_menu = menu

    def update(self):
        part = self.part
        stack = part.window.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo):
            return   # the window is being destroyed: its undo stack clears itself on the way out
        editing = part.editing_enabled
        n = len(part.doc.layers)
        i = part.selection.index
        first = part.first_movable()
        self.undo.setEnabled(editing and stack.canUndo())
        self.redo.setEnabled(editing and stack.canRedo())
        self.undo.setText(self.tr("&Undo {0}").format(stack.undoText()) if stack.canUndo() else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {0}").format(stack.redoText()) if stack.canRedo() else self.tr("&Redo"))
        selected = 0 <= i < n
        self.delete.setEnabled(editing and selected)
        self.duplicate.setEnabled(editing and selected)
        self.edit_settings.setEnabled(selected)
        self.move_earlier.setEnabled(editing and selected and i > first)
        self.move_later.setEnabled(editing and selected and first <= i < n - 1)
        self.fix.setEnabled(editing and part.fix_for(i) is not None)
        self.paste_code.setEnabled(editing)
        if self.examples_menu is not None:
            self.examples_menu.setEnabled(editing)
        self.gallery.setEnabled(editing)
