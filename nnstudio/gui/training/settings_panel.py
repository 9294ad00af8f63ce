"""The training settings: optimizer and its hyperparameters, learning rate, batch size, epochs,
loss, regularization, initial weights, validation, early stopping, schedule and seed.

The panel is a view of ``doc.training``: a widget change pushes a ``SetTrainingConfig`` command
(consecutive changes of one setting merge into one undo step); a document change updates the
widgets with their signals blocked. Only the optimizer's own hyperparameters are shown, and the
ones a first lesson never needs (Adam's betas, epsilon, …) wait under an "Advanced" fold. While a
run is active only the optimizer group stays editable (the run takes those changes live).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from nnstudio.gui.fold import FoldButton

from nnstudio.gui.training.log_spin import LogSpinBox
from nnstudio.gui.training.undo import push
from nnstudio.project.commands import SetTrainingConfig
from nnstudio.project.model_factory import last_activation
from nnstudio.project.training_config import (INITIALIZER_CHOICES, LOSS_CHOICES, OPTIMIZER_PARAMS, SCHEDULES,
                                                 resolve_loss)

HYPERPARAMETERS = ("momentum", "nesterov", "rho", "beta_1", "beta_2", "epsilon", "weight_decay",
                   "initial_accumulator_value")
#: hyperparameters shown only under the "Advanced" fold (plain words by default)
ADVANCED = ("rho", "beta_1", "beta_2", "epsilon", "initial_accumulator_value")


def _spin(lo, hi, step, decimals=4, suffix=""):
    w = QDoubleSpinBox()
    w.setRange(lo, hi)
    w.setSingleStep(step)
    w.setDecimals(decimals)
    w.setSuffix(suffix)
    w.setKeyboardTracking(False)
    return w


def _int_spin(lo, hi, special=None):
    w = QSpinBox()
    w.setRange(lo, hi)
    w.setKeyboardTracking(False)
    w.setAccelerated(True)
    if special:
        w.setSpecialValueText(special)
    return w


class TrainingSettingsPanel(QScrollArea):
    def __init__(self, doc, workspace, undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingSettings")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.doc, self.workspace, self.undo_stack = doc, workspace, undo_stack
        self.widgets: dict[str, QWidget] = {}
        self.forms: dict[str, QFormLayout] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        self.notice = QLabel(self.tr("A run is active: only the optimizer and learning rate can change now. "
                                     "Stop the run to change the rest."))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #FFF4D6; border: 1px solid #E0B84C; padding: 6px;")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.optimizer_group = self._group(layout, "optimizer", self.tr("Optimizer"))
        self.training_group = self._group(layout, "training", self.tr("Training"))
        self.regular_group = self._group(layout, "regular", self.tr("Regularization and initial weights"))
        self.schedule_group = self._group(layout, "schedule", self.tr("Learning-rate schedule"))
        self.advanced_group = self._group(layout, "advanced", "")
        self.advanced_toggle = FoldButton(self.tr("Advanced"), self.advanced_group, self.tr(
            "Settings a first lesson never needs: the optimizer's fine print and how the loss reads the "
            "network's output"))
        self.advanced_toggle.setObjectName("advancedSettingsToggle")
        layout.insertWidget(layout.indexOf(self.advanced_group), self.advanced_toggle)
        layout.addStretch(1)
        self.setWidget(body)
        self._build_optimizer()
        self._build_training()
        self._build_regularization()
        self._build_schedule()
        self._loading = False
        doc.changed.connect(self._on_doc_changed)
        workspace.report_changed.connect(lambda *_: self._update_auto_loss())
        workspace.dataset_changed.connect(lambda *_: self._update_auto_loss())
        self.load()

    # ----- building ------------------------------------------------------------------------------
    def _group(self, layout, key, title):
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.forms[key] = form
        layout.addWidget(box)
        return box

    def form_of(self, field) -> QFormLayout:
        return next(f for f in self.forms.values() if f.labelForField(self.widgets[field]) is not None)

    def _add(self, form, field, label, widget, tip, object_name=None):
        if field in ADVANCED:
            form = "advanced"
        widget.setObjectName(object_name or f"{field}Edit")
        widget.setToolTip(tip)
        self.forms[form].addRow(label, widget)
        self.forms[form].labelForField(widget).setToolTip(tip)
        self.widgets[field] = widget
        if isinstance(widget, QComboBox):
            # long item texts ("Automatic: cross-entropy …") must not widen the panel
            widget.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
            widget.currentIndexChanged.connect(lambda _i, f=field: self._changed(f))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _v, f=field: self._changed(f))
        else:
            widget.valueChanged.connect(lambda _v, f=field: self._changed(f))

    def _build_optimizer(self):
        combo = QComboBox()
        for key, text in (("adam", self.tr("Adam")), ("sgd", self.tr("SGD (plain gradient descent)")),
                          ("rmsprop", self.tr("RMSprop")), ("adamw", self.tr("AdamW (Adam with weight decay)")),
                          ("adagrad", self.tr("Adagrad"))):
            combo.addItem(text, key)
        self._add("optimizer", "optimizer", self.tr("Optimizer"), combo, self.tr(
            "How the weights are nudged after each batch. Adam adapts its step for every weight and is a "
            "good first choice; SGD takes plain steps downhill."), "optimizerCombo")
        self._add("optimizer", "learning_rate", self.tr("Learning rate"), LogSpinBox(1e-6, 10.0), self.tr(
            "How big each step is. Too small: learning is slow. Too large: the loss jumps around or "
            "explodes. The arrows step 1 → 2 → 5 → 10."), "learningRateSpin")
        self._add("optimizer", "momentum", self.tr("Momentum"), _spin(0.0, 0.999, 0.1, 3), self.tr(
            "Keeps some of the previous step's direction, like a ball rolling downhill. 0.9 is common."))
        self._add("optimizer", "nesterov", self.tr("Nesterov"), QCheckBox(self.tr("look ahead")), self.tr(
            "Nesterov momentum: measures the slope a little ahead, which often settles faster."))
        self._add("optimizer", "rho", self.tr("Rho (ρ)"), _spin(0.0, 0.999, 0.05, 3), self.tr(
            "How long RMSprop remembers past gradient sizes (0.9 = roughly the last 10 steps)."))
        self._add("optimizer", "beta_1", self.tr("Beta 1 (β₁)"), _spin(0.0, 0.9999, 0.01, 4), self.tr(
            "How long Adam remembers the direction of past gradients (0.9 = roughly 10 steps)."))
        self._add("optimizer", "beta_2", self.tr("Beta 2 (β₂)"), _spin(0.0, 0.99999, 0.001, 5), self.tr(
            "How long Adam remembers the size of past gradients (0.999 = roughly 1000 steps)."))
        self._add("optimizer", "epsilon", self.tr("Epsilon (ε)"), LogSpinBox(1e-12, 1.0), self.tr(
            "A tiny number that keeps the optimizer from dividing by zero. Rarely needs changing."))
        self._add("optimizer", "weight_decay", self.tr("Weight decay"), LogSpinBox(0.0, 1.0), self.tr(
            "Shrinks every weight a little at each step, which keeps the network simple."))
        self.logits_label = QLabel()
        self.logits_label.setObjectName("lossInputLabel")
        self.logits_label.setWordWrap(True)
        self.logits_label.setToolTip(self.tr(
            "From logits: the loss turns the last layer's raw scores into probabilities itself (more exact "
            "than a softmax layer). From probabilities: the last layer already gives probabilities."))
        self.forms["advanced"].addRow(self.tr("Loss reads"), self.logits_label)
        self.forms["advanced"].labelForField(self.logits_label).setToolTip(self.logits_label.toolTip())
        self._add("optimizer", "initial_accumulator_value", self.tr("Initial accumulator"),
                  _spin(0.0, 10.0, 0.1, 3), self.tr("Where Adagrad's sum of squared gradients starts."))

    def _build_training(self):
        self._add("training", "batch_size", self.tr("Batch size"), _int_spin(1, 1_000_000), self.tr(
            "How many samples the network looks at before each weight update. Small batches: noisy "
            "but frequent steps. Large batches: smooth but fewer steps."), "batchSizeSpin")
        self._add("training", "epochs", self.tr("Epochs"), _int_spin(1, 1_000_000), self.tr(
            "How many times the network goes through all the training data."), "epochsSpin")
        self._add("training", "loss", self.tr("Loss"), QComboBox(), self.tr(
            "What the network tries to make small: how wrong its answers are. Automatic picks "
            "cross-entropy for classes and mean squared error for numbers."), "lossCombo")
        self._add("training", "validation_split", self.tr("Validation"), _spin(0.0, 80.0, 5.0, 0, " %"), self.tr(
            "Keeps this share of the training data aside to check, after every epoch, how the network does "
            "on data it does not learn from."))
        self._add("training", "early_stopping_patience", self.tr("Early stopping"),
                  _int_spin(0, 100_000, self.tr("off")), self.tr(
            "Stops when the (validation) loss has not improved for this many epochs, and keeps the best "
            "weights. Off: always train all epochs."))
        self._add("training", "seed", self.tr("Seed"), _int_spin(0, 2**31 - 1), self.tr(
            "The starting point of the random numbers: the same seed gives the same initial weights and "
            "the same shuffling, so a run can be repeated exactly."))
        self.widgets["early_stopping_patience"].setSuffix(self.tr(" epochs"))

    def _build_regularization(self):
        self._add("regular", "l1", self.tr("L1 strength"), LogSpinBox(0.0, 1.0), self.tr(
            "Pushes weights towards exactly zero, so the network uses fewer connections. 0 = off."))
        self._add("regular", "l2", self.tr("L2 strength"), LogSpinBox(0.0, 1.0), self.tr(
            "Keeps weights small, which often helps the network work on new data. 0 = off."))
        combo = QComboBox()
        for key in INITIALIZER_CHOICES:
            combo.addItem(self.tr("each layer's own") if key == "layer default" else key, key)
        self._add("regular", "initializer", self.tr("Initial weights"), combo, self.tr(
            "How the weights are drawn before training starts (e.g. glorot_uniform, he_normal)."))

    def _build_schedule(self):
        combo = QComboBox()
        texts = (self.tr("constant"), self.tr("step (drop every few epochs)"),
                 self.tr("exponential (shrink every epoch)"), self.tr("cosine (smooth to zero)"))
        for key, text in zip(SCHEDULES, texts):
            combo.addItem(text, key)
        self._add("schedule", "lr_schedule", self.tr("Schedule"), combo, self.tr(
            "How the learning rate changes during training. Lowering it late lets the network settle."))
        self._add("schedule", "schedule_step_epochs", self.tr("Every"), _int_spin(1, 100_000), self.tr(
            "The step schedule multiplies the learning rate by the factor every this many epochs."))
        self.widgets["schedule_step_epochs"].setSuffix(self.tr(" epochs"))
        self._add("schedule", "schedule_gamma", self.tr("Factor"), _spin(0.01, 1.0, 0.05, 3), self.tr(
            "What the learning rate is multiplied by (step: at each step; exponential: every epoch)."))

    # ----- model → widgets -------------------------------------------------------------------------
    def _on_doc_changed(self, what):
        if what == "training":
            self.load()
        elif what in ("network", "data"):
            self._update_auto_loss()

    def load(self):
        cfg = self.doc.training
        self._loading = True
        try:
            for field, w in self.widgets.items():
                value = getattr(cfg, field)
                w.blockSignals(True)
                if isinstance(w, QComboBox):
                    if field == "loss":
                        self._fill_loss(w)
                    w.setCurrentIndex(max(0, w.findData(value)))
                elif isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif field == "validation_split":
                    w.setValue(value * 100)
                else:
                    w.setValue(value)
                w.blockSignals(False)
        finally:
            self._loading = False
        self._update_visibility()

    def _fill_loss(self, combo):
        if combo.count() == 0:
            for key in LOSS_CHOICES:
                combo.addItem(key, key)
        combo.setItemText(0, self.tr("Automatic: {0}").format(self.auto_loss_text()))
        for i in range(1, combo.count()):
            combo.setItemText(i, loss_title(combo.itemData(i)))

    def auto_loss_text(self) -> str:
        ds = self.workspace.dataset
        if ds is None:
            return self.tr("chosen from the data")
        loss = resolve_loss("auto", ds.task, last_activation(self.doc.layers), ds.output_units)
        return loss_title(loss.name)

    def _update_loss_input(self):
        """Advanced: whether the loss reads raw scores (from logits) or probabilities."""
        ds = self.workspace.dataset
        text = ""
        if ds is not None:
            try:
                loss = resolve_loss(self.doc.training.loss, ds.task, last_activation(self.doc.layers),
                                    ds.output_units)
            except (ValueError, TypeError):
                loss = None
            flag = getattr(loss, "from_logits", None)
            if flag is not None:
                text = self.tr("raw scores (from logits)") if flag else self.tr("probabilities")
        self.logits_label.setText(text or self.tr("the network's output as it is"))

    def _update_auto_loss(self):
        combo = self.widgets["loss"]
        if combo.count():
            combo.setItemText(0, self.tr("Automatic: {0}").format(self.auto_loss_text()))
        self._update_loss_input()

    def _update_visibility(self):
        cfg = self.doc.training
        used = OPTIMIZER_PARAMS.get(cfg.optimizer, ())
        for field in HYPERPARAMETERS:
            self.form_of(field).setRowVisible(self.widgets[field], field in used)
        self._update_loss_input()
        schedule = self.forms["schedule"]
        schedule.setRowVisible(self.widgets["schedule_step_epochs"], cfg.lr_schedule == "step")
        schedule.setRowVisible(self.widgets["schedule_gamma"], cfg.lr_schedule in ("step", "exponential"))

    # ----- widgets → model -----------------------------------------------------------------------
    def _changed(self, field):
        if self._loading:
            return
        w = self.widgets[field]
        if isinstance(w, QComboBox):
            value = w.currentData()
        elif isinstance(w, QCheckBox):
            value = w.isChecked()
        elif field == "validation_split":
            value = round(w.value() / 100.0, 4)
        else:
            value = w.value()
        config = copy.deepcopy(self.doc.training)
        if getattr(config, field) == value:
            return
        setattr(config, field, value)
        try:
            config.validate()
        except ValueError:
            self.load()          # out of range for the engine: show the stored value again
            return
        label = self.forms_label(field)
        push(self.undo_stack, self.doc, SetTrainingConfig(config, text=self.tr("Change {0}").format(label)))

    def forms_label(self, field) -> str:
        for form in self.forms.values():
            label = form.labelForField(self.widgets[field])
            if label is not None:
                return label.text().lower()
        return field

    # ----- while a run is active ----------------------------------------------------------------
    def set_run_active(self, active: bool):
        self.notice.setVisible(active)
        for group in (self.training_group, self.regular_group):
            group.setEnabled(not active)


def loss_title(key) -> str:
    translate = QCoreApplication.translate     # lupdate knows this name, not a shorter one
    return {"sparse_categorical_crossentropy": translate("TrainingSettingsPanel", "cross-entropy (class numbers)"),
            "categorical_crossentropy": translate("TrainingSettingsPanel", "cross-entropy (one-hot)"),
            "binary_crossentropy": translate("TrainingSettingsPanel", "binary cross-entropy"),
            "mean_squared_error": translate("TrainingSettingsPanel", "mean squared error"),
            "mean_absolute_error": translate("TrainingSettingsPanel", "mean absolute error"),
            "huber": translate("TrainingSettingsPanel", "Huber")}.get(key, key)
