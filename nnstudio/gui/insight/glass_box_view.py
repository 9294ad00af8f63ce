"""The glass box: one neuron with real numbers. Pick a Dense layer's unit (or click it in the
neuron view) and a training sample; "Step one batch" runs one real optimizer step on the next
batch of training data and writes the new weights into the project. The panel shows the
neuron's inputs xᵢ, weights wᵢ, the sum z = Σ wᵢxᵢ + b, the activation y = f(z) written out
with the numbers, and for the step each weight's gradient and the update the optimizer applied.
"""

from __future__ import annotations

import copy
import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from nnstudio.engine.layers import Dense
from nnstudio.gui.insight.view_base import InsightView, describe, fmt
from nnstudio.gui.user_text import user_text
from nnstudio.insight.glass_box import (batch_indices, neuron_computation, optimizer_formula, optimizer_step)
from nnstudio.project import model_for_project
from nnstudio.insight.neurons import input_names
from nnstudio.errors import NNStudioError

MAX_TERMS = 4   # terms of Σ wᵢxᵢ written out before "…"
# Many Qt builds drop combining accents (m̂ shows as m): the hats of the formulas become primes.
_DISPLAY_SYMBOLS = {"m̂": "m′", "v̂": "v′"}


def display_formula(text: str) -> str:
    for hat, prime in _DISPLAY_SYMBOLS.items():
        text = text.replace(hat, prime)
    return text


