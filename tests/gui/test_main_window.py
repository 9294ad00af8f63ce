"""The main window as users, scripts and tests see it: automation names, menus, shortcuts,
the editing lock while training, closing with unsaved changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDockWidget,
                               QGraphicsView, QLineEdit, QMessageBox, QPushButton, QWidget)

from tests.gui.conftest import palette_mime, send_drop


def test_automation_names_have_the_right_types(window):
    expected = {"layerPalette": QAbstractItemView, "networkCanvas": QGraphicsView, "inspector": QWidget,
                "activationCombo": QComboBox}
    for name, cls in expected.items():
        found = window.findChildren(QWidget, name)
        assert len(found) == 1, name
        assert isinstance(found[0], cls), name
    canvas = window.findChild(QGraphicsView, "networkCanvas")
    assert canvas.acceptDrops() and canvas is window.centralWidget()


def test_opens_on_a_ready_to_train_example(main_window):
    assert main_window.workspace.dataset is not None
    assert main_window.workspace.why_not_trainable() is None
    assert not main_window.doc.dirty and not main_window.isWindowModified()
    assert "[*]" in main_window.windowTitle()
    assert len(main_window.builder.canvas.layer_blocks()) == len(main_window.doc.layers)


def test_every_dock_has_an_object_name_and_the_layout_round_trips(window):
    docks = window.findChildren(QDockWidget)
    assert {"layerPaletteDock", "inspectorDock", "modelSummaryDock"} <= {d.objectName() for d in docks}
    assert all(d.objectName() for d in docks)
    state = window.saveState()
    assert window.restoreState(state)


def test_menus_and_standard_shortcuts(window):
    def names(menu):
        return {a.objectName() for a in menu.actions()}

    edit = names(window.menus["edit"])
    assert {"undoAction", "redoAction", "deleteLayerAction", "duplicateLayerAction", "pasteKerasCodeAction"} <= edit
    assert {"zoomInAction", "zoomOutAction", "fitAction"} <= names(window.menus["view"])
    assert "exampleGalleryAction" in names(window.menus["help"])
    file_texts = [a.text().replace("&", "") for a in window.menus["file"].actions()]
    for text in ("New", "Open…", "Open Recent", "Save", "Save As…", "Examples", "Example gallery…", "Export",
                 "Quit"):
        assert text in file_texts, text
    assert file_texts[-1] == "Quit"

    def action(name):
        return window.findChild(QAction, name)

    assert action("undoAction").shortcut() == QKeySequence(QKeySequence.Undo)
    assert action("redoAction").shortcut() == QKeySequence(QKeySequence.Redo)
    assert action("deleteLayerAction").shortcut() == QKeySequence(QKeySequence.Delete)
    assert action("duplicateLayerAction").shortcut() == QKeySequence("Ctrl+D")
    builder = window.builder
    mine = [a for a in vars(builder.actions).values() if isinstance(a, QAction)]
    mine += [builder.files.new_action, builder.files.open_action, builder.files.save_action,
             builder.files.save_as_action, *builder.export_menu.actions.values()]
    assert len(mine) > 20
    for a in mine:
        assert a.toolTip() and a.statusTip() and a.toolTip() != a.text(), a.text()


def test_builder_controls_have_tooltips(window):
    builder = window.builder
    roots = [builder.palette, builder.inspector, builder.canvas, builder.summary]
    for root in roots:
        assert root.toolTip() or root.findChildren(QWidget)
        for w in root.findChildren(QWidget):
            if isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)) and \
                    w.parent() is not None and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox, QLineEdit)):
                assert w.toolTip(), (type(w).__name__, w.objectName())


def test_delete_and_duplicate_shortcuts(window, qtbot):
    from PySide6.QtCore import Qt

    from PySide6.QtWidgets import QApplication

    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    canvas = window.builder.canvas
    canvas.setFocus()
    window.builder.selection.set(2)
    count = len(window.doc.layers)
    qtbot.keyClick(canvas, Qt.Key_D, Qt.ControlModifier)
    assert len(window.doc.layers) == count + 1 and window.builder.selection.index == 3
    qtbot.keyClick(canvas, Qt.Key_Delete)
    assert len(window.doc.layers) == count
    qtbot.keyClick(canvas, Qt.Key_Z, Qt.ControlModifier)
    assert len(window.doc.layers) == count + 1


def test_editing_is_blocked_while_training_with_a_reason(window):
    builder = window.builder
    before = [dict(s) for s in window.doc.layers]
    reason = "The network cannot be changed while it trains."
    builder.set_editing_enabled(False, reason)
    send_drop(builder.canvas, palette_mime(window, "Dense"), builder.canvas.drop_point(2))
    builder.selection.set(1)
    for name in ("deleteLayerAction", "duplicateLayerAction", "pasteKerasCodeAction", "undoAction"):
        assert not window.findChild(QAction, name).isEnabled(), name
    builder.delete_selected()
    builder.load_example("xor")
    assert window.doc.layers == before
    assert not window.findChild(QComboBox, "activationCombo").isEnabled()
    assert builder.canvas._banner.isVisibleTo(builder.canvas) and reason in builder.canvas._banner.text()
    assert reason in window.statusBar().currentMessage()
    builder.set_editing_enabled(True)
    assert window.findChild(QComboBox, "activationCombo").isEnabled()
    window.workspace.training_active = True          # the workspace flag alone also blocks edits
    try:
        assert not builder.insert_layer(2, "Dense")
    finally:
        window.workspace.training_active = False
    assert builder.insert_layer(2, "Dense")


def test_a_real_training_run_locks_the_builder(window, qtbot):
    train = window.findChild(QPushButton, "trainButton")
    stop = window.findChild(QPushButton, "stopButton")
    if train is None or stop is None:
        pytest.skip("the training part has no Train/Stop buttons yet")
    window.doc.training.epochs = 1000
    train.click()
    qtbot.waitUntil(lambda: not window.builder.editing_enabled, timeout=10000)
    assert not window.builder.insert_layer(2, "Dense")
    stop.click()
    qtbot.waitUntil(lambda: window.builder.editing_enabled, timeout=10000)
    assert window.builder.insert_layer(2, "Dense")


def test_closing_with_unsaved_changes_asks(main_window, message_boxes):
    main_window.builder.insert_layer(2, "Dropout")
    message_boxes.answer = QMessageBox.Cancel
    assert not main_window.close()
    assert main_window.isVisible() and message_boxes.texts("question")
    message_boxes.answer = QMessageBox.Discard
    assert main_window.close()


def test_canvas_rejects_unknown_payloads(window):
    mime = QMimeData()
    mime.setData("application/x-nnstudio-layer", b"Conv3D")
    before = [dict(s) for s in window.doc.layers]
    send_drop(window.builder.canvas, mime, window.builder.canvas.drop_point(2))
    assert window.doc.layers == before
    assert "Conv3D" in window.statusBar().currentMessage()
