"""File ▸ Export and Edit ▸ Paste Keras code from the window."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from nnstudio.errors import CodeImportError
from nnstudio.project.export_formats import EXPORT_FORMATS
from nnstudio.gui.builder.paste_code_dialog import PasteKerasCodeDialog

CLASSIC = """
import tensorflow as tf
model = tf.keras.models.Sequential([
  tf.keras.layers.Dense(10, activation='relu', input_shape=(32,)),
  tf.keras.layers.Dense(10)
])
model.compile(optimizer='adam',
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=['accuracy'])
model.fit(train_images, train_labels, epochs=10)
test_loss, test_acc = model.evaluate(test_images,  test_labels, verbose=2)
"""


def test_export_menu_has_one_entry_per_format(window):
    actions = window.builder.export_menu.actions
    assert list(actions) == ["npz", "json", "keras", "keras-weights", "onnx", "keras-code", "pytorch-code"]
    menu_actions = window.builder.export_menu.menu.actions()
    assert all(a in menu_actions for a in actions.values())
    assert all(a.toolTip() for a in actions.values())
    from nnstudio.cli import _command_parser
    from nnstudio.export import FORMATS as AVAILABLE

    assert list(AVAILABLE) == list(EXPORT_FORMATS) == list(actions)     # the menu, the exporters, the CLI
    export_help = _command_parser()._subparsers._group_actions[0].choices["export"].format_help()
    assert ", ".join(EXPORT_FORMATS) in " ".join(export_help.split())


@pytest.mark.skipif(importlib.util.find_spec("nnstudio.export") is None, reason="nnstudio.export is not built yet")
def test_export_npz_writes_a_file(window, tmp_path, monkeypatch, message_boxes):
    target = tmp_path / "model.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.builder.export_menu.actions["npz"].trigger()
    assert target.exists() and target.stat().st_size > 0, message_boxes.shown
    assert "Exported model.npz" in window.statusBar().currentMessage()


def test_export_of_an_invalid_network_explains_why(window, tmp_path, monkeypatch, message_boxes):
    window.builder.insert_layer(2, "Conv2D")
    target = tmp_path / "bad.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.builder.export_menu.actions["npz"].trigger()
    assert not target.exists()
    assert message_boxes.shown and "Conv2D needs an image" in message_boxes.shown[-1][2]


def test_paste_classic_keras_code_builds_the_diagram_in_one_undo_step(window):
    before_layers = [dict(s) for s in window.doc.layers]
    before_training = window.doc.training.to_dict()
    window.builder.import_keras_code(CLASSIC)
    layers = window.doc.layers
    assert [(s["class_name"], s["config"].get("units"), s["config"].get("activation")) for s in layers] == [
        ("InputLayer", None, None), ("Dense", 10, "relu"), ("Dense", 10, "linear")]
    assert layers[0]["config"]["shape"] == [32]
    t = window.doc.training
    assert (t.optimizer, t.learning_rate, t.loss, t.epochs) == ("adam", 0.001, "sparse_categorical_crossentropy", 10)
    blocks = window.builder.canvas.layer_blocks()
    assert [b.content.key for b in blocks] == ["shape 32", "10 units · relu", "10 units"]
    assert blocks[1].params == 32 * 10 + 10
    # the circle data has 2 inputs: the input block says so and offers the fix
    assert "Set the input to 2" in blocks[0].content.fix_text
    window.undo_stack.undo()
    assert window.doc.layers == before_layers and window.doc.training.to_dict() == before_training


def test_paste_dialog_refuses_code_without_running_it(window, tmp_path, qtbot):
    sentinel = tmp_path / "sentinel"
    before = [dict(s) for s in window.doc.layers]
    dialog = PasteKerasCodeDialog(window, (2,))
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText(f"__import__('os').system('touch {sentinel}')")
    dialog.try_accept()
    assert dialog.result() != QDialog.Accepted and dialog.result_code is None
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text().startswith("Line 1:")
    assert not sentinel.exists()
    with pytest.raises(CodeImportError, match="Line 1"):
        window.builder.import_keras_code(f"__import__('os').system('touch {sentinel}')")
    assert not sentinel.exists() and window.doc.layers == before
    dialog.editor.setPlainText("model = keras.Sequential([keras.layers.Dense(2)])")
    dialog.try_accept()
    assert dialog.result() == QDialog.Accepted
    assert window.builder.apply_parsed_code(dialog.result_code)
    assert [s["class_name"] for s in window.doc.layers] == ["InputLayer", "Dense"]   # input from the data
    assert window.workspace.report.ok


def test_paste_menu_action_runs_the_dialog(window, monkeypatch):
    def fake_exec(dialog):
        dialog.editor.setPlainText(CLASSIC)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(PasteKerasCodeDialog, "exec", fake_exec)
    from PySide6.QtGui import QAction

    window.findChild(QAction, "pasteKerasCodeAction").trigger()
    assert len(window.doc.layers) == 3 and window.doc.layers[0]["config"]["shape"] == [32]
