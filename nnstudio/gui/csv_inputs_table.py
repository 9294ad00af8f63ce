"""The last page of the CSV wizard shows what the network will get from each column: the inputs a
column becomes (a number, one 0/1 input per category with "(other)", a date's year, season and
weekday, an "is missing" flag), so that a teacher can point at one-hot encoding on the projector."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class EncodedInputsTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setObjectName("csvInputsTable")
        self.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Inputs the network gets"), self.tr("How")])
        self.setToolTip(self.tr("What each column of the file becomes: the numbers the network reads."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setVisible(False)

    def how(self, column) -> str:
        if column.role == "number":
            text = self.tr("the number as written; a gap becomes the training rows' typical value")
        elif column.role == "category":
            text = self.tr("1 for the row's value, 0 for the others; \"(other)\" for a value seen too rarely "
                           "in training or never")
        else:
            text = self.tr("the year, and the day of the year and the weekday as points on a circle")
        return text + (self.tr("; the last input is 1 when the cell was empty") if column.indicator else "")

    def show_encoding(self, preprocessing) -> None:
        """One row per input column of ``preprocessing`` (a TablePreprocessing), or hidden without one."""
        self.setRowCount(0)
        if preprocessing is None:
            self.setVisible(False)
            return
        for column in preprocessing.columns:
            row = self.rowCount()
            self.insertRow(row)
            for j, text in enumerate((column.name, ", ".join(column.input_names()), self.how(column))):
                self.setItem(row, j, QTableWidgetItem(text))
        self.resizeRowsToContents()
        self.setVisible(True)
