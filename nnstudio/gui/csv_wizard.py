"""CSV import wizard: choose a file, check the preview, pick the target and the columns' roles, read it.

The full read runs in a worker QThread (``csv_read_worker.CsvReadWorker``) with progress and
a Cancel button. Problems are shown in plain words in the page, never as a traceback.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage,
)

from nnstudio.data import CsvOptions, sniff_csv
from nnstudio.data.csv_dead_ends import table_problem
from nnstudio.data.csv_import import ROLE_SAMPLE_ROWS
from nnstudio.gui.csv_columns_page import ColumnsPage
from nnstudio.gui.csv_inputs_table import EncodedInputsTable
from nnstudio.gui.csv_read_worker import CsvReadWorker
from nnstudio.gui.read_thread import ReadThread
from nnstudio.gui.user_text import error_text, user_text

ERROR_STYLE = "color: #b00020;"


class FilePage(QWizardPage):
    """Page 1: the file, its detected delimiter and header (both overridable), a preview."""

    def __init__(self, wizard: CsvImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a CSV file"))
        self.setSubTitle(self.tr("A table saved as CSV: one row per example, one column per value."))
        self.path_edit = QLineEdit(objectName="csvPathEdit")
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv file"))
        self.path_edit.setToolTip(self.tr("The CSV file to import. Type a path and press Enter, or Browse."))
        browse = QPushButton(self.tr("Browse…"), objectName="csvBrowseButton")
        browse.setToolTip(self.tr("Pick the CSV file in a file dialog."))
        browse.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self._wizard.open_file(self.path_edit.text()))
        # a typed or pasted path shows its preview as soon as it names a file, without leaving the field
        self._typed = QTimer(self, singleShot=True, interval=300)
        self._typed.timeout.connect(self._open_typed)
        self.path_edit.textEdited.connect(lambda _text: self._typed.start())
        self.delimiter_combo = QComboBox(objectName="csvDelimiterCombo")
        self.delimiter_combo.setToolTip(self.tr("The character between the values of a row. "
                                                "Detected automatically; change it if the preview looks wrong."))
        for text, value in ((self.tr("Detect automatically"), None), (self.tr("Comma  ,"), ","),
                            (self.tr("Semicolon  ;"), ";"), (self.tr("Tab"), "\t"), (self.tr("Vertical bar  |"), "|")):
            self.delimiter_combo.addItem(text, value)
        self.header_combo = QComboBox(objectName="csvHeaderCombo")
        self.header_combo.setToolTip(self.tr("Whether the first row holds the column names."))
        for text, value in ((self.tr("Detect automatically"), None), (self.tr("First row has the column names"), True),
                            (self.tr("No header: all rows are data"), False)):
            self.header_combo.addItem(text, value)
        self.delimiter_combo.currentIndexChanged.connect(lambda _: self._wizard.refresh_preview())
        self.header_combo.currentIndexChanged.connect(lambda _: self._wizard.refresh_preview())
        self.detected_label = QLabel(objectName="csvDetectedLabel")
        self.error_label = QLabel(objectName="csvErrorLabel", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.table = QTableWidget(objectName="csvPreviewTable")
        self.table.setToolTip(self.tr("The first rows of the file, as they will be read."))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Values separated by:"), self.delimiter_combo)
        form.addRow(self.tr("Header row:"), self.header_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

    def _open_typed(self):
        path = self.path_edit.text().strip()
        if path and os.path.isfile(path) and path != self._wizard._path:
            self._wizard.open_file(path)

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a CSV file"), "",
                                              self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self._wizard.open_file(path)

    def show_preview(self, preview) -> None:
        self.error_label.hide()
        self.table.clear()
        self.table.setColumnCount(len(preview.columns))
        self.table.setRowCount(len(preview.rows))
        self.table.setHorizontalHeaderLabels(list(preview.columns))
        self.table.setVerticalHeaderLabels([str(n) for n in preview.row_numbers])
        for i, cells in enumerate(preview.rows):
            for j, cell in enumerate(cells[: len(preview.columns)]):
                self.table.setItem(i, j, QTableWidgetItem(cell))
        delimiter = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"),
                     "|": self.tr("vertical bars")}.get(preview.delimiter, f"“{preview.delimiter}”")
        header = self.tr("with a header row") if preview.has_header else self.tr("without a header row")
        n = len(preview.columns)
        columns = self.tr("1 column") if n == 1 else self.tr("{n} columns").format(n=n)
        self.detected_label.setText(
            self.tr("{columns}, values separated by {delimiter}, {header}. File size {size}.").format(
                columns=columns, delimiter=delimiter, header=header, size=_size_text(preview.size_bytes)))
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.detected_label.clear()
        self.error_label.setText(message)
        self.error_label.show()
        self.completeChanged.emit()

    def show_problem(self, message: str) -> None:
        """A file that can be previewed but not imported as chosen: why, and what to change."""
        self.error_label.setText(message)
        self.error_label.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        return preview is not None and table_problem(preview) is None


class ReadPage(QWizardPage):
    """Page 3: reads the whole file in a worker thread, with progress and Cancel."""

    def __init__(self, wizard: CsvImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Read the file"))
        self.progress_bar = QProgressBar(objectName="csvProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setToolTip(self.tr("How much of the file has been read."))
        self.status_label = QLabel(objectName="csvStatusLabel", wordWrap=True)
        self.cancel_button = QPushButton(self.tr("Cancel reading"), objectName="csvCancelButton")
        self.cancel_button.setToolTip(self.tr("Stop reading the file. Nothing is imported."))
        self.cancel_button.clicked.connect(lambda: self._wizard.cancel_read())
        self.retry_button = QPushButton(self.tr("Read again"), objectName="csvRetryButton")
        self.retry_button.setToolTip(self.tr("Start reading the file again."))
        self.retry_button.clicked.connect(lambda: self._wizard.start_read())
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.inputs_table = EncodedInputsTable()
        layout.addWidget(self.inputs_table, 1)

    def initializePage(self) -> None:
        self._wizard.start_read()

    def cleanupPage(self) -> None:  # Back: stop a read in progress
        self._wizard.stop_read()

    def show_state(self, state: str, message: str = "") -> None:
        reading = state == "reading"
        self.cancel_button.setEnabled(reading)
        self.retry_button.setEnabled(not reading and state != "done")
        self.status_label.setStyleSheet(ERROR_STYLE if state == "failed" else "")
        self.status_label.setText(message)
        dataset = self._wizard.dataset() if state == "done" else None
        self.inputs_table.show_encoding(getattr(dataset, "preprocessing", None))
        # a read that failed or was cancelled read nothing: the bar goes back to empty, not "99 %"
        self.progress_bar.setValue(100 if state == "done" else 0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.dataset() is not None


class CsvImportWizard(QWizard):
    """Imports a CSV file as a Dataset. ``spec()`` gives the ``{"name": "csv", ...}`` spec
    for ``load_dataset``; ``dataset()`` the data read (None until the read succeeds)."""

    dataset_ready = Signal(object)

    def __init__(self, parent=None, path=None):
        super().__init__(parent)
        self.setObjectName("csvImportWizard")
        self.setWindowTitle(self.tr("Import a CSV file"))
        self.preview = None
        self.sample = None  # the same start of the file with up to sample_rows rows: roles are guessed from it
        self.sample_rows = ROLE_SAMPLE_ROWS
        self._path = None
        self._dataset = None
        self._reader = ReadThread(self)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.read_page = ReadPage(self)
        for page in (self.file_page, self.columns_page, self.read_page):
            self.addPage(page)
        if path:
            self.open_file(path)

    # --- page 1 -----------------------------------------------------------------------
    def open_file(self, path) -> None:
        """Shows ``path``'s preview (what Browse and Enter in the path field do)."""
        path = os.fspath(path).strip()
        self.file_page.path_edit.setText(path)
        self._path = path
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Re-reads the start of the file with the current delimiter and header choices."""
        self._dataset = None
        if not self._path:
            self.preview = None
            self.file_page.show_error(self.tr("Choose a CSV file."))
            return
        try:
            self.preview = sniff_csv(self._path, self.file_page.delimiter_combo.currentData(),
                                     self.file_page.header_combo.currentData())
            self.sample = sniff_csv(self._path, self.file_page.delimiter_combo.currentData(),
                                    self.file_page.header_combo.currentData(), max_rows=self.sample_rows)
        except Exception as err:   # plain words, never a Python name (a bug is logged)
            self.preview = self.sample = None
            self.file_page.show_error(error_text(err))
        else:
            self.file_page.show_preview(self.preview)
            problem = table_problem(self.preview)
            if problem is not None:   # the preview stays: it shows what the message is about
                self.file_page.show_problem(user_text(problem))

    # --- result -------------------------------------------------------------------------
    def options(self) -> CsvOptions:
        page = self.columns_page
        return CsvOptions(
            target=page.target_combo.currentText() or None, features=page.features() or None,
            task=page.task_combo.currentData(), missing=page.missing_combo.currentData() or "auto",
            columns=page.column_choices(),
            standardize=page.standardize_check.isChecked(),
            delimiter=self.file_page.delimiter_combo.currentData(),
            has_header=self.file_page.header_combo.currentData(),
            test_ratio=page.test_spin.value() / 100.0,
        )

    def spec(self) -> dict:
        """The JSON-able spec for ``nnstudio.data.load_dataset``."""
        return self.options().to_spec(self._path or "")

    def dataset(self):
        return self._dataset

    def suggest_network(self) -> bool:
        """Whether the user wants the network replaced by the one suggested for this data."""
        return self.columns_page.suggest_check.isChecked()

    # --- page 3: the worker thread -------------------------------------------------------
    def start_read(self) -> None:
        self.stop_read()
        self._dataset = None
        self.read_page.show_state("reading", self.tr("Reading {name}…").format(name=os.path.basename(self._path)))
        self._reader.start(CsvReadWorker(self._path, self.options()), self._read_progress, self._read_finished,
                           self._read_failed, self._read_cancelled)

    def cancel_read(self) -> None:
        self._reader.cancel()

    def is_reading(self) -> bool:
        return self._reader.is_running()

    def stop_read(self) -> None:
        """Cancels a read in progress and waits for its thread to end."""
        self._reader.stop()

    def _read_progress(self, worker, percent: int) -> None:
        if self._reader.is_current(worker):
            self.read_page.progress_bar.setValue(percent)

    def _read_finished(self, worker, dataset) -> None:
        if not self._reader.is_current(worker):
            return
        self.stop_read()
        self._dataset = dataset
        self.read_page.show_state("done", user_text(dataset.description))
        self.dataset_ready.emit(dataset)

    def _read_failed(self, worker, message: str) -> None:
        if not self._reader.is_current(worker):
            return
        self.stop_read()
        self.read_page.show_state("failed", message)

    def _read_cancelled(self, worker) -> None:
        if not self._reader.is_current(worker):
            return
        self.stop_read()
        self.read_page.show_state("cancelled", self.tr("Cancelled: nothing was imported. "
                                                       "Press Read again, or Back to change the settings."))

    def shutdown(self) -> None:
        """Stops the worker thread (also called on close); safe to call twice."""
        self.stop_read()

    def done(self, result: int) -> None:
        self.stop_read()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.stop_read()
        super().closeEvent(event)


def _size_text(size: int) -> str:
    if size >= 1e6:
        return QCoreApplication.translate("CsvImportWizard", "{n:.1f} MB").format(n=size / 1e6)
    return QCoreApplication.translate("CsvImportWizard", "{n:.0f} KB").format(n=max(size / 1e3, 1))
