"""A layer dropped on the arrow between two blocks goes between them, also on the long middle of a
wrap-around arrow; new layers' default names read in order."""

from PySide6.QtCore import QPointF

from nnstudio.gui.builder import flow_layout as fl
from nnstudio.gui.builder.block_item import BASE_H
from tests.gui.conftest import palette_mime, send_drop


def test_drop_on_the_middle_of_a_wrap_around_arrow(window):
    canvas = window.builder.canvas
    canvas.resize(700, 500)
    canvas.relayout()
    flow, bottoms = canvas.flow, fl.row_bottoms(canvas.flow)
    elbows = [g for g in range(1, len(flow.rects) - 1) if abs(flow.rects[g].y - flow.rects[g - 1].y) > 1]
    assert elbows, "the default example wraps onto a second row at this width"
    g = elbows[0]
    route = fl.connector_route(flow.rects[g - 1], flow.rects[g], BASE_H / 2, bottoms[g - 1])
    (x0, y), (x1, _) = route[2], route[3]                       # the long stretch between the rows
    pos = canvas.mapFromScene(QPointF((x0 + x1) / 2, y))
    before = [s["class_name"] for s in window.doc.layers]
    send_drop(canvas, palette_mime(window, "Dropout"), pos)
    after = [s["class_name"] for s in window.doc.layers]
    assert after == before[:g] + ["Dropout"] + before[g:]


def test_default_names_follow_the_order_of_the_blocks(window):
    canvas = window.builder.canvas
    for _ in range(3):
        send_drop(canvas, palette_mime(window, "Dense"), canvas.drop_point(1))     # right after the Input
    names = [s["config"]["name"] for s in window.doc.layers if s["class_name"] == "Dense"]
    assert names == ["dense"] + [f"dense_{i}" for i in range(1, len(names))]
    window.undo_stack.undo()
    names = [s["config"]["name"] for s in window.doc.layers if s["class_name"] == "Dense"]
    assert names == ["dense"] + [f"dense_{i}" for i in range(1, len(names))]
