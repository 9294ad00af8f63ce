"""The CSV import wizard, driven page by page as a user would (offscreen)."""

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTableWidget, QWizard

from nnstudio.data import load_dataset
from nnstudio.gui.csv_wizard import CsvImportWizard

CSV = "height;weight;colour;kind\n" + "".join(
    f"{150 + i % 17};{50 + (i * 7) % 23};{'red' if i % 2 else 'blue'};{('cat', 'dog', 'fox')[i % 3]}\n"
    for i in range(90)
)


@pytest.fixture
def wizard(qtbot):
    w = CsvImportWizard()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()  # quit() + wait() of any worker thread


def write(tmp_path, content, name="data.csv"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def child(wizard, cls, name):
    widget = wizard.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_drive_all_pages_to_a_working_spec_and_dataset(wizard, qtbot, tmp_path):
    path = write(tmp_path, CSV)
    wizard.open_file(path)
    table = child(wizard, QTableWidget, "csvPreviewTable")
    assert table.rowCount() == 50 and table.columnCount() == 4
    assert table.horizontalHeaderItem(3).text() == "kind"
    assert table.verticalHeaderItem(0).text() == "2"  # spreadsheet row numbers
    assert wizard.file_page.delimiter_combo.currentData() is None  # auto ...
    assert child(wizard, QLabel, "csvDetectedLabel").text().startswith(
        "4 columns, values separated by semicolons, with a header row")  # ... detected ";"
    assert wizard.button(QWizard.NextButton).isEnabled()

    wizard.next()
    page = wizard.columns_page
    assert page.target_combo.currentText() == "kind"
    assert page.features() == ("height", "weight", "colour")  # the text column "colour" is a category
    assert page.column_choices()["colour"]["role"] == "category"
    assert "classification" in page.guess_label.text()
    page.target_combo.setCurrentText("weight")  # change of mind, then back
    assert "weight" not in page.features()
    page.target_combo.setCurrentText("kind")
    page.set_features(["height"])
    page.missing_combo.setCurrentIndex(page.missing_combo.findData("mean"))
    page.test_spin.setValue(30)

    wizard.next()
    qtbot.waitUntil(lambda: wizard.dataset() is not None, timeout=5000)
    ds = wizard.dataset()
    assert ds.feature_names == ("height",) and ds.class_names == ("cat", "dog", "fox")
    assert ds.n_train + ds.n_test == 90 and ds.n_test == 27
    assert child(wizard, QProgressBar, "csvProgress").value() == 100
    assert wizard.button(QWizard.FinishButton).isEnabled()
    assert not wizard.is_reading()

    spec = wizard.spec()
    assert spec["name"] == "csv" and spec["path"] == path and spec["target"] == "kind"
    assert spec["features"] == ["height"] and spec["missing"] == "mean" and spec["test_ratio"] == 0.3
    again = load_dataset(spec)
    np.testing.assert_array_equal(again.x_train, ds.x_train)
    np.testing.assert_array_equal(again.y_test, ds.y_test)


def test_delimiter_and_header_overrides_change_the_preview(wizard, tmp_path):
    wizard.open_file(write(tmp_path, CSV))
    page = wizard.file_page
    page.header_combo.setCurrentIndex(page.header_combo.findData(False))
    table = child(wizard, QTableWidget, "csvPreviewTable")
    assert table.horizontalHeaderItem(0).text() == "column 1"
    assert table.item(0, 0).text() == "height"
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    assert table.columnCount() == 1


def test_hostile_file_shows_a_message_and_blocks_next(wizard, tmp_path):
    wizard.open_file(write(tmp_path, bytes(range(256)) * 20, "image.csv"))
    error = child(wizard, QLabel, "csvErrorLabel")
    assert error.isVisibleTo(wizard) and "binary" in error.text()
    assert not wizard.button(QWizard.NextButton).isEnabled()
    wizard.open_file(write(tmp_path, CSV, "good.csv"))  # a good file clears the error
    assert not error.isVisibleTo(wizard) and wizard.button(QWizard.NextButton).isEnabled()


def test_problem_found_during_the_full_read_is_shown_in_plain_words(wizard, qtbot, tmp_path):
    late_text = CSV + "".join("160;60;red;cat\n" for _ in range(100)) + "161;sixty;red;dog\n"
    wizard.open_file(write(tmp_path, late_text))
    wizard.next()
    wizard.columns_page.set_features(["height", "weight"])
    wizard.next()
    status = child(wizard, QLabel, "csvStatusLabel")
    qtbot.waitUntil(lambda: "not a number" in status.text(), timeout=5000)
    assert 'Row 192, column "weight": "sixty" is not a number' in status.text()
    assert "Traceback" not in status.text()
    assert wizard.dataset() is None and not wizard.button(QWizard.FinishButton).isEnabled()
    assert child(wizard, QPushButton, "csvRetryButton").isEnabled()
    assert child(wizard, QProgressBar, "csvProgress").value() == 0   # not "99 %": nothing was read


def test_cancel_stops_a_large_read_promptly(wizard, qtbot, tmp_path):
    block = "".join(f"{i * 0.25:.4f};{i % 13};red;{('cat', 'dog')[i % 2]}\n" for i in range(5000))
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("height;weight;colour;kind\n")
        for _ in range(20_000_000 // len(block)):
            f.write(block)
    wizard.open_file(str(path))
    wizard.next()
    progress = child(wizard, QProgressBar, "csvProgress")
    with qtbot.waitSignal(progress.valueChanged, timeout=5000, check_params_cb=lambda v: 0 < v < 100):
        wizard.next()  # starts the read
    assert wizard.is_reading()
    started = time.perf_counter()
    qtbot.mouseClick(child(wizard, QPushButton, "csvCancelButton"), Qt.LeftButton)
    status = child(wizard, QLabel, "csvStatusLabel")
    qtbot.waitUntil(lambda: "Cancelled" in status.text(), timeout=3000)
    assert time.perf_counter() - started < 1.0
    assert not wizard.is_reading() and wizard.dataset() is None
    assert progress.value() == 0


def test_back_during_a_read_stops_the_worker(wizard, qtbot, tmp_path):
    wizard.open_file(write(tmp_path, CSV))
    wizard.next()
    wizard.next()
    wizard.back()  # cleanupPage stops the thread (it may already have finished)
    assert not wizard.is_reading()
    assert wizard.currentPage() is wizard.columns_page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dataset() is not None, timeout=5000)


def test_user_visible_strings_have_tooltips(wizard, tmp_path):
    wizard.open_file(write(tmp_path, CSV))
    for name in ("csvPathEdit", "csvDelimiterCombo", "csvHeaderCombo", "csvTargetCombo", "csvColumnTable",
                 "csvTaskCombo", "csvMissingCombo", "csvStandardizeCheck", "csvTestPercentSpin",
                 "csvProgress", "csvCancelButton"):
        widget = wizard.findChild(object, name)
        assert widget is not None and widget.toolTip(), name
    assert wizard.columns_page.standardize_check.isChecked()


def test_parent_comes_first_and_a_path_can_be_given(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    w = CsvImportWizard(parent, path=write(tmp_path, CSV))
    try:
        assert w.parent() is parent and w.preview is not None
        assert w.file_page.table.rowCount() == 50
    finally:
        w.shutdown()


def test_the_last_page_shows_the_inputs_each_column_becomes(wizard, qtbot, tmp_path):
    wizard.open_file(write(tmp_path, CSV))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dataset() is not None, timeout=5000)
    table = child(wizard, QTableWidget, "csvInputsTable")
    assert table.isVisible() and table.rowCount() == 3
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(3)}
    assert rows["height"][0] == "height"
    inputs, how = rows["colour"]
    assert inputs.endswith("colour=(other)") and "never" in how   # one-hot, with the learned "other"
