"""Page 2 of the CSV import wizard: the target (guessed, with the reason), the task, and per column
its role (number, category, date, identifier, not used) and what a gap becomes, with the rows each
choice costs counted on the start of the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWizardPage,
)

from nnstudio.data.column_roles import INPUT_ROLES, guess_columns, guess_target, guess_task
from nnstudio.data.csv_dead_ends import decimal_comma_columns, decimal_comma_problem, no_inputs_problem
from nnstudio.data.csv_sniff import SAMPLE_BYTES
from nnstudio.data.row_costs import row_costs
from nnstudio.gui.user_text import user_text

NAME, ROLE, WHY, GAPS, MISSING = range(5)
# which gap treatments fit a role
_MISSING_FOR = {"number": ("drop", "mean", "median", "indicator"), "category": ("drop", "most_frequent", "indicator"),
                "date": ("drop", "mean", "indicator")}


def role_names():
    return {"number": QCoreApplication.translate("ColumnsPage", "Number"),
            "category": QCoreApplication.translate("ColumnsPage", "Category"),
            "date": QCoreApplication.translate("ColumnsPage", "Date"),
            "identifier": QCoreApplication.translate("ColumnsPage", "Identifier (not used)"),
            "ignored": QCoreApplication.translate("ColumnsPage", "Not used")}


def missing_names():
    return {"drop": QCoreApplication.translate("ColumnsPage", "Leave out the row"),
            "mean": QCoreApplication.translate("ColumnsPage", "Fill with the mean"),
            "median": QCoreApplication.translate("ColumnsPage", "Fill with the median"),
            "most_frequent": QCoreApplication.translate("ColumnsPage", "Fill with the most frequent value"),
            "indicator": QCoreApplication.translate("ColumnsPage", "Fill and add an “is missing” column")}


class ColumnsPage(QWizardPage):
    """Target, task and one table row per other column (role, reason, gaps, gap treatment)."""

    def __init__(self, wizard):
        super().__init__()
        self._wizard = wizard
        self._guesses = {}
        self.setTitle(self.tr("Choose the target and the columns"))
        self.setSubTitle(self.tr("The target is what the network learns to predict from the input columns."))
        self.target_combo = QComboBox(objectName="csvTargetCombo")
        self.target_combo.setToolTip(self.tr("The column to predict (the label or answer)."))
        self.target_combo.currentTextChanged.connect(self._target_changed)
        self.target_reason = QLabel(objectName="csvTargetReasonLabel", wordWrap=True)
        self.task_combo = QComboBox(objectName="csvTaskCombo")
        self.task_combo.setToolTip(self.tr("Classification predicts a class (a name or a small whole number); "
                                           "regression predicts a quantity."))
        for text, value in ((self.tr("Detect automatically"), "auto"), (self.tr("Classification"), "classification"),
                            (self.tr("Regression (predict a number)"), "regression")):
            self.task_combo.addItem(text, value)
        self.guess_label = QLabel(objectName="csvTaskGuessLabel", wordWrap=True)
        self.table = QTableWidget(0, 5, objectName="csvColumnTable")
        self.table.setToolTip(self.tr("Each column's role, why it was guessed, its gaps and what a gap becomes."))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Used as"), self.tr("Why"),
                                              self.tr("Gaps"), self.tr("If a value is missing")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.Stretch)
        self.missing_combo = QComboBox(objectName="csvMissingCombo")
        self.missing_combo.setToolTip(self.tr("Set what a gap (an empty cell, NA, NaN, ?) becomes in every "
                                              "column at once."))
        self.missing_combo.addItem(self.tr("(column by column)"), None)
        for value, text in missing_names().items():
            self.missing_combo.addItem(text, value)
        self.missing_combo.currentIndexChanged.connect(self._set_all_missing)
        self.cost_label = QLabel(objectName="csvRowCostLabel", wordWrap=True)
        # why Next is disabled (no input column), or a warning that columns are misread (decimal commas)
        self.problem_label = QLabel(objectName="csvColumnsProblemLabel", wordWrap=True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()
        self.standardize_check = QCheckBox(self.tr("Standardize the inputs"), objectName="csvStandardizeCheck")
        self.standardize_check.setChecked(True)
        self.standardize_check.setToolTip(self.tr("Shift and scale each input column to mean 0 and spread 1, "
                                                  "using the training rows only. Helps most networks learn."))
        self.suggest_check = QCheckBox(self.tr("Replace the network with one suggested for this data"),
                                       objectName="csvSuggestNetworkCheck")
        self.suggest_check.setChecked(True)
        self.suggest_check.setToolTip(self.tr("A small network sized for these inputs and classes, so that Train "
                                              "works at once. You can undo it."))
        self.test_spin = QSpinBox(objectName="csvTestPercentSpin")
        self.test_spin.setRange(5, 90)
        self.test_spin.setValue(20)
        self.test_spin.setSuffix(" %")
        self.test_spin.setToolTip(self.tr("Share of the rows kept aside to test the trained network."))

        form = QFormLayout()
        form.addRow(self.tr("Target column:"), self.target_combo)
        form.addRow("", self.target_reason)
        form.addRow(self.tr("Task:"), self.task_combo)
        form.addRow("", self.guess_label)
        gaps = QHBoxLayout()
        gaps.addWidget(QLabel(self.tr("Gaps in all columns:")))
        gaps.addWidget(self.missing_combo, 1)
        bottom = QFormLayout()
        bottom.addRow(self.tr("Test rows:"), self.test_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(gaps)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.cost_label)
        layout.addWidget(self.standardize_check)
        layout.addWidget(self.suggest_check)
        layout.addLayout(bottom)

    # ----- filling ---------------------------------------------------------------------------
    def initializePage(self) -> None:
        sample = self._wizard.sample
        self._guesses = {g.name: g for g in guess_columns(sample.columns, sample.rows)}
        guess = guess_target(sample.columns, sample.rows, list(self._guesses.values()))
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        self.target_combo.addItems(list(sample.columns))
        self.target_combo.setCurrentText(guess.column)
        self.target_combo.blockSignals(False)
        self._fill(guess.column)

    def _fill(self, target: str) -> None:
        sample = self._wizard.sample
        guess = guess_target(sample.columns, sample.rows, list(self._guesses.values()))
        self.target_reason.setText(self.tr("Suggested: {column} ({reason}).").format(
            column=guess.column, reason=user_text(guess.reason)) if guess.column == target else "")
        j = sample.columns.index(target)
        task, reason = guess_task(self._guesses[target], [r[j] if j < len(r) else "" for r in sample.rows])
        self.guess_label.setText(self.tr("Looks like: {task} ({reason})").format(
            task=self.tr("classification") if task == "classification" else self.tr("regression"),
            reason=user_text(reason)))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for name in sample.columns:
            if name != target:
                self._add_row(name, self._guesses[name])
        self.table.blockSignals(False)
        self._update_costs()
        self._update_problem()
        self.completeChanged.emit()

    def _add_row(self, name, guess) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.UserRole, name)
        self.table.setItem(row, NAME, item)
        roles = QComboBox()
        roles.setToolTip(self.tr("How the network sees this column. Identifiers and unused columns are left out."))
        for value, text in role_names().items():
            roles.addItem(text, value)
        roles.setCurrentIndex(roles.findData(guess.role))
        roles.currentIndexChanged.connect(lambda _i, r=row: self._role_changed(r))
        self.table.setCellWidget(row, ROLE, roles)
        why = QTableWidgetItem(user_text(guess.reason))
        why.setToolTip(why.text())
        self.table.setItem(row, WHY, why)
        gaps = QTableWidgetItem(self.tr("none") if not guess.missing else
                                self.tr("{count} ({percent:.0f} %)").format(
                                    count=guess.missing, percent=100 * guess.missing / max(1, guess.sample_rows)))
        self.table.setItem(row, GAPS, gaps)
        missing = QComboBox()
        missing.setToolTip(self.tr("What an empty cell (or NA, NaN, ?) in this column becomes. Fill values come "
                                   "from the training rows."))
        missing.currentIndexChanged.connect(lambda _i: self._update_costs())
        self.table.setCellWidget(row, MISSING, missing)
        self._fill_missing_choices(row, guess.default_missing)

    def _fill_missing_choices(self, row, current) -> None:
        combo = self.table.cellWidget(row, MISSING)
        role = self.table.cellWidget(row, ROLE).currentData()
        combo.blockSignals(True)
        combo.clear()
        names = missing_names()
        for value in _MISSING_FOR.get(role, ()):
            combo.addItem(names[value], value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else combo.findData("mean") if combo.findData("mean") >= 0
                              else combo.findData("most_frequent"))
        combo.setEnabled(role in INPUT_ROLES)
        combo.blockSignals(False)

    # ----- reacting ----------------------------------------------------------------------------
    def _target_changed(self, target: str) -> None:
        if target and self._wizard.sample is not None:
            self._fill(target)

    def _role_changed(self, row) -> None:
        self._fill_missing_choices(row, self.table.cellWidget(row, MISSING).currentData())
        self._update_costs()
        self._update_problem()
        self.completeChanged.emit()

    def _update_problem(self) -> None:
        """Say why Next is disabled (no input column) and what to change; else warn about columns of
        numbers written with a decimal comma, which would be read as text."""
        sample, target = self._wizard.sample, self.target_combo.currentText()
        problem = None
        if sample is not None and not self.features():
            problem = no_inputs_problem(sample.columns, sample.rows, list(self._guesses.values()), target)
        elif sample is not None:
            problem = decimal_comma_problem(decimal_comma_columns(sample.columns, sample.rows))
        self.problem_label.setText(user_text(problem))
        self.problem_label.setVisible(problem is not None)

    def _set_all_missing(self, _index) -> None:
        value = self.missing_combo.currentData()
        if value is None:
            return
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, MISSING)
            index = combo.findData(value)
            if index < 0 and value in ("mean", "median"):
                index = combo.findData("most_frequent")
            if index >= 0:
                combo.setCurrentIndex(index)
        self._update_costs()

    def _update_costs(self) -> None:
        sample = self._wizard.sample
        if sample is None or not self.target_combo.currentText():
            return
        choices = self.column_choices()
        costs = row_costs(sample.columns, sample.rows, self.target_combo.currentText(),
                          {n: c["missing"] for n, c in choices.items()})
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME).data(Qt.UserRole)
            combo = self.table.cellWidget(row, MISSING)
            drop = combo.findData("drop")
            if drop >= 0:
                lost = costs.gaps.get(name, self._guesses[name].missing)
                combo.setItemText(drop, self.tr("Leave out the row (−{count} rows)").format(count=lost) if lost
                                  else missing_names()["drop"])
        complete = sample.size_bytes <= SAMPLE_BYTES and len(sample.rows) < self._wizard.sample_rows
        text = self.tr("Rows used: {kept} of {rows}.").format(kept=costs.kept, rows=costs.rows)
        if costs.dropped:
            text += " " + self.tr("{count} left out for gaps in columns set to “Leave out the row”.").format(
                count=costs.dropped)
        if costs.no_target:
            text += " " + self.tr("{count} have no target value.").format(count=costs.no_target)
        if not complete:
            text = self.tr("In the first {rows} rows: {text}").format(rows=costs.rows, text=text)
        self.cost_label.setText(text)

    # ----- results -----------------------------------------------------------------------------
    def column_choices(self) -> dict:
        """{input column: {"role", "missing"}} in file order."""
        out = {}
        for row in range(self.table.rowCount()):
            role = self.table.cellWidget(row, ROLE).currentData()
            if role in INPUT_ROLES:
                out[self.table.item(row, NAME).data(Qt.UserRole)] = {
                    "role": role, "missing": self.table.cellWidget(row, MISSING).currentData()}
        return out

    def features(self) -> tuple[str, ...]:
        return tuple(self.column_choices())

    def set_role(self, name, role) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).data(Qt.UserRole) == name:
                combo = self.table.cellWidget(row, ROLE)
                combo.setCurrentIndex(combo.findData(role))

    def set_missing(self, name, choice) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).data(Qt.UserRole) == name:
                combo = self.table.cellWidget(row, MISSING)
                combo.setCurrentIndex(combo.findData(choice))

    def set_features(self, names) -> None:
        """Uses exactly ``names`` as inputs (each with its guessed role, or number/category)."""
        for name, guess in self._guesses.items():
            if name == self.target_combo.currentText():
                continue
            role = guess.role if guess.role in INPUT_ROLES else "number" if guess.numeric else "category"
            self.set_role(name, role if name in names else "ignored")

    def isComplete(self) -> bool:
        return bool(self.features())
