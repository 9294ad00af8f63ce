"""The two pooling layers added through their one description reach the user everywhere: the
palette, a drop on the canvas, the block's summary in the user's language, the inspector, training."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from nnstudio.project import make_example
from tests.gui.conftest import palette_mime, send_drop
from tests.gui.training_fixtures import wait_state


def test_average_pooling_layers_from_the_palette_train_on_digits(window, qtbot):
    window.doc.replace_with(make_example("digits_cnn"))    # input, conv2d, max_pooling2d, flatten, dense
    canvas = window.builder.canvas
    send_drop(canvas, palette_mime(window, "AveragePooling2D"), canvas.drop_point(2))
    send_drop(canvas, palette_mime(window, "GlobalAveragePooling2D"), canvas.drop_point(4))
    layers = window.doc.layers
    assert [s["class_name"] for s in layers] == ["InputLayer", "Conv2D", "AveragePooling2D", "MaxPooling2D",
                                                 "GlobalAveragePooling2D", "Flatten", "Dense"]
    report = window.workspace.report
    assert report.ok
    assert [c.output_shape for c in report.layers[1:5]] == [(8, 8, 8), (4, 4, 8), (2, 2, 8), (8,)]
    blocks = {b.content.class_name: b.content for b in canvas.layer_blocks()}
    assert blocks["AveragePooling2D"].key == "2×2 · valid"
    assert blocks["GlobalAveragePooling2D"].key == "one average per channel"
    assert "averaging" in blocks["AveragePooling2D"].tooltip
    window.builder.selection.set(2)                        # the inspector edits its window
    strides = window.findChild(QSpinBox, "stridesEdit")
    assert strides.value() == 0 and strides.text() == "= window"      # a pooling layer steps by its window
    window.findChild(QSpinBox, "pool_sizeEdit").setValue(1)
    assert window.doc.layers[2]["config"]["pool_size"] == [1, 1]
    assert window.workspace.report.layers[2].output_shape == (8, 8, 8)
    window.doc.training.epochs = 2
    window.training.controller.train()
    wait_state(qtbot, window, "idle", timeout=60000)
    run = window.doc.history.current
    assert run.status == "finished" and len(run.epochs) == 2
