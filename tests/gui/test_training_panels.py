"""The data and training-settings panels: undoable edits of the project, and what they show."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QLabel, QSpinBox

from nnstudio.data import load_dataset
from nnstudio.gui.training.log_spin import LogSpinBox, next_125
from nnstudio.gui.training.series import GrowingSeries
from tests.gui.training_fixtures import training_window, use_example  # noqa: F401


def test_growing_series_doubles_and_keeps_handed_out_views():
    s = GrowingSeries(4)
    s.extend([1, 2, 3], [10, 20, 30])
    view = s.y
    for i in range(4, 100):
        s.append(i, i * 10)
    assert s.capacity == 128 and len(s) == 99
    assert list(view) == [10, 20, 30]              # an old view is never overwritten
    assert np.array_equal(s.x, np.arange(1, 100))
    version = s.version
    s.truncate(50)
    assert len(s) == 50 and s.version > version


def test_learning_rate_arrows_step_1_2_5(qtbot):
    assert [next_125(0.01, 1), next_125(0.01, -1), next_125(0.003, 1), next_125(0.001, 3)] == \
        [0.02, 0.005, 0.005, 0.01]
    spin = LogSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(0.01)
    spin.stepBy(1)
    assert spin.value() == 0.02 and spin.text() == "0.02"
    spin.stepBy(-3)
    assert spin.value() == 0.002
    spin.lineEdit().setText("3e-5")
    spin.interpretText()
    assert spin.value() == 3e-5
    assert spin.decimals() >= 5


def test_settings_are_undoable_commands_that_merge_while_typing(qtbot, training_window):
    window = training_window
    doc, stack = window.doc, window.undo_stack
    spin = window.findChild(QSpinBox, "batchSizeSpin")
    before = stack.count()
    for value in (20, 21, 22):
        spin.setValue(value)
    assert doc.training.batch_size == 22
    assert stack.count() == before + 1                # one undo step
    lr = window.findChild(QDoubleSpinBox, "learningRateSpin")
    lr.stepBy(1)
    assert doc.training.learning_rate == 0.05         # the circle example starts at 0.03
    stack.undo()
    assert doc.training.learning_rate == 0.03 and lr.value() == 0.03
    stack.undo()
    assert doc.training.batch_size == 10 and spin.value() == 10


def test_only_the_chosen_optimizers_hyperparameters_show(qtbot, training_window):
    window = training_window
    panel = window.training.settings_panel
    combo = window.findChild(QComboBox, "optimizerCombo")

    def shown(field):
        return panel.form_of(field).isRowVisible(panel.widgets[field])

    assert shown("beta_1") and not shown("momentum")
    combo.setCurrentIndex(combo.findData("sgd"))
    assert window.doc.training.optimizer == "sgd"
    assert shown("momentum") and shown("nesterov") and not shown("beta_1") and not shown("rho")
    combo.setCurrentIndex(combo.findData("adamw"))
    assert shown("weight_decay")
    combo.setCurrentIndex(combo.findData("rmsprop"))
    assert shown("rho") and shown("momentum")
    for field, widget in panel.widgets.items():
        assert widget.toolTip(), field


def test_loss_combo_says_what_automatic_means(qtbot, training_window):
    window = training_window
    loss = window.findChild(QComboBox, "lossCombo")
    assert "cross-entropy" in loss.itemText(0)                  # "from logits" is under Advanced
    assert "from logits" in window.findChild(QLabel, "lossInputLabel").text()
    use_example(window, "gauss")
    combo = window.findChild(QComboBox, "datasetCombo")
    window.training.data_panel._on_combo(combo.findData("plane"))        # a regression set
    assert window.workspace.dataset.task == "regression"
    assert "mean squared error" in loss.itemText(0)


def test_choosing_a_dataset_is_one_undoable_step(qtbot, training_window):
    window = training_window
    doc = window.doc
    combo = window.findChild(QComboBox, "datasetCombo")
    assert combo.currentData() == "circle"
    index = combo.findData("iris")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert doc.data_spec["name"] == "iris"
    assert doc.layers[0]["config"]["shape"] == [4]          # the Input follows the data
    assert window.workspace.dataset.name == "iris"
    window.undo_stack.undo()
    assert doc.data_spec["name"] == "circle" and doc.layers[0]["config"]["shape"] == [2]
    assert combo.currentData() == "circle"


def test_toy_knobs_change_the_data(qtbot, training_window):
    window = training_window
    panel = window.training.data_panel
    panel.noise.setValue(30)
    assert window.doc.data_spec["noise"] == 0.3
    panel.train_ratio.setValue(70)
    assert window.doc.data_spec["train_ratio"] == 0.7
    assert window.workspace.dataset.n_train == 350
    seed = window.doc.data_spec.get("seed", 0)
    panel.regenerate.click()
    assert window.doc.data_spec["seed"] == seed + 1
    window.undo_stack.undo()
    assert window.doc.data_spec.get("seed", 0) == seed


def test_import_csv_opens_the_wizard_and_its_spec_becomes_the_data(qtbot, training_window, tmp_path, monkeypatch):
    from nnstudio.gui import csv_wizard

    path = tmp_path / "flowers.csv"
    rng = np.random.default_rng(0)
    rows = ["a,b,c,label"] + [f"{x:.3f},{y:.3f},{z:.3f},{'big' if x > 0 else 'small'}"
                              for x, y, z in rng.normal(size=(60, 3))]
    path.write_text("\n".join(rows) + "\n")
    spec = {"name": "csv", "path": str(path), "target": "label"}
    opened = []
    monkeypatch.setattr(csv_wizard.CsvImportWizard, "exec", lambda self: opened.append(self) or QDialog.Accepted)
    monkeypatch.setattr(csv_wizard.CsvImportWizard, "spec", lambda self: dict(spec))
    monkeypatch.setattr(csv_wizard.CsvImportWizard, "dataset", lambda self: load_dataset(spec))
    window = training_window
    combo = window.findChild(QComboBox, "datasetCombo")
    index = combo.findText("Import CSV…", Qt.MatchExactly)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert len(opened) == 1
    assert window.doc.data_spec == spec
    assert window.workspace.dataset.input_shape == (3,)
    assert window.doc.layers[0]["config"]["shape"] == [3]
    assert combo.currentText() == "CSV: flowers.csv"
