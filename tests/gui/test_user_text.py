"""Errors and validation messages from the Qt-free packages reach the user in the user's language:
Chinese on the canvas, in the status bar, in dialogs and in the CSV wizard when the app runs in
zh_CN, and exactly the English they always were otherwise."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from nnstudio.engine.layers import Dense
from nnstudio.errors import DataError
from nnstudio.gui import user_text as user_text_module
from nnstudio.gui.user_text import user_text
from nnstudio.i18n import M_
from tests.gui.classroom_fixtures import chinese  # noqa: F401
from tests.gui.conftest import palette_mime, send_drop

CJK = re.compile(r"[\u3400-\u9fff]")
CONV_AFTER_DENSE = "Conv2D needs an image (height, width, channels); it gets a vector of 4."
CONV_AFTER_DENSE_ZH = "Conv2D 需要图像（高、宽、通道），但它收到的是一个长度为 4 的向量。"
CSV = "height;weight;kind\n" + "".join(f"{150 + i % 17};{50 + i % 23};{('cat', 'dog')[i % 2]}\n" for i in range(40))


def _add_conv_after_dense(window):
    canvas = window.builder.canvas
    send_drop(canvas, palette_mime(window, "Conv2D"), canvas.drop_point(2))   # after a Dense on 2-D points
    return canvas.layer_blocks()[2]


def test_an_invalid_network_is_explained_in_chinese(chinese, window):
    block = _add_conv_after_dense(window)
    assert block.error_text == CONV_AFTER_DENSE_ZH
    assert CONV_AFTER_DENSE_ZH in block.texts()
    assert window.builder.validation_label.text() == f"⚠ conv2d：{CONV_AFTER_DENSE_ZH}"
    window.builder.selection.set(2)
    assert window.builder.inspector.problem_text.text() == CONV_AFTER_DENSE_ZH
    assert window.workspace.why_not_trainable() == f"conv2d: {CONV_AFTER_DENSE}"   # the model stays English


def test_a_wrong_output_size_and_its_fix_are_in_chinese(chinese, window):
    window.builder.set_layer_config(3, {"units": 5})
    block = window.builder.canvas.layer_blocks()[3]
    assert block.error_text == "输出是一个长度为 5 的向量，但这份数据有 2 个类别：最后一个 Dense 层需要 2 个单元。"
    assert block.content.fix_text == "修复：把 dense_2 设为 2 个单元"
    assert window.builder.status_fix_button.text() == "修复：把 dense_2 设为 2 个单元"
    window.builder.status_fix_button.click()
    assert window.workspace.report.ok
    assert window.undo_stack.undoText() == "把 dense_2 设为 2 个单元"
    assert CJK.search(window.statusBar().currentMessage())


def test_a_corrupt_project_file_is_refused_in_chinese(chinese, window, tmp_path, message_boxes, qtbot):
    path = tmp_path / "broken.nnstudio"
    path.write_bytes(b"this is not a zip file")
    window.builder.files.open_interactive(str(path))
    qtbot.waitUntil(lambda: not window.builder.files.task.busy())
    kind, title, text = message_boxes.shown[-1]
    assert kind == "warning" and CJK.search(title)
    assert text == "broken.nnstudio 已损坏，或者不是 NN Studio 项目（它不是完整的 zip 文件）。"


def test_a_csv_cell_that_is_not_a_number_is_named_in_chinese(chinese, qtbot, tmp_path):
    from nnstudio.gui.csv_wizard import CsvImportWizard

    path = tmp_path / "data.csv"
    path.write_text(CSV + "161;sixty;dog\n", encoding="utf-8")
    wizard = CsvImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        wizard.open_file(str(path))
        wizard.next()
        wizard.columns_page.set_features(["height", "weight"])
        wizard.next()
        status = wizard.findChild(QLabel, "csvStatusLabel")
        qtbot.waitUntil(lambda: "sixty" in status.text(), timeout=5000)
        assert "第 42 行，“weight”列：“sixty”不是数字。输入必须是数字：请修改这个单元格，或者不使用这一列。" \
            in status.text()
        assert "not a number" not in status.text()
    finally:
        wizard.shutdown()


def test_a_csv_import_is_summed_up_in_chinese(chinese, qtbot, tmp_path):
    from nnstudio.gui.csv_wizard import CsvImportWizard

    path = tmp_path / "data.csv"
    path.write_text(CSV + "161;;dog\n", encoding="utf-8")
    wizard = CsvImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        wizard.open_file(str(path))
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.dataset() is not None, timeout=5000)
        text = wizard.findChild(QLabel, "csvStatusLabel").text()
        assert "data.csv：40 行，2 个输入列，预测“kind”（分类，2 个类别）。有 1 行缺少输入值，已略去。" in text
    finally:
        wizard.shutdown()


def test_an_error_in_the_training_thread_arrives_in_chinese(chinese, qtbot):
    from nnstudio.gui.training.worker import TrainingThread

    class FailingSession:
        report = None

        def run(self):
            raise DataError(M_("errors", "There is no data to train on (0 samples)."))

        def request_stop(self):
            pass

    thread = TrainingThread(FailingSession())
    with qtbot.waitSignal(thread.failed, timeout=5000) as blocker:
        thread.start()
    thread.wait(5000)
    assert blocker.args == ["没有可以训练的数据（0 个样本）。"]


def test_english_texts_are_unchanged(window, tmp_path, message_boxes, qtbot):
    block = _add_conv_after_dense(window)
    assert block.error_text == CONV_AFTER_DENSE
    assert window.builder.validation_label.text() == f"⚠ conv2d: {CONV_AFTER_DENSE}"
    window.undo_stack.undo()
    window.builder.set_layer_config(3, {"units": 5})
    assert window.builder.canvas.layer_blocks()[3].content.fix_text == "Fix: Set dense_2 to 2 units"
    path = tmp_path / "broken.nnstudio"
    path.write_bytes(b"this is not a zip file")
    window.doc.set_dirty(False)                          # no unsaved-changes question first
    window.builder.files.open_interactive(str(path))
    qtbot.waitUntil(lambda: not window.builder.files.task.busy())
    assert message_boxes.shown[-1][2] == \
        "broken.nnstudio is damaged or not an NN Studio project (it is not a complete zip file)."
    with pytest.raises(ValueError) as info:
        Dense(0)
    assert user_text(info.value) == str(info.value) == "Expected a positive integer. Received: units=0"


def test_anything_but_a_message_is_shown_as_it_is(chinese):
    assert user_text(None) == ""
    assert user_text(KeyError("network")) == "'network'"
    assert user_text(ValueError("no Message here")) == "no Message here"
    assert user_text(3) == "3"


def test_a_translation_with_broken_placeholders_falls_back_to_english(chinese, monkeypatch):
    class BrokenTranslations:
        @staticmethod
        def translate(context, text):
            return QCoreApplication.translate(context, text).replace("{value!r}", "{valeur!r}")

    monkeypatch.setattr(user_text_module, "QCoreApplication", BrokenTranslations)
    with pytest.raises(ValueError) as info:
        Dense(0)
    assert user_text(info.value) == "Expected a positive integer. Received: units=0"
    fine = M_("errors", "There is no data to train on (0 samples).")
    assert user_text(fine) == "没有可以训练的数据（0 个样本）。"


def test_unnamed_features_are_named_in_chinese(chinese, window):
    import dataclasses

    from nnstudio.data import load_dataset
    from nnstudio.insight.boundary import make_plane

    ds = load_dataset({"name": "classic"})
    assert ds.feature_names[0] == "feature 1"                       # English below the GUI
    assert [user_text(n) for n in ds.feature_names[:2]] == ["特征 1", "特征 2"]
    window.workspace.set_dataset(ds)
    view = window.insight.boundary
    view._fill_combos(ds)
    assert view.x_combo.itemText(0) == "特征 1"
    unnamed = dataclasses.replace(ds, feature_names=())               # the plane names them itself
    assert [user_text(n) for n in make_plane(unnamed).feature_names[:3]] == ["特征 1", "特征 2", "特征 3"]


def test_undo_texts_of_edits_are_in_chinese(chinese, window):
    _add_conv_after_dense(window)
    assert window.undo_stack.undoText() == "插入 Conv2D"
    window.undo_stack.undo()
    window.builder.set_layer_config(1, {"units": 8})
    assert window.undo_stack.undoText() == "修改 units"
