"""The inspector and the palette: editing settings (undoable, merged while typing), the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from nnstudio.gui.builder.palette import LAYER_MIME_TYPE
from nnstudio.project.layer_types import LAYER_TYPES


def test_nothing_selected_says_so(window):
    inspector = window.findChild(QWidget, "inspector")
    combo = window.findChild(QComboBox, "activationCombo")
    window.builder.selection.clear()
    assert inspector.findChild(QWidget, "inspectorEmpty").isVisibleTo(inspector)
    assert not combo.isEnabled()


def test_activation_combo_edits_the_selected_layer_and_undoes(window):
    combo = window.findChild(QComboBox, "activationCombo")
    window.builder.selection.set(1)
    assert combo.isEnabled() and combo.currentText() == "tanh"
    combo.setCurrentText("relu")
    assert window.doc.layers[1]["config"]["activation"] == "relu"
    assert "4 units · relu" in window.builder.canvas.layer_blocks()[1].texts()
    window.undo_stack.undo()
    assert window.doc.layers[1]["config"]["activation"] == "tanh"
    assert combo.currentText() == "tanh"          # the view follows the document


def test_typing_units_is_one_undo_step(window, qtbot):
    window.builder.selection.set(1)
    spin = window.builder.inspector.findChild(QSpinBox, "unitsEdit")
    assert (spin.minimum(), spin.maximum()) == (1, 4096)
    depth = window.undo_stack.count()
    for value in (5, 6, 64):
        spin.setValue(value)
    assert window.doc.layers[1]["config"]["units"] == 64
    assert window.workspace.report.layers[1].params == 2 * 64 + 64
    assert window.undo_stack.count() == depth + 1
    window.undo_stack.undo()
    assert window.doc.layers[1]["config"]["units"] == 4


def test_fields_follow_the_layer_type(window):
    builder = window.builder
    builder.insert_layer(2, "Dropout")
    inspector = builder.inspector
    rate = inspector.findChild(QDoubleSpinBox, "rateEdit")
    assert rate.isVisibleTo(inspector) and not inspector.findChild(QSpinBox, "unitsEdit").isVisibleTo(inspector)
    rate.setValue(0.5)
    assert window.doc.layers[2]["config"]["rate"] == 0.5
    builder.insert_layer(1, "Conv2D")
    padding = inspector.findChild(QComboBox, "paddingEdit")
    assert padding.isVisibleTo(inspector)
    assert inspector.findChild(QSpinBox, "filtersEdit").isVisibleTo(inspector)
    assert inspector.findChild(QWidget, "inspectorProblem").isVisibleTo(inspector)   # Conv2D on a vector
    padding.setCurrentText("valid")
    assert window.doc.layers[1]["config"]["padding"] == "valid"
    for key in ("units", "filters", "kernel_size", "rate", "padding", "activation"):
        editor = inspector.editors[key]
        assert editor.toolTip(), key                   # every setting explains itself
        assert inspector.helps[key].text()


def test_rename_keeps_names_unique(window):
    builder = window.builder
    builder.selection.set(1)
    name = builder.inspector.findChild(QLineEdit, "nameEdit")
    name.setText("hidden")
    name.editingFinished.emit()
    assert window.doc.layers[1]["config"]["name"] == "hidden"
    name.setText("dense_1")                           # taken by the next layer
    name.editingFinished.emit()
    assert window.doc.layers[1]["config"]["name"] == "hidden"
    assert "already called" in window.statusBar().currentMessage()


def test_inspector_fix_button(window):
    builder = window.builder
    builder.set_layer_config(3, {"units": 7})
    builder.selection.set(3)
    button = builder.inspector.fix_button
    assert button.isVisibleTo(builder.inspector) and "2 units" in button.text()
    button.click()
    assert window.doc.layers[3]["config"]["units"] == 2


def test_double_click_focuses_the_inspector(window, qtbot):
    canvas = window.builder.canvas
    qtbot.mouseDClick(canvas.viewport(), Qt.LeftButton, pos=canvas.block_center(1))
    assert window.builder.selection.index == 1
    assert window.builder.inspector.index == 1


def test_click_selects_and_keyboard_moves_the_selection(window, qtbot):
    canvas = window.builder.canvas
    qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=canvas.block_center(2))
    assert window.builder.selection.index == 2
    assert canvas.layer_blocks()[2].selected
    qtbot.keyClick(canvas, Qt.Key_Right)
    assert window.builder.selection.index == 3
    qtbot.keyClick(canvas, Qt.Key_Escape)
    assert window.builder.selection.index == -1


def test_palette_search_tooltips_mime_and_enter(window, qtbot):
    palette = window.builder.palette
    view = window.findChild(QAbstractItemView, "layerPalette")
    model = view.model()
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        assert not group.data(Qt.DecorationRole).isNull()           # every group has an icon
        for r in range(model.rowCount(group)):
            tip = model.index(r, 0, group).data(Qt.ToolTipRole)
            assert tip and "\n" not in tip and len(tip) < 160       # one line, plain words
    mime = model.mimeData([palette.index_of("Input")])
    assert bytes(mime.data(LAYER_MIME_TYPE)) == b"Input"
    assert bytes(model.mimeData([palette.index_of("Dense")]).data(LAYER_MIME_TYPE)) == b"Dense"
    palette.search.setText("image")
    visible = palette.class_names()
    assert "Conv2D" in visible and "Dropout" not in visible
    palette.search.setText("dropout")
    assert palette.class_names() == ["Dropout"]
    # Enter on the palette inserts after the selected block
    window.builder.selection.set(1)
    view.setFocus()
    view.setCurrentIndex(palette.index_of("Dropout"))
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.doc.layers[2]["class_name"] == "Dropout"
    assert window.builder.selection.index == 2
    palette.search.clear()
    assert len(palette.class_names()) == len(LAYER_TYPES)