def _factor(value, digits=4) -> str:
    """A number inside a product: negative ones in parentheses, −1.2·(−0.5)."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith("−") else text


class GlassBoxView(InsightView):
    def __init__(self, live, parent=None):
        super().__init__(live, parent)
        self.setObjectName("glassBoxView")
        self.computation = None      # what the panel shows (NeuronComputation)
        self.step = None             # the last step (StepRecord) while its weights are the project's
        self.steps_done = 0          # batch cursor: the next step takes the next batch
        self._step_version = None
        self._step_opt = None

        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("glassLayerCombo")
        self.unit_spin = QSpinBox()
        self.unit_spin.setObjectName("glassUnitSpin")
        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("glassSampleSpin")
        self.step_button = QPushButton(self.tr("Step one batch"))
        self.step_button.setObjectName("glassStepButton")
        self.step_button.setToolTip(self.tr("Run one real optimizer step on the next batch of training data"))
        describe(self.layer_combo, self.tr("Glass box layer"), self.tr("The Dense layer of the neuron to look into"))
        describe(self.unit_spin, self.tr("Glass box unit"), self.tr("Which neuron of the layer (counting from 0)"))
        describe(self.sample_spin, self.tr("Glass box sample"),
                 self.tr("Which training sample the neuron's computation is shown for"))
        controls = QHBoxLayout()
        for label, w in ((self.tr("Layer:"), self.layer_combo), (self.tr("Unit:"), self.unit_spin),
                         (self.tr("Training sample:"), self.sample_spin)):
            controls.addWidget(QLabel(label))
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.step_button)

        self.formula = QLabel()
        self.formula.setObjectName("glassFormula")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.optimizer_label = QLabel()
        self.optimizer_label.setObjectName("glassOptimizer")
        self.optimizer_label.setTextFormat(Qt.TextFormat.RichText)
        self.optimizer_label.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("glassTable")
        headers = ((self.tr("input"), self.tr("What the neuron gets: the previous layer's outputs, or the data")),
                   ("xᵢ", self.tr("The input's value for the chosen sample")),
                   ("wᵢ", self.tr("The weight on this input (before the step)")),
                   ("wᵢ·xᵢ", self.tr("The input times its weight: the sum of these plus b is z")),
                   ("∂L/∂wᵢ", self.tr("The gradient: how the loss changes with this weight, on the batch")),
                   ("Δwᵢ", self.tr("The update the optimizer applied: new weight − old weight")),
                   (self.tr("new wᵢ"), self.tr("The weight after the step")))
        for col, (title, tip) in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(col, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # equal columns: sizing them to their contents costs ~0.5 s for a 64-input neuron
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        describe(self.table, self.tr("The neuron's numbers"),
                 self.tr("Each input, its weight, their product, the gradient and the update of the last step"))

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.formula)
        layout.addWidget(self.optimizer_label)
        layout.addWidget(self.table, 1)

        self.layer_combo.currentIndexChanged.connect(self._on_layer_changed)
        self.unit_spin.valueChanged.connect(self.redraw_now)
        self.sample_spin.valueChanged.connect(self.redraw_now)
        self.step_button.clicked.connect(self.step_one_batch)

    # ----- selection ---------------------------------------------------------------------------
    def select_neuron(self, layer_index: int, unit: int):
        """Show unit ``unit`` of the Dense layer at model index ``layer_index``."""
        if self._drawn_structure != self.live.structure_version:
            self.refresh()          # the layer list may not be there yet (never shown)
        i = self.layer_combo.findData(layer_index)
        if i < 0:
            return
        self.layer_combo.setCurrentIndex(i)
        self.unit_spin.setValue(unit)
        self.redraw_now()

    def _on_layer_changed(self):
        units = self.layer_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        if units:
            self.unit_spin.setMaximum(int(units) - 1)
        self.redraw_now()

    def _fill_layers(self, model):
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for i, layer in enumerate(model.layers):
            if isinstance(layer, Dense):
                self.layer_combo.addItem(f"{layer.name} ({layer.units} · {layer.activation.name})", i)
                self.layer_combo.setItemData(self.layer_combo.count() - 1, layer.units, Qt.ItemDataRole.UserRole + 1)
        self.layer_combo.blockSignals(False)
        if self.layer_combo.count():
            self.unit_spin.setMaximum(int(self.layer_combo.itemData(0, Qt.ItemDataRole.UserRole + 1)) - 1)

    # ----- the step ------------------------------------------------------------------------------
    def can_step(self) -> bool:
        return not self.live.workspace.training_active and self.live.dataset is not None

    def update_enabled(self):
        self.step_button.setEnabled(self.can_step() and self.layer_combo.count() > 0)

    def step_one_batch(self):
        """One real optimizer step on the next batch (UI thread), written back to the project."""
        if not self.can_step():
            return None
        doc, ds = self.live.doc, self.live.dataset
        try:
            model = model_for_project(doc, ds)
        except NNStudioError as e:
            self.show_message(user_text(e))
            return None
        indices = batch_indices(ds.n_train, doc.training.batch_size, self.steps_done)
        record = optimizer_step(model, ds, indices)
        self.steps_done += 1
        self.sample_spin.blockSignals(True)
        self.sample_spin.setValue(int(indices[0]))
        self.sample_spin.blockSignals(False)
        self._step_opt = model.optimizer
        doc.set_weights(model.get_weights(), model.get_optimizer_state())
        self.step, self._step_version = record, self.live.version
        self.redraw_now()
        return record

    # ----- drawing ---------------------------------------------------------------------------------
    def update_view(self, model, structure_changed):
        ds = self.live.dataset
        if structure_changed:
            self._fill_layers(model)
            self.sample_spin.setMaximum(max(0, ds.n_train - 1))
            self.steps_done = 0
        if self.step is not None and self._step_version != self.live.version:
            self.step = None   # the weights moved on (training, another step, a new network)
        self.update_enabled()
        if self.layer_combo.count() == 0:
            self.show_message(self.tr("The glass box looks at Dense layers; this network has none."))
            return
        layer_index = self.layer_combo.currentData()
        unit = min(self.unit_spin.value(), model.layers[layer_index].units - 1)
        sample = min(self.sample_spin.value(), ds.n_train - 1)
        if self.step is not None:
            # the forward pass that gave the gradient: the weights before the step
            before = self._weights_before_step(model)
            self.computation = neuron_computation(before, layer_index, unit, ds.x_train[sample])
        else:
            self.computation = neuron_computation(model, layer_index, unit, ds.x_train[sample])
        self._draw(model, sample)
        self.show_content()

    def _weights_before_step(self, model):
        """A copy of ``model`` holding the weights from before the last step."""
        before = copy.deepcopy(model)
        for (i, name), w in self.step.before.items():
            before.layers[i].weights_dict[name][...] = w
        return before

    def _input_names(self, layer_index):
        if layer_index == self._first_dense_index():
            names = input_names(self.live.dataset)
            if len(names) == len(self.computation.inputs):
                return names
        return [self.tr("unit %1").replace("%1", str(i)) for i in range(len(self.computation.inputs))]

    def _first_dense_index(self):
        return self.layer_combo.itemData(0) if self.layer_combo.count() else None

    def _draw(self, model, sample):
        c = self.computation
        terms = [f"{_factor(w)}·{_factor(x)}" for w, x in zip(c.weights[:MAX_TERMS], c.inputs[:MAX_TERMS])]
        if len(c.inputs) > MAX_TERMS:
            terms.append(self.tr("… (%1 terms)").replace("%1", str(len(c.inputs))))
        f = c.activation
        title = self.tr("%1, unit %2, for training sample %3 (class %4)").replace("%1", c.layer_name).replace(
            "%2", str(c.unit)).replace("%3", str(sample)).replace("%4", self._label_of(sample))
        lines = [
            f"<b>{html.escape(title)}</b>",
            f"y = f(Σ wᵢxᵢ + b), f = {html.escape(f)}",
            "z = Σ wᵢxᵢ + b = " + " + ".join(html.escape(t) for t in terms) + f" + {_factor(c.bias)}"
            f" = <b>{fmt(c.weighted_sum, 6)}</b>",
            f"y = {html.escape(f)}({fmt(c.weighted_sum, 6)}) = <b>{fmt(c.output, 6)}</b>",
        ]
        step = self.step
        if step is not None:
            lines.append(html.escape(self.tr("Step %1 on training samples %2–%3, loss %4 before the step").replace(
                "%1", str(step.iteration)).replace("%2", str(int(step.batch[0]))).replace(
                "%3", str(int(step.batch[-1]))).replace("%4", fmt(step.loss, 5))))
        self.formula.setText("<br>".join(lines))
        if step is not None:
            name, rule, params = optimizer_formula(self._step_opt)
            self.optimizer_label.setText(f"<b>{html.escape(name)}</b>: {html.escape(display_formula(rule))}<br>"
                                         f"<span style='color:#555'>{html.escape(params)}</span>")
        else:
            name, rule, params = optimizer_formula(model.optimizer)
            hint = self.tr("Press “Step one batch” to see the gradient each weight gets and the update %1 "
                           "applies.").replace("%1", name)
            self.optimizer_label.setText(html.escape(hint))
        self._fill_table(step)

    def _label_of(self, sample):
        ds = self.live.dataset
        y = ds.y_train[sample]
        if ds.task == "classification" and 0 <= int(y) < len(ds.class_names):
            return ds.class_names[int(y)]
        return fmt(y, 4)

    def _fill_table(self, step):
        c = self.computation
        names = self._input_names(c.layer_index)
        n = len(c.inputs)
        grads = upd = new = None
        bias_values = (None, None, None)
        if step is not None:
            kernel_key, bias_key = (c.layer_index, "kernel"), (c.layer_index, "bias")
            grads = step.gradients[kernel_key][:, c.unit]
            upd = step.update(kernel_key)[:, c.unit]
            new = step.after[kernel_key][:, c.unit]
            if bias_key in step.gradients:
                bias_values = (step.gradients[bias_key][c.unit], step.update(bias_key)[c.unit],
                               step.after[bias_key][c.unit])
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(n + 1)
        products = c.products
        for i in range(n):
            row = (names[i], c.inputs[i], c.weights[i], products[i],
                   None if grads is None else grads[i], None if upd is None else upd[i],
                   None if new is None else new[i])
            self._set_row(i, row)
        self._set_row(n, (self.tr("bias b"), None, c.bias, None) + tuple(bias_values))
        self.table.setUpdatesEnabled(True)

    def _set_row(self, r, values):
        for col, v in enumerate(values):
            if isinstance(v, str):
                item = QTableWidgetItem(v)
            else:
                item = QTableWidgetItem("" if v is None else fmt(v, 6))
                if v is not None:
                    item.setData(Qt.ItemDataRole.UserRole, float(v))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, col, item)

    # ----- for tests and scripts --------------------------------------------------------------------
    def column_values(self, column: int) -> np.ndarray:
        """The exact numbers of a table column for the inputs (the bias row left out); NaN if empty."""
        out = []
        for r in range(self.table.rowCount() - 1):
            v = self.table.item(r, column).data(Qt.ItemDataRole.UserRole)
            out.append(np.nan if v is None else float(v))
        return np.array(out)

    def bias_row(self) -> list:
        r = self.table.rowCount() - 1
        return [self.table.item(r, c).data(Qt.ItemDataRole.UserRole) for c in range(self.table.columnCount())]
