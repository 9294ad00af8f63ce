"""The wizard's column page on a table with text, dates and gaps, and what an import does to the
project: the suggested network, a loss that follows the task, the network check's one-click fix."""

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget

from nnstudio.gui.csv_wizard import CsvImportWizard
from nnstudio.gui.training.undo import push
from nnstudio.project import commands
from tests.data.csv_samples import cars_table, mixed_table
from tests.gui.training_fixtures import training_window  # noqa: F401


@pytest.fixture
def wizard(qtbot):
    w = CsvImportWizard()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()


def test_roles_reasons_gaps_and_row_costs_are_shown_and_used(wizard, qtbot, tmp_path):
    path = tmp_path / "birds.csv"
    path.write_text(mixed_table())
    wizard.open_file(str(path))
    wizard.next()
    page = wizard.columns_page
    assert page.target_combo.currentText() == "species"
    assert "name sounds like" in page.target_reason.text() and "classification" in page.guess_label.text()
    table = wizard.findChild(QTableWidget, "csvColumnTable")
    shown = {table.item(r, 0).text(): (table.cellWidget(r, 1).currentData(), table.item(r, 3).text())
             for r in range(table.rowCount())}
    assert shown["name"][0] == "identifier" and shown["day"][0] == "date" and shown["island"] == ("category",
                                                                                                  "14 (6 %)")
    assert page.features() == ("island", "grade", "day", "length", "weight")
    cost = wizard.findChild(QLabel, "csvRowCostLabel")
    assert cost.text().startswith("Rows used: 229 of 240")  # weight gaps (4 %) leave rows out by default
    page.set_missing("island", "drop")
    assert cost.text().startswith("Rows used: 215 of 240")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "island")
    assert "−14 rows" in table.cellWidget(row, 4).currentText()
    page.set_missing("island", "indicator")
    page.set_role("grade", "number")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dataset() is not None, timeout=5000)
    ds = wizard.dataset()
    assert "island is missing" in ds.feature_names and "grade" in ds.feature_names
    assert "day:weekday_sin" in ds.feature_names and ds.n_train + ds.n_test == 229
    assert wizard.spec()["columns"]["island"] == {"role": "category", "missing": "indicator"}


def import_with_the_wizard(monkeypatch, qtbot, window, path):
    from nnstudio.gui import csv_wizard

    def run(self):
        self.show()
        self.open_file(str(path))
        self.next()
        self.next()
        qtbot.waitUntil(lambda: self.dataset() is not None, timeout=5000)
        return QDialog.Accepted

    monkeypatch.setattr(csv_wizard.CsvImportWizard, "exec", run)
    window.training.data_panel.import_csv()


def test_an_import_brings_a_suggested_network_and_a_loss_that_fits(qtbot, training_window, tmp_path, monkeypatch):
    window = training_window
    config = window.doc.training
    config.loss = "sparse_categorical_crossentropy"  # a class loss, as in the classic Keras example
    push(window.undo_stack, window.doc, commands.SetTrainingConfig(config))
    path = tmp_path / "cars.csv"
    path.write_text(cars_table())
    before = [dict(layer) for layer in window.doc.layers]
    import_with_the_wizard(monkeypatch, qtbot, window, path)
    assert window.doc.data_spec["target"] == "mpg"  # the guess: a quantity people predict
    assert window.workspace.why_not_trainable() is None and window.doc.training.loss == "auto"
    assert window.doc.layers[-1]["config"]["name"] == "to_target_units" and window.doc.layers[-2]["config"]["units"] == 1
    window.undo_stack.undo()
    assert window.doc.layers == before and window.doc.training.loss == "sparse_categorical_crossentropy"


def test_the_network_check_fixes_a_loss_that_cannot_work_in_one_click(qtbot, training_window, tmp_path,
                                                                        monkeypatch):
    window = training_window
    path = tmp_path / "cars.csv"
    path.write_text(cars_table().replace(",mpg", ",target"))
    import_with_the_wizard(monkeypatch, qtbot, window, path)
    assert window.workspace.dataset.task == "regression"
    config = window.doc.training
    config.loss = "sparse_categorical_crossentropy"
    push(window.undo_stack, window.doc, commands.SetTrainingConfig(config))
    report = window.workspace.report
    assert not report.ok and "regression" in report.error
    assert window.workspace.why_not_trainable() is not None
    window.builder.fix_first_problem()
    assert window.doc.training.loss == "auto" and window.workspace.report.ok
