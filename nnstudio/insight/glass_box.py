"""The glass box: one neuron's computation written out with real numbers, and one real
optimizer step on one batch showing the gradient each weight got and the update it received.

The step runs the engine itself (``compute_gradients`` then ``optimizer.apply``), so what is
shown is what training does, not a re-derivation of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine import backend, optimizers
from nnstudio.project.model_factory import prepare_targets


@dataclass(frozen=True)
class NeuronComputation:
    """y = f(Σ wᵢxᵢ + b) for one sample, every number as the engine's forward pass had it."""

    layer_index: int
    layer_name: str
    unit: int
    activation: str
    inputs: np.ndarray      # xᵢ: what the previous layer gave this sample
    weights: np.ndarray     # wᵢ: the kernel column of this unit
    bias: float
    weighted_sum: float     # z = Σ wᵢxᵢ + b (the engine's pre-activation)
    output: float           # y = f(z) (the engine's output of this unit)

    @property
    def products(self) -> np.ndarray:
        return self.weights.astype(np.float64) * self.inputs.astype(np.float64)


def neuron_computation(model, layer_index: int, unit: int, x_sample) -> NeuronComputation:
    """Forward ``x_sample`` (one model input, featurized) and read unit ``unit`` of the Dense layer
    ``layer_index`` (inference mode)."""
    x = backend.as_float_array(np.asarray(x_sample)[None])
    layer = model.layers[layer_index]
    for i, current in enumerate(model.layers):
        if i == layer_index:
            inputs = np.array(x, copy=True).reshape(-1)
            out = current.forward(x, False)
            z = float(np.asarray(current.pre_activation)[0, unit])
            y = float(np.asarray(out)[0, unit])
            break
        x = current.forward(x, False)
    weights = np.array(layer.weights_dict["kernel"][:, unit], copy=True)
    bias = float(layer.weights_dict["bias"][unit]) if "bias" in layer.weights_dict else 0.0
    return NeuronComputation(layer_index, layer.name, int(unit), layer.activation.name, inputs, weights,
                             bias, z, y)


@dataclass(frozen=True)
class StepRecord:
    """One optimizer step: the batch, the loss before it, and weights and gradients per variable
    (keyed by (layer index, weight name))."""

    batch: np.ndarray           # training-set indices of the batch
    loss: float
    before: dict
    after: dict
    gradients: dict
    optimizer: str
    iteration: int

    def update(self, key) -> np.ndarray:
        """What the optimizer changed: new − old."""
        return self.after[key].astype(np.float64) - self.before[key].astype(np.float64)


def batch_indices(n_samples: int, batch_size: int, step: int) -> np.ndarray:
    """The ``step``-th batch of a pass through the training set in its stored order (wrapping)."""
    batch_size = max(1, min(int(batch_size), n_samples))
    start = (step * batch_size) % n_samples
    return (start + np.arange(batch_size)) % n_samples


def optimizer_step(model, dataset, indices) -> StepRecord:
    """Run one real step of ``model``'s optimizer on the training samples ``indices``."""
    x = dataset.x_train[indices]
    y = prepare_targets(model.loss, dataset.y_train[indices], dataset.n_classes, dataset.output_units)
    x, y = model.prepare(x, y)
    keys = [(i, name) for i, layer in enumerate(model.layers) if layer.trainable for name in layer.trainable_names]
    before = {(i, n): model.layers[i].weights_dict[n].copy() for i, n in keys}
    loss, _, grads = model.compute_gradients(x, y)
    gradients = {key: np.array(g, copy=True) for key, g in zip(keys, grads)}
    model.apply_gradients(grads)
    after = {(i, n): model.layers[i].weights_dict[n].copy() for i, n in keys}
    return StepRecord(np.asarray(indices), float(loss), before, after, gradients,
                      type(model.optimizer).__name__, int(model.optimizer.iterations))


# ----- the optimizer's formula, as its module documents it --------------------------------------
def optimizer_formula(opt) -> tuple[str, str, str]:
    """(name, update rule, hyperparameters) of an engine optimizer, for display."""
    lr = f"lr = {opt.learning_rate:g}"
    if isinstance(opt, optimizers.AdamW):
        return ("AdamW", "θ ← θ − lr·wd·θ;  m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  "
                "θ ← θ − lr·m̂/(√v̂ + ε)",
                f"{lr}, wd = {opt.weight_decay:g}, β₁ = {opt.beta_1:g}, β₂ = {opt.beta_2:g}, "
                f"ε = {opt.epsilon:g}")
    if isinstance(opt, optimizers.Adam):
        return ("Adam", "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  "
                "θ ← θ − lr·m̂/(√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)",
                f"{lr}, β₁ = {opt.beta_1:g}, β₂ = {opt.beta_2:g}, ε = {opt.epsilon:g}")
    if isinstance(opt, optimizers.RMSprop):
        if opt.momentum:
            rule = "v ← ρv + (1−ρ)g²;  b ← μb + g/(√v + ε);  θ ← θ − lr·b"
        else:
            rule = "v ← ρv + (1−ρ)g²;  θ ← θ − lr·g/(√v + ε)"
        return "RMSprop", rule, f"{lr}, ρ = {opt.rho:g}, μ = {opt.momentum:g}, ε = {opt.epsilon:g}"
    if isinstance(opt, optimizers.Adagrad):
        return ("Adagrad", "s ← s + g²;  θ ← θ − lr·g/(√s + ε)",
                f"{lr}, s₀ = {opt.initial_accumulator_value:g}, ε = {opt.epsilon:g}")
    if isinstance(opt, optimizers.SGD):
        if not opt.momentum:
            return "SGD", "θ ← θ − lr·g", lr
        if opt.nesterov:   # Nesterov momentum
            return "SGD", "b ← μb + g;  θ ← θ − lr·(g + μb)", f"{lr}, μ = {opt.momentum:g}"
        return "SGD", "b ← μb + g;  θ ← θ − lr·b", f"{lr}, μ = {opt.momentum:g}"
    return type(opt).__name__, "", lr
