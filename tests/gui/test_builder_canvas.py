"""The network canvas: drops from the palette, reordering, deleting, undo/redo, live shapes."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from nnstudio.gui.builder.canvas import NetworkCanvas
from nnstudio.project.network import canonical_class, new_layer_spec
from tests.gui.conftest import palette_mime, send_drop

PALETTE = ["Input", "Dense", "ReLU", "LeakyReLU", "Activation", "Dropout", "BatchNormalization",
           "Conv2D", "MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D", "Flatten", "Reshape"]


def without_name(spec):
    return {**spec, "config": {k: v for k, v in spec["config"].items() if k != "name"}}


def block_facts(window):
    """(class, output shape, params) as the canvas blocks show them."""
    return [(b.content.class_name, b.output_shape, b.params) for b in window.builder.canvas.layer_blocks()]


def report_facts(window):
    return [(c.class_name, c.output_shape, c.params) for c in window.workspace.report.layers]


def test_palette_lists_every_layer_type(window):
    assert window.builder.palette.class_names() == PALETTE


def test_drop_every_type_at_first_middle_and_last(window, qtbot):
    canvas = window.builder.canvas
    original = copy.deepcopy(window.doc.layers)        # input, dense, dense_1, dense_2
    for class_name in PALETTE:
        for position in (1, 2, len(original)):           # after the input, middle, before the loss
            shown = send_drop(canvas, palette_mime(window, class_name), canvas.drop_point(position))
            assert shown, "the insertion marker shows while dragging"
            assert not canvas.marker.isVisible()
            layers = window.doc.layers
            assert len(layers) == len(original) + 1
            assert layers[position]["class_name"] == canonical_class(class_name)
            assert [without_name(s) for i, s in enumerate(layers) if i != position] == \
                [without_name(s) for s in original]
            names = [s["config"]["name"] for s in layers if s["class_name"] == "Dense"]
            assert names == ["dense"] + [f"dense_{i}" for i in range(1, len(names))]   # in order
            # the canvas shows what the live validation computed, block by block
            assert len(canvas.layer_blocks()) == len(layers)
            assert block_facts(window) == report_facts(window)
            window.undo_stack.undo()
            assert window.doc.layers == original
    assert block_facts(window) == report_facts(window)


def test_drop_updates_shapes_and_parameter_counts(window):
    canvas = window.builder.canvas
    send_drop(canvas, palette_mime(window, "Dense"), canvas.drop_point(1))
    blocks = canvas.layer_blocks()
    assert blocks[1].output_shape == (8,) and blocks[1].params == 2 * 8 + 8
    assert blocks[2].params == 8 * 4 + 4            # the next Dense now sees 8 inputs
    assert "out 8 · 24 params" in blocks[1].texts()
    assert window.workspace.report.total_params == sum(b.params for b in blocks)
    send_drop(canvas, palette_mime(window, "BatchNormalization"), canvas.drop_point(2))
    assert canvas.layer_blocks()[2].params == 4 * 8
    assert canvas.layer_blocks()[2].output_shape == (8,)
    assert window.workspace.report.ok


def test_drop_on_an_empty_spot_picks_the_nearest_gap_and_rejects_other_data(window):
    canvas = window.builder.canvas
    from PySide6.QtCore import QMimeData, QPoint

    plain = QMimeData()
    plain.setText("Dense")
    before = copy.deepcopy(window.doc.layers)
    send_drop(canvas, plain, canvas.drop_point(2))
    assert window.doc.layers == before                 # only our MIME type is accepted
    loss_center = canvas.block_center(-1)
    send_drop(canvas, palette_mime(window, "Dropout"), loss_center + QPoint(5, 0))
    assert window.doc.layers[-1]["class_name"] == "Dropout"   # dropped on the loss: appended


def test_reorder_by_dragging_a_block_and_undo_redo(window):
    canvas = window.builder.canvas
    states = [copy.deepcopy(window.doc.layers)]
    send_drop(canvas, palette_mime(window, "Dropout"), canvas.drop_point(1))
    states.append(copy.deepcopy(window.doc.layers))      # input, dropout, dense, dense_1, dense_2
    # drag the dropout block (1) to between dense_1 and dense_2 (gap 4)
    send_drop(canvas, NetworkCanvas.block_mime_data(1), canvas.drop_point(4))
    names = [s["config"]["name"] for s in window.doc.layers]
    assert names == ["input_layer", "dense", "dense_1", "dropout", "dense_2"]
    assert window.builder.selection.index == 3
    states.append(copy.deepcopy(window.doc.layers))
    # dropping a block right beside itself changes nothing
    send_drop(canvas, NetworkCanvas.block_mime_data(3), canvas.drop_point(4))
    assert window.doc.layers == states[-1]
    # delete (Edit ▸ Delete layer) the selected block
    window.builder.selection.set(2)
    window.findChild(QAction, "deleteLayerAction").trigger()
    assert [s["config"]["name"] for s in window.doc.layers] == ["input_layer", "dense", "dropout", "dense_2"]
    states.append(copy.deepcopy(window.doc.layers))
    # duplicate and move with the keyboard actions
    window.builder.selection.set(1)
    window.findChild(QAction, "duplicateLayerAction").trigger()
    states.append(copy.deepcopy(window.doc.layers))
    assert window.doc.layers[2]["config"]["name"] == "dense_copy"
    window.findChild(QAction, "moveLaterAction").trigger()
    states.append(copy.deepcopy(window.doc.layers))
    assert window.doc.layers[3]["config"]["name"] == "dense_copy"
    for state in reversed(states[:-1]):
        window.undo_stack.undo()
        assert window.doc.layers == state
        assert block_facts(window) == report_facts(window)
    for state in states[1:]:
        window.undo_stack.redo()
        assert window.doc.layers == state
        assert block_facts(window) == report_facts(window)


def test_the_input_block_stays_first(window):
    canvas = window.builder.canvas
    before = copy.deepcopy(window.doc.layers)
    with pytest.raises(IndexError):
        canvas.drop_point(0)                               # no gap before the input
    send_drop(canvas, NetworkCanvas.block_mime_data(0), canvas.drop_point(3))
    assert window.doc.layers == before
    window.builder.selection.set(1)
    assert not window.findChild(QAction, "moveEarlierAction").isEnabled()


def test_invalid_network_shows_why_on_the_block_and_in_the_status_bar(window):
    canvas = window.builder.canvas
    send_drop(canvas, palette_mime(window, "Conv2D"), canvas.drop_point(2))   # after a Dense on 2-D points
    message = "Conv2D needs an image (height, width, channels); it gets a vector of 4."
    block = canvas.layer_blocks()[2]
    assert block.error_text == message
    assert message in block.texts()
    assert message in window.builder.validation_label.text()
    assert window.workspace.why_not_trainable() == f"conv2d: {message}"
    # later blocks cannot know their shape; the canvas says so instead of guessing
    assert canvas.layer_blocks()[3].output_shape is None
    from PySide6.QtWidgets import QPushButton

    train = window.findChild(QPushButton, "trainButton")
    if train is not None:    # the training part's button follows workspace.why_not_trainable()
        assert not train.isEnabled()
        assert message in train.toolTip()
    window.undo_stack.undo()
    assert canvas.layer_blocks()[2].error_text == ""
    assert window.workspace.why_not_trainable() is None
    if train is not None:
        assert train.isEnabled()


def test_wrong_output_size_offers_a_one_click_fix(window):
    canvas = window.builder.canvas
    window.builder.set_layer_config(3, {"units": 5})
    block = canvas.layer_blocks()[3]
    assert "needs 2 units" in block.error_text
    assert block.content.fix_text == "Fix: Set dense_2 to 2 units"
    assert window.builder.status_fix_button.isVisibleTo(window)
    block.fix_button.clicked.emit()
    assert window.doc.layers[3]["config"]["units"] == 2
    assert window.workspace.report.ok
    window.undo_stack.undo()                             # the fix is its own undo step
    assert window.doc.layers[3]["config"]["units"] == 5
    window.builder.status_fix_button.click()
    assert window.workspace.report.ok


def test_loss_block_names_the_loss(window):
    loss = window.builder.canvas.loss_block
    assert loss.content.is_loss
    assert "Cross-entropy" in loss.texts()
    assert any("2 outputs" in t for t in loss.texts())


def test_large_network_stays_readable(window, qtbot):
    canvas = window.builder.canvas
    layers = copy.deepcopy(window.doc.layers[:1])
    names = [layers[0]["config"]["name"]]
    for _ in range(15):
        for cls in ("Dense", "Dropout"):
            spec = new_layer_spec(cls, names)
            names.append(spec["config"]["name"])
            layers.append(spec)
    layers.append(new_layer_spec("Dense", names, units=2, activation="linear"))
    from nnstudio.project.commands import ReplaceNetwork

    window.builder.push(ReplaceNetwork(layers))
    assert len(canvas.layer_blocks()) == 32
    assert canvas.zoom >= 0.85                            # wraps into rows and scrolls instead of shrinking
    assert len(canvas.flow.rows) >= 4 and canvas.verticalScrollBar().maximum() > 0
    rects = [b.sceneBoundingRect().adjusted(8, 8, -8, -8) for b in canvas.blocks]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    canvas.fit()
    assert canvas.zoom < 0.85
    viewport = canvas.viewport().rect()
    assert all(viewport.contains(canvas.mapFromScene(b.sceneBoundingRect()).boundingRect().adjusted(6, 6, -6, -6))
               for b in canvas.blocks)
    fitted = canvas.zoom
    canvas.zoom_in()
    assert canvas.zoom > fitted and canvas.flow.columns >= 1


def test_ctrl_wheel_and_view_menu_zoom(window):
    canvas = window.builder.canvas
    before = canvas.zoom
    window.findChild(QAction, "zoomInAction").trigger()
    assert canvas.zoom == pytest.approx(before * 1.2)
    window.findChild(QAction, "zoomOutAction").trigger()
    assert canvas.zoom == pytest.approx(before)
    window.findChild(QAction, "actualSizeAction").trigger()
    assert canvas.zoom == 1.0


def test_ctrl_wheel_zooms(window):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    canvas = window.builder.canvas
    before = canvas.zoom
    pos = QPointF(canvas.viewport().rect().center())
    event = QWheelEvent(pos, QPointF(canvas.viewport().mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, 120),
                        Qt.NoButton, Qt.ControlModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.zoom == pytest.approx(before * 1.15)


def test_block_context_menu_offers_the_edits(window, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    canvas = window.builder.canvas
    shown = []
    monkeypatch.setattr(canvas, "show_menu", lambda menu, pos: shown.append([x.text() for x in menu.actions()]))
    pos = canvas.block_center(2)
    QApplication.sendEvent(canvas.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, pos,
                                                                canvas.viewport().mapToGlobal(pos)))
    assert window.builder.selection.index == 2
    texts = [t.replace("&", "") for t in shown[0]]
    for wanted in ("Edit settings", "Duplicate layer", "Delete layer", "Move earlier", "Move later"):
        assert wanted in texts


def test_model_summary_panel(window):
    from PySide6.QtGui import QFontInfo

    dock = window.builder.summary_dock
    dock.show()
    dock.raise_()
    summary = window.builder.summary
    window.builder.insert_layer(2, "Dropout")
    text = summary.text.toPlainText()
    assert "dropout (Dropout)" in text and "Total params: 28" in text
    assert QFontInfo(summary.text.font()).fixedPitch()
    window.builder.insert_layer(2, "Conv2D")
    assert "Problem:" in summary.status.text() and "Conv2D needs an image" in summary.status.text()


def test_the_training_banner_never_covers_a_block(window, qtbot):
    """While a run trains the canvas says why it is locked, in a strip above the diagram: the top
    row of a network that fills the view stays fully visible."""
    from nnstudio.project.commands import ReplaceNetwork

    canvas = window.builder.canvas
    layers = copy.deepcopy(window.doc.layers[:1])
    names = [layers[0]["config"]["name"]]
    for _ in range(6):
        spec = new_layer_spec("Dense", names, units=4, activation="relu")
        names.append(spec["config"]["name"])
        layers.append(spec)
    window.builder.push(ReplaceNetwork(layers + [new_layer_spec("Dense", names, units=2)]))
    canvas.fit()                                           # the diagram fills the view, top row at the top

    def block_rects():
        offset = canvas.viewport().pos()
        return [canvas.mapFromScene(b.mapToScene(b.block_rect())).boundingRect().translated(offset)
                for b in canvas.blocks]

    window.builder.set_editing_enabled(False, "The network cannot be changed while it trains. Stop the run to edit it.")
    banner = canvas.findChild(QLabel, "editingBlockedBanner")
    qtbot.waitUntil(lambda: banner.isVisible())
    top_row = min(r.top() for r in block_rects())
    assert top_row < banner.geometry().bottom() + 80       # the diagram sits right below the banner
    assert not any(banner.geometry().intersects(r) for r in block_rects())
    assert all(canvas.viewport().geometry().contains(r.adjusted(2, 2, -2, -2)) for r in block_rects())
    window.builder.set_editing_enabled(True)
    assert not banner.isVisible() and canvas.viewportMargins().top() == 0    # the strip goes with it


@pytest.mark.parametrize("error", [False, True])
def test_every_block_title_is_shown_whole(window, error):
    """The longest layer name (GlobalAveragePooling2D) is drawn whole in its header, a size
    smaller when it must be, also next to the "!" of a block in error."""
    from PySide6.QtGui import QFontMetrics

    from nnstudio.gui.builder.block_item import MIN_TITLE_PX, TITLE_PX, fitted_title, title_width

    sizes = {}
    for class_name in PALETTE + ["Loss"]:
        title = "Input" if class_name == "Input" else class_name
        font, shown = fitted_title(title, title_width(error))
        assert shown == title, title
        assert QFontMetrics(font).horizontalAdvance(shown) <= title_width(error)
        sizes[title] = font.pixelSize()
    assert min(sizes.values()) >= MIN_TITLE_PX and sizes["Dense"] == TITLE_PX     # short names keep the size
    canvas = window.builder.canvas
    send_drop(canvas, palette_mime(window, "GlobalAveragePooling2D"), canvas.drop_point(1))
    block = canvas.layer_blocks()[1]
    assert block.content.title == "GlobalAveragePooling2D" and block.content.error   # on a vector: an error
    assert fitted_title(block.content.title, title_width(True))[1] == "GlobalAveragePooling2D"
