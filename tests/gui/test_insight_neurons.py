"""Neuron view: links and nodes follow the weights and biases; 2-D data gets thumbnails; big
networks are summarised; clicking a neuron selects it."""

import numpy as np
from PySide6.QtCore import QPointF

from nnstudio.gui.insight import neuron_view as nv
from nnstudio.gui.insight.neuron_view import NeuronView
from nnstudio.insight import LiveModel
from nnstudio.project import make_example
from nnstudio.project.workspace import Workspace
from tests.insight.trained import trained_doc


def _view(qtbot, doc, ws):
    view = NeuronView(LiveModel(doc, ws))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.refresh()
    return view


def test_link_colour_and_width_follow_the_weights(qtbot):
    doc, ws, _ = trained_doc("circle")
    weights = [w.copy() for w in doc.weights]
    kernel = weights[0]                       # dense: (2 inputs, 4 units)
    largest = float(np.abs(np.concatenate([w.ravel() for w in weights[0::2]])).max())
    kernel[0, 0] = 2 * largest                # positive and the largest of all
    kernel[1, 2] = -0.01 * largest            # negative and tiny
    doc.set_weights(weights)
    view = _view(qtbot, doc, ws)
    big, small = view.link_item(0, 0, 0).pen(), view.link_item(0, 1, 2).pen()
    assert big.widthF() == nv.MAX_WIDTH
    assert small.widthF() < nv.MIN_WIDTH + 0.2
    assert big.color().blue() > big.color().red()          # positive: blue
    assert small.color().red() > small.color().blue()      # negative: orange
    lightness = lambda c: c.red() + c.green() + c.blue()   # noqa: E731
    assert lightness(big.color()) < lightness(small.color())   # a small weight is drawn fainter
    tip = view.canvas.tooltip_for(view.link_item(0, 1, 2))
    assert f"{float(kernel[1, 2]):.8g}".replace("-", "−") in tip     # the exact (float32) value
    # a link of the second layer
    w2 = weights[2][3, 1]
    assert view.link_item(1, 3, 1).value == w2


def test_biases_show_on_the_node_border_and_in_the_tooltip(qtbot):
    doc, ws, _ = trained_doc("circle")
    weights = [w.copy() for w in doc.weights]
    weights[1][0] = 3.0
    weights[1][1] = -0.001
    doc.set_weights(weights)
    view = _view(qtbot, doc, ws)
    strong, weak = view.node_item(1, 0).pen(), view.node_item(1, 1).pen()
    assert strong.color().blue() > strong.color().red() and strong.widthF() > weak.widthF()
    assert weak.color().red() > weak.color().blue()
    assert "bias: 3" in view.canvas.tooltip_for(view.node_item(1, 0))


def test_2d_data_gives_every_neuron_a_thumbnail_that_hover_enlarges(qtbot):
    doc, ws, _ = trained_doc("circle")
    view = _view(qtbot, doc, ws)
    for column, units in ((0, 2), (1, 4), (2, 2), (3, 2)):
        for u in range(units):
            thumb = view.node_item(column, u).thumbnail
            assert thumb is not None and thumb.isVisible()
    node = view.node_item(3, 1)
    view.canvas.show_zoom(node)
    assert view.canvas.zoom_visible
    view.canvas.hide_zoom()
    assert not view.canvas.zoom_visible
    # the output neuron of class 1 is blue (positive) at the centre of the plane, like the boundary
    rgba = view.canvas._thumbs[(3, 1)]
    centre = rgba[nv.THUMB_RES // 2, nv.THUMB_RES // 2]
    assert centre[2] > centre[0]


def test_clicking_a_neuron_selects_it(qtbot):
    doc, ws, _ = trained_doc("circle")
    view = _view(qtbot, doc, ws)
    node = view.node_item(2, 1)
    with qtbot.waitSignal(view.neuronSelected) as blocker:
        pos = view.canvas.mapFromScene(node.sceneBoundingRect().center())
        qtbot.mouseClick(view.canvas.viewport(), nv.Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [1, 1]     # model layer 1 (dense_1), unit 1


def test_a_big_network_is_summarised(qtbot):
    doc = make_example("digits_mlp")      # 64 inputs -> 64 relu -> 10
    view = _view(qtbot, doc, Workspace(doc))
    texts = [i.text() for i in view.canvas.scene().items() if hasattr(i, "text") and callable(i.text)]
    assert texts.count("… 32 more") == 2
    assert len(view.canvas.links) == 32 * 32 + 32 * 10
    assert view.node_item(1, 31) and (1, 32) not in view.canvas.nodes


def test_a_convolutional_network_shows_filters_and_feature_maps_instead(qtbot):
    doc = make_example("digits_cnn")
    view = _view(qtbot, doc, Workspace(doc))
    assert view.message is None
    assert view.feature_maps.isVisible() and not view.canvas.isVisible()
    maps, filters = view.feature_maps.map_labels, view.feature_maps.filter_labels
    assert [len(m) for m in maps] == [8] and [len(f) for f in filters] == [8]
    assert all(not label.pixmap().isNull() for label in maps[0] + filters[0])
    assert "8×8" in maps[0][0].toolTip()                # 'same' padding keeps the picture's size


def test_hovering_finds_the_link_under_the_mouse(qtbot):
    doc, ws, _ = trained_doc("circle")
    view = _view(qtbot, doc, ws)
    for key in ((0, 0, 1), (1, 3, 0), (2, 1, 1)):
        link = view.link_item(*key)
        assert view.canvas.link_at(link.line.pointAt(0.3)) is link
    far = view.link_item(0, 0, 1).line.pointAt(0.5) + QPointF(0, 300)
    assert view.canvas.link_at(far) is None
