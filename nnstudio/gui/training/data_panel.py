"""The data panel: which data set to learn from, its knobs, and a preview.

``datasetCombo`` lists the catalogue (``nnstudio.data.DATASETS``), "Import CSV…", which opens
the CSV import wizard, and "Open picture folder…", which opens the picture-folder dialog. For generated sets there are knobs (noise, training share, sample count,
seed, Regenerate). Every change is one undoable ``SetDataSpec`` command that also sets the Input
layer to the new data's shape. The preview is ``DataPreview``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from nnstudio.data import DATASETS, load_dataset, resolve_spec
from nnstudio.errors import NNStudioError
from nnstudio.gui.fold import FoldButton
from nnstudio.gui.user_text import error_text, user_text
from nnstudio.gui.wait_cursor import wait_cursor
from nnstudio.gui.training.undo import push
from nnstudio.project.commands import SetDataSpec
from nnstudio.project.fit_to_data import REPLACED, fit_network
from nnstudio.project.suggested_network import suggest_settings
from nnstudio.project.workspace import is_slow

CSV_ITEM = "__import_csv__"
PICTURES_ITEM = "__open_picture_folder__"


class DataPanel(QWidget):
    #: a line for the status bar: what changed along with the data (the network made to fit it)
    status_message = Signal(str)

    def __init__(self, doc, workspace, undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.doc, self.workspace, self.undo_stack = doc, workspace, undo_stack
        self.combo = QComboBox()
        self.combo.setObjectName("datasetCombo")
        self.combo.setToolTip(self.tr("The examples the network learns from"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("dataSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B22222;")
        self.notice = QLabel(self.tr("A run is active: stop it to choose other data."))
        self.notice.setStyleSheet("background: #FFF4D6; border: 1px solid #E0B84C; padding: 6px;")
        self.notice.hide()
        self._build_knobs()
        self.preview = self._make_preview()
        # the preview shows the description, the sample counts and the class balance
        self._own_summary = not hasattr(self.preview, "summary_label")
        self.description.setVisible(self._own_summary)
        self.summary.setVisible(self._own_summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.combo)
        layout.addWidget(self.description)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        # the data first (a first look at the lesson), its settings below; no fixed minimum height
        # on the preview: its own layout's (plot, class table) keeps the two from overlapping, and
        # the dock scrolls when it is shorter than that
        layout.addWidget(self.preview, 1)
        self.knobs_toggle = FoldButton(self.tr("Settings"), self.knobs, self.tr(
            "Noise, the share of training data, the number of samples and the seed"))
        self.knobs_toggle.setObjectName("dataSettingsToggle")
        layout.addWidget(self.knobs_toggle)
        layout.addWidget(self.knobs)
        self._loading = False
        self.combo.activated.connect(self._on_combo)
        doc.changed.connect(self._on_doc_changed)
        workspace.dataset_changed.connect(self._on_dataset)
        self.load()
        self._on_dataset(workspace.dataset)

    # ----- building ----------------------------------------------------------------------------
    def _build_knobs(self):
        self.knobs = QGroupBox(self.tr("Settings"))
        form = QFormLayout(self.knobs)
        self.form = form
        self.noise = QSlider(Qt.Horizontal)
        self.noise.setObjectName("noiseSlider")
        self.noise.setRange(0, 50)
        self.noise.setTracking(False)
        self.noise.setToolTip(self.tr("How much the points are jittered: more noise makes the classes overlap"))
        self.noise_value = QLabel()
        self.noise.sliderMoved.connect(lambda v: self.noise_value.setText(f"{v} %"))
        noise_row = QHBoxLayout()
        noise_row.addWidget(self.noise, 1)
        noise_row.addWidget(self.noise_value)
        self.noise_box = QWidget()
        self.noise_box.setLayout(noise_row)
        noise_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Noise"), self.noise_box)

        def spin(name, lo, hi, suffix, tip):
            w = QSpinBox()
            w.setObjectName(name)
            w.setRange(lo, hi)
            w.setSuffix(suffix)
            w.setKeyboardTracking(False)
            w.setToolTip(tip)
            return w

        self.train_ratio = spin("trainRatioSpin", 10, 90, " %", self.tr(
            "The share of the points used for training; the rest tests the network on points it never saw"))
        self.test_ratio = spin("testRatioSpin", 5, 90, " %", self.tr(
            "The share of the samples kept aside to test the network on data it never saw"))
        self.samples = spin("samplesSpin", 10, 200000, "", self.tr("How many samples to generate"))
        self.seed = spin("dataSeedSpin", 0, 2**31 - 1, "", self.tr(
            "The random numbers behind the data: the same seed always gives the same data"))
        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setObjectName("regenerateButton")
        self.regenerate.setToolTip(self.tr("Draw new random data (the next seed)"))
        form.addRow(self.tr("Training share"), self.train_ratio)
        form.addRow(self.tr("Test share"), self.test_ratio)
        form.addRow(self.tr("Samples"), self.samples)
        seed_row = QHBoxLayout()
        seed_row.setContentsMargins(0, 0, 0, 0)
        self.seed.setMinimumWidth(70)          # ten digits need not show at once: the column stays narrow
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.regenerate)
        self.seed_box = QWidget()
        self.seed_box.setLayout(seed_row)
        form.addRow(self.tr("Seed"), self.seed_box)
        self.noise.valueChanged.connect(lambda v: self._set("noise", v / 100.0))
        self.train_ratio.valueChanged.connect(lambda v: self._set("train_ratio", v / 100.0))
        self.test_ratio.valueChanged.connect(lambda v: self._set("test_ratio", v / 100.0))
        self.samples.valueChanged.connect(lambda v: self._set("n_samples", int(v)))
        self.seed.valueChanged.connect(lambda v: self._set("seed", int(v)))
        self.regenerate.clicked.connect(lambda: self._set("seed", (self._spec().get("seed", 0) + 1) % 2**31))

    def _make_preview(self):
        from nnstudio.gui.data_preview import DataPreview

        preview = DataPreview(self)
        preview.setObjectName("dataPreview")
        return preview

    # ----- model → widgets -----------------------------------------------------------------------
    def _spec(self) -> dict:
        try:
            return resolve_spec(self.doc.data_spec)
        except NNStudioError:
            return dict(self.doc.data_spec)

    def load(self):
        self._loading = True
        try:
            spec = self._spec()
            name = spec.get("name")
            self.combo.clear()
            for info in DATASETS.values():     # the catalogue's texts are marked N_("datasets", …)
                self.combo.addItem(QCoreApplication.translate("datasets", info.title), info.name)
                tip = QCoreApplication.translate("datasets", info.description)
                self.combo.setItemData(self.combo.count() - 1, tip, Qt.ToolTipRole)
            if name == "csv":
                path = str(spec.get("path") or "")
                self.combo.addItem(self.tr("CSV: {0}").format(path.replace("\\", "/").rsplit("/", 1)[-1]), "csv")
            elif name == "image_folder":
                path = str(spec.get("path") or "").replace("\\", "/").rstrip("/")
                self.combo.addItem(self.tr("Pictures: {0}").format(path.rsplit("/", 1)[-1]), "image_folder")
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(self.tr("Import CSV…"), CSV_ITEM)
            self.combo.addItem(self.tr("Open picture folder…"), PICTURES_ITEM)
            self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
            info = DATASETS.get(name)
            self.description.setText(QCoreApplication.translate("datasets", info.description) if info
                                     else self.tr("Your own pictures from a folder.") if name == "image_folder"
                                     else self.tr("Your own table from a CSV file."))
            rows = {self.noise_box: "noise", self.train_ratio: "train_ratio", self.test_ratio: "test_ratio",
                    self.samples: "n_samples", self.seed_box: "seed"}
            for widget, key in rows.items():
                self.form.setRowVisible(widget, key in spec)
            has_knobs = any(key in spec for key in rows.values())
            self.knobs_toggle.setVisible(has_knobs)
            self.knobs.setVisible(has_knobs and self.knobs_toggle.isChecked())
            if info is not None and "n_samples" in info.ranges:
                self.samples.setRange(*info.ranges["n_samples"])
            for widget, key, scale in ((self.noise, "noise", 100), (self.train_ratio, "train_ratio", 100),
                                       (self.test_ratio, "test_ratio", 100), (self.samples, "n_samples", 1),
                                       (self.seed, "seed", 1)):
                if key in spec:
                    widget.blockSignals(True)
                    widget.setValue(int(round(spec[key] * scale)))
                    widget.blockSignals(False)
            self.noise_value.setText(f"{self.noise.value()} %")
        finally:
            self._loading = False

    def _on_doc_changed(self, what):
        if what == "data":
            self.load()

    def _on_dataset(self, ds):
        self.error.setVisible(ds is None and bool(self.workspace.dataset_error))
        self.error.setText(user_text(self.workspace.dataset_error))
        self.preview.set_dataset(ds)
        if ds is None or not self._own_summary:
            self.summary.setText("")
            return
        text = self.tr("{0} training and {1} test samples").format(ds.n_train, ds.n_test)
        if ds.task == "classification":
            counts = ds.class_counts()["train"]
            total = max(1, sum(counts.values()))
            balance = ", ".join(f"{name}: {100 * n / total:.0f} %" for name, n in counts.items())
            text += self.tr(" · {0} classes ({1})").format(ds.n_classes, balance)
        else:
            text += self.tr(" · predicts a number")
        self.summary.setText(text)

    # ----- widgets → model -----------------------------------------------------------------------
    def _on_combo(self, index):
        name = self.combo.itemData(index)
        if name == CSV_ITEM:
            self.import_csv()
        elif name == PICTURES_ITEM:
            self.open_picture_folder()
        elif name in DATASETS and name != self.doc.data_spec.get("name"):
            spec, text = dict(DATASETS[name].default_spec), self.tr("Choose data: {0}").format(
                QCoreApplication.translate("datasets", DATASETS[name].title))
            if DATASETS[name].kind == "images":   # bundled pictures: the network is made to fit, as for a folder
                self.use_pictures(spec, text)
            else:
                self.apply_spec(spec, text)
        else:
            self.load()

    def _set(self, key, value):
        if self._loading:
            return
        spec = dict(self.doc.data_spec)
        if spec.get(key) == value:
            return
        spec[key] = value
        self.apply_spec(spec, self.tr("Change data {0}").format(key.replace("_", " ")))

    def import_csv(self):
        """Open the CSV import wizard; an accepted import becomes the project's data."""
        from nnstudio.gui import csv_wizard

        wizard = csv_wizard.CsvImportWizard(self)
        accepted = wizard.exec() == QDialog.Accepted
        spec = wizard.spec() if accepted else None
        dataset = wizard.dataset() if accepted else None
        if spec:
            layers = None
            if dataset is not None and wizard.suggest_network():
                from nnstudio.project.suggested_network import suggest_for

                layers = suggest_for(dataset)
            self.apply_spec(spec, self.tr("Import CSV"), dataset, layers=layers)
        else:
            self.load()

    def open_picture_folder(self, path=None):
        """Open the picture-folder dialog (on ``path`` when given); accepted pictures become the
        project's data, with the network made to fit them (``use_pictures``)."""
        from nnstudio.gui.image_folder_dialog import ImageFolderDialog

        spec = self._spec() if self.doc.data_spec.get("name") == "image_folder" else {}
        dialog = ImageFolderDialog(self, path or spec.get("path") or "", spec.get("size", 28), spec.get("channels", 1),
                                   layers=self.doc.layers)
        self.picture_dialog = dialog  # tests and scripts reach the open dialog here
        try:
            accepted = dialog.exec() == QDialog.Accepted
            chosen = dialog.spec() if accepted else None
            replace = dialog.replace_network() if accepted else None
        finally:
            self.picture_dialog = None
        if chosen:
            self.use_pictures(chosen, self.tr("Open picture folder"), replace)
        else:
            self.load()

    def draw_examples(self):
        """Open the pad to draw examples of each class; saved drawings become the project's data."""
        from nnstudio.gui.draw_examples_dialog import DrawExamplesDialog

        dialog = DrawExamplesDialog(self)
        self.draw_dialog = dialog     # tests and scripts reach the open dialog here
        try:
            chosen = dialog.spec() if dialog.exec() == QDialog.Accepted else None
        finally:
            self.draw_dialog = None
        if chosen:
            self.use_pictures(chosen, self.tr("Use drawn examples"))

    def use_pictures(self, spec, text, replace=None) -> bool:
        """Make the pictures of ``spec`` the project's data and the network fit them, as one undo
        step (``fit_to_data.fit_network``: the output layer follows the classes; a network that
        cannot take pictures becomes the suggested CNN with its training settings, or always with
        ``replace``); the status bar says what changed."""
        dataset = self._load(spec)
        if dataset is None:
            return False
        fit = fit_network(self.doc.layers, dataset.input_shape, dataset.task, dataset.output_units, replace)
        training = suggest_settings(self.doc.training, dataset) if fit.kind == REPLACED else None
        self.apply_spec(spec, text, dataset, layers=fit.layers, training=training)
        self.status_message.emit(user_text(fit.message))
        return True

    def _load(self, spec):
        """The dataset of ``spec`` read here (a wait cursor), or None with the reason shown."""
        try:
            with wait_cursor():
                return load_dataset(spec)
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            self.error.setText(error_text(e))
            self.error.show()
            self.load()
            return None

    def apply_spec(self, spec, text, dataset=None, layers=None, training=None) -> bool:
        """Switch to the data ``spec`` describes, as one undo step; False (and a message) if it cannot load.
        A large file is read off the UI thread first (the step is made when it has been read)."""
        if dataset is None and is_slow(spec) and self.workspace.background_load is not None:
            def read(loaded, error):
                if loaded is None:
                    self.error.setText(user_text(error))
                    self.error.show()
                    self.load()
                    return
                self.apply_spec(spec, text, dataset=loaded, layers=layers, training=training)
            self.workspace.background_load(spec, read)
            return True
        if dataset is None:
            dataset = self._load(spec)
            if dataset is None:
                return False
        self.workspace.offer_dataset(spec, dataset)
        push(self.undo_stack, self.doc, SetDataSpec(spec, input_shape=dataset.input_shape, text=text,
                                                    task=dataset.task, layers=layers, training=training))
        return True

    def set_run_active(self, active: bool):
        self.notice.setVisible(active)
        for w in (self.combo, self.knobs):
            w.setEnabled(not active)
