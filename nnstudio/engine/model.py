"""``Sequential``: a stack of layers with Keras's compile / fit / evaluate / predict."""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine import backend, flat_layout, losses as losses_mod, metrics as metrics_mod
from nnstudio.engine import optimizers as optimizers_mod
from nnstudio.engine import layers as layers_mod
from nnstudio.engine.fit_loop import FitLoop, check_finite, split_validation
from nnstudio.engine.layers import InputLayer, Layer
from nnstudio.engine.layers.base import backward_through, forward_through
from nnstudio.engine.sharded_step import Sharding
from nnstudio.errors import DataError, ShapeError
from nnstudio.i18n import M_


def _check_batch_size(batch_size):
    if batch_size is None:
        return 32
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or batch_size <= 0:
        raise ValueError(M_("errors", "Expected a positive integer. Received: {arg}={value!r}")
                         .format(arg="batch_size", value=batch_size))
    return int(batch_size)


def _verbose(verbose):
    return 1 if verbose == "auto" else int(verbose)


class Sequential:
    def __init__(self, layers=None, name=None, trainable=True):
        if name is not None and not isinstance(name, str):
            raise ValueError(M_("errors", "Expected a string. Received: name={name!r}").format(name=name))
        self.name = name or backend.unique_name("sequential")
        self.input_layer: InputLayer | None = None
        self.layers: list[Layer] = []
        self.built = False
        self.optimizer = None
        self.loss = None
        self.metrics: list = []
        self.compiled = False
        self.stop_training = False
        self.history = None
        self._extend(layers or [])

    # ----- structure -------------------------------------------------------------------
    def add(self, layer):
        self._extend([layer])

    def _extend(self, layers):
        """Add ``layers`` in order, then build once (building after each would re-pack every
        weight each time: quadratic in the number of layers)."""
        for layer in layers:
            self._append(layer)
        if layers and self.input_layer is not None:
            self.build()

    def _append(self, layer):
        if not isinstance(layer, Layer):
            raise ValueError(M_("errors", "Expected a layer. Received: layer={layer!r}").format(layer=layer))
        if isinstance(layer, InputLayer):
            if self.input_layer is not None or self.layers:
                raise ValueError(M_("errors", "An Input can only be the first entry of a Sequential model."))
            self.input_layer = layer
        else:
            if self.input_layer is None and not self.layers and layer.declared_input_shape is not None:
                self.input_layer = InputLayer(shape=layer.declared_input_shape)
            self.layers.append(layer)
        self.built = False

    def pop(self):
        layer = self.layers.pop()
        self.built = False
        return layer

    @property
    def input_shape(self):
        return self.input_layer.shape if self.input_layer is not None else None

    @property
    def output_shape(self):
        return self.layers[-1].output_shape if self.layers and self.built else None

    def infer_shapes(self, input_shape=None):
        """Output shape of each layer, without allocating weights; raises ShapeError at the first misfit."""
        shape = tuple(input_shape or self.input_shape or ())
        if not shape:
            raise ShapeError(M_("errors", "The model does not know its input shape yet: add an Input layer."))
        out = []
        for i, layer in enumerate(self.layers):
            try:
                shape = layer.compute_output_shape(shape)
            except ShapeError as e:
                e.layer_index = i
                raise
            out.append(shape)
        return out

    def build(self, input_shape=None, rng=None):
        """Create every layer's weights for ``input_shape`` (one sample, no batch axis); random
        initial weights come from ``rng`` (a ``numpy.random.Generator``) when given, else from the
        engine's shared generator."""
        with backend.using_generator(rng):
            self._build(input_shape)

    def _build(self, input_shape):
        if input_shape is not None:
            input_shape = tuple(int(d) for d in input_shape)
            if self.input_layer is None:
                self.input_layer = InputLayer(shape=input_shape)
            else:
                self.input_layer.compute_output_shape(input_shape)  # raises on mismatch
        if self.input_layer is None:
            raise ShapeError(M_("errors", "The model does not know its input shape yet: add an Input layer "
                                          "or call build()."))
        shape = self.input_layer.shape
        for i, layer in enumerate(self.layers):
            if layer.built and layer.input_shape == tuple(shape):
                shape = layer.output_shape
                continue
            if layer.built:
                raise ShapeError(
                    M_("errors", "{layer_type} '{layer}' was built for inputs of shape {built}, but now gets {shape}.")
                    .format(layer_type=type(layer).__name__, layer=layer.name, built=layer.input_shape,
                            shape=tuple(shape)), layer_index=i, layer_name=layer.name)
            try:
                layer.build(shape)
            except ShapeError as e:
                e.layer_index = i
                raise
            shape = layer.output_shape
        # Nothing below the first layer with trainable weights needs a gradient: that layer skips
        # its input-gradient product (and the layers under it are not run backward in training).
        upstream = False
        for layer in self.layers:
            layer.need_input_grad = upstream
            upstream = upstream or bool(layer.trainable and layer.trainable_names)
        for below, above in zip([None, *self.layers], self.layers + [None]):
            fused = below is not None and above is not None and above.can_apply_relu and below.outputs_relu()
            if below is not None:
                below.relu_done_above = fused
                below.output_used = above.input_used(below.output_shape) if above is not None else None
                below.output_phases = (above.phases_below(below.output_shape)
                                       if above is not None and below.writes_phases else None)
            if above is not None:
                above.apply_relu_below = fused
        self._variables = [(layer, n) for layer in self.layers if layer.trainable for n in layer.trainable_names]
        flat_layout.pack(self._variables)
        self._var_arrays = [layer.weights_dict[n] for layer, n in self._variables]
        self._regularized = [layer for layer in self.layers if layer.regularizers]
        self._sharding = Sharding(self)
        self.built = True
        if self.optimizer is not None:
            self.optimizer.slots = None

    def _ensure_built(self, x):
        if not self.built:
            self.build(x.shape[1:])
        elif tuple(x.shape[1:]) != self.input_layer.shape:
            from nnstudio.engine.layers.base import describe_shape

            first = self.layers[0] if self.layers else self.input_layer
            raise ShapeError(
                M_("errors", "{layer_type} '{layer}' (the first layer) expects each sample to be {expected}, "
                             "but the data gives {data}.")
                .format(layer_type=type(first).__name__, layer=first.name,
                        expected=describe_shape(self.input_layer.shape), data=describe_shape(x.shape[1:])),
                layer_index=0, layer_name=first.name)

    @property
    def weights(self):
        return [w for layer in self.layers for w in layer.weights_dict.values()]

    @property
    def trainable_weights(self):
        return [layer.weights_dict[n] for layer, n in getattr(self, "_variables", [])]

    def get_weights(self):
        return [w.copy() for w in self.weights]

    def get_optimizer_state(self):
        """A copy of the optimizer's memory (``OptimizerState``): step count and slots."""
        self._require_compiled()
        return self.optimizer.get_state()

    def set_optimizer_state(self, state) -> None:
        """Continue from ``state`` (None: the optimizer starts afresh); a ValueError when it
        belongs to another optimizer or network, and the optimizer then starts afresh."""
        self._require_compiled()
        if state is None:
            self.optimizer.build(self.trainable_weights)
            self.optimizer.iterations = 0
            return
        try:
            self.optimizer.set_state(state, self.trainable_weights)
        except ValueError:
            self.optimizer.build(self.trainable_weights)
            self.optimizer.iterations = 0
            raise

    def apply_gradients(self, gradients) -> None:
        """One optimizer step with ``gradients`` (one per trainable weight, as compute_gradients gives)."""
        self._require_compiled()
        self.optimizer.apply(self._var_arrays, list(gradients))

    def set_weights(self, weights):
        weights = list(weights)
        expected = sum(len(layer.weights_dict) for layer in self.layers)
        if len(weights) != expected:
            raise ValueError(M_("errors", "The model has {expected} weight arrays, but {given} were given.")
                             .format(expected=expected, given=len(weights)))
        i = 0
        for layer in self.layers:
            k = len(layer.weights_dict)
            layer.set_weights(weights[i:i + k])
            i += k

    def count_params(self):
        if not self.built:
            raise ValueError(M_("errors", "Model '{model}' is not built yet: give it an Input or call build().")
                             .format(model=self.name))
        return sum(layer.count_params() for layer in self.layers)

    def get_layer(self, name=None, index=None):
        if index is not None:
            return self.layers[index]
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise ValueError(M_("errors", "No such layer: {name}. Existing layers are: {names}.")
                         .format(name=name, names=[la.name for la in self.layers]))

    # ----- compile / train ------------------------------------------------------------
    def compile(self, optimizer="rmsprop", loss=None, metrics=None, **kwargs):
        if loss is None:
            raise ValueError(M_("errors", "Expected a loss. Received: loss=None"))
        self.optimizer = optimizers_mod.get(optimizer)
        self.loss = losses_mod.get(loss)
        if metrics is not None and not isinstance(metrics, (list, tuple)):
            raise ValueError(M_("errors", "Expected a list of metrics. Received: metrics={value!r}")
                             .format(value=metrics))
        self.metrics = [metrics_mod.get(m, self.loss) for m in (metrics or [])]
        self.metrics_names = [m.name for m in self.metrics]
        self.compiled = True

    def _require_compiled(self):
        if not self.compiled:
            raise ValueError(M_("errors", "You must call compile() before training or evaluating the model."))

    def prepare(self, x, y):
        """Inputs as contiguous floats, targets as the loss wants them; every data problem is
        reported here, before a single weight changes, as a :class:`DataError`."""
        x = backend.as_float_array(x)
        check_finite("inputs", x)
        if y is None:
            raise ValueError(M_("errors", "Expected targets. Received: y=None"))
        sparse = isinstance(self.loss, losses_mod.SparseCategoricalCrossentropy)
        if sparse:
            y = np.asarray(y)
            if y.ndim > 1 and int(np.prod(y.shape[1:])) == 1:
                y = y.reshape(len(y))
            if y.ndim != 1:
                raise DataError(M_("errors", "Class labels must be one number per sample; they have shape {shape}. "
                                             "Use categorical cross-entropy for one-hot targets.").format(shape=y.shape))
            if np.issubdtype(y.dtype, np.floating):
                check_finite("targets", y)
                if not np.all(y == np.round(y)):
                    raise DataError(M_("errors", "Class labels must be whole numbers 0, 1, 2, …"))
            elif not np.issubdtype(y.dtype, np.integer) and y.dtype != np.bool_:
                raise DataError(M_("errors", "Class labels must be whole numbers 0, 1, 2, …; they are of type {dtype}.")
                                .format(dtype=y.dtype))
            y = y.astype(np.intp, copy=False)
        else:
            y = backend.as_float_array(y)
            check_finite("targets", y)
        if len(x) != len(y):
            raise DataError(M_("errors", "The inputs have {inputs} samples but the targets have {targets}.")
                            .format(inputs=len(x), targets=len(y)))
        if len(x) == 0:
            raise DataError(M_("errors", "There is no data to train on (0 samples)."))
        self._ensure_built(x)
        out = self.output_shape or self.input_layer.shape
        if sparse:
            if len(out) != 1:
                raise DataError(M_("errors", "Class labels need a vector output, but the model gives {shape}.")
                                .format(shape=out))
            low, high = int(y.min()), int(y.max())
            if low < 0 or high >= out[-1]:
                raise DataError(M_("errors", "Class labels must be 0 … {last} for an output of {units} units; "
                                             "the data has labels from {low} to {high}.")
                                .format(last=out[-1] - 1, units=out[-1], low=low, high=high))
        elif y.shape[1:] != out:
            if int(np.prod(y.shape[1:])) != int(np.prod(out)):
                raise DataError(M_("errors", "Each target has shape {target}, but the model's output has shape {output}.")
                                .format(target=y.shape[1:], output=out))
            y = y.reshape((len(y), *out))
        return x, y

    def reset_metrics(self):
        for m in self.metrics:
            m.reset()

    def metric_results(self):
        return {m.name: m.result() for m in self.metrics}

    def forward(self, x, training=False):
        return forward_through(self.layers, x, training)

    def backward(self, dy):
        """Back-propagate ``dy`` through every layer, filling their ``grads``; returns dL/dx, or
        None where no layer below needs it (see ``need_input_grad``)."""
        return backward_through(self.layers, dy)

    def _loss_and_backward(self, x, y):
        """Forward, loss and backward for one batch: fills every layer's ``grads`` buffers in place
        (on all the engine's threads, a part of the batch each, when that pays: sharded_step.py)."""
        parts = self._sharding.parts(len(x))
        if parts is not None:
            loss, out = self._sharding.step(x, y, parts)
        else:
            out = self.forward(x, True)
            loss, dy = self.loss.forward_backward(y, out)
            self.backward(dy)
        if self._regularized:
            loss += sum(layer.regularization_penalty() for layer in self._regularized)
        return loss, out

    def release_helpers(self):
        """End the helper processes that take parts of large training steps (sharded_step.py);
        later steps start them again when they pay. Otherwise they end with the model."""
        if getattr(self, "_sharding", None) is not None:
            self._sharding.release_helpers()

    def compute_gradients(self, x, y):
        """Loss and gradients for one batch (no update): ``(loss, out, [grad per trainable weight])``.
        The gradients are copies: the layers' own ``grads`` are overwritten by the next pass."""
        loss, out = self._loss_and_backward(x, y)
        return loss, out, [layer.grads[n].copy() for layer, n in self._variables]

    def train_batch(self, x, y):
        """One optimizer step on an already prepared batch; updates metrics; returns the loss."""
        loss, out = self._loss_and_backward(x, y)
        # the gradient buffers themselves: views of one flat array, which the optimizer updates from
        self.optimizer.apply(self._var_arrays, [layer.grads[n] for layer, n in self._variables])
        for m in self.metrics:
            m.update(y, out)
        return loss

    def train_on_batch(self, x, y, return_dict=False):
        self._require_compiled()
        x, y = self.prepare(x, y)
        self.reset_metrics()
        loss = self.train_batch(x, y)
        return self._result(loss, return_dict)

    def _result(self, loss, return_dict):
        results = self.metric_results()
        if return_dict:
            return {"loss": loss, **results}
        return [loss, *results.values()] if self.metrics else loss

    def fit_loop(self, x=None, y=None, batch_size=None, epochs=1, verbose="auto", callbacks=None,
                 validation_split=0.0, validation_data=None, shuffle=True, initial_epoch=0, seed=None):
        """The fit run as a generator of BatchEnd/EpochEnd events (see fit_loop.py); ``seed``
        gives every epoch its own generator (see ``FitLoop``)."""
        self._require_compiled()
        batch_size = _check_batch_size(batch_size)
        if isinstance(epochs, bool) or not isinstance(epochs, (int, np.integer)) or epochs < 0:
            raise ValueError(M_("errors", "Expected a non-negative integer. Received: {arg}={value!r}")
                             .format(arg="epochs", value=epochs))
        x, y = self.prepare(x, y)
        if validation_data is None:
            x, y, validation_data = split_validation(x, y, validation_split)
        else:
            vx, vy = validation_data[0], validation_data[1]
            validation_data = self.prepare(vx, vy)
        return FitLoop(self, x, y, batch_size=batch_size, epochs=int(epochs), verbose=_verbose(verbose),
                       callbacks=callbacks, validation_data=validation_data, shuffle=shuffle,
                       initial_epoch=initial_epoch, seed=seed)

    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose="auto", callbacks=None,
            validation_split=0.0, validation_data=None, shuffle=True, initial_epoch=0, **kwargs):
        return self.fit_loop(x, y, batch_size, epochs, verbose, callbacks, validation_split,
                             validation_data, shuffle, initial_epoch).run()

    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", return_dict=False, **kwargs):
        self._require_compiled()
        batch_size = _check_batch_size(batch_size)
        x, y = self.prepare(x, y)
        self.reset_metrics()
        total = 0.0
        for i in range(0, len(x), batch_size):
            xb, yb = x[i:i + batch_size], y[i:i + batch_size]
            out = self.forward(xb, False)
            total += self.loss.forward_backward(yb, out)[0] * len(xb)
            for m in self.metrics:
                m.update(yb, out)
        loss = total / len(x)
        if self._regularized:
            loss += sum(layer.regularization_penalty() for layer in self._regularized)
        result = self._result(loss, True)
        if _verbose(verbose):
            steps = math.ceil(len(x) / batch_size)
            print(f"{steps}/{steps} - " + " - ".join(f"{k}: {v:.4f}" for k, v in result.items()))
        return result if return_dict else self._result(loss, False)

    def predict(self, x, batch_size=None, verbose="auto", **kwargs):
        batch_size = _check_batch_size(batch_size)
        x = backend.as_float_array(x)
        self._ensure_built(x)
        if len(x) <= batch_size:
            return self.forward(x, False).copy()
        return np.concatenate([self.forward(x[i:i + batch_size], False) for i in range(0, len(x), batch_size)])

    def predict_on_batch(self, x):
        return self.predict(x, batch_size=max(len(x), 1))

    def __call__(self, x, training=False):
        x = backend.as_float_array(x)
        self._ensure_built(x)
        return self.forward(x, training)

    # ----- description / config ---------------------------------------------------------
    def summary(self, print_fn=None, line_length=None, **kwargs):
        from nnstudio.engine.summary import summary_text

        text = summary_text(self, line_length)
        (print_fn or print)(text)

    def get_config(self):
        layers = [layers_mod.serialize(layer) for layer in self.layers]
        if self.input_layer is not None:
            layers.insert(0, layers_mod.serialize(self.input_layer))
        return {"name": self.name, "layers": layers}

    @classmethod
    def from_config(cls, config):
        return cls([layers_mod.deserialize(spec) for spec in config.get("layers", [])], name=config.get("name"))

    def get_compile_config(self):
        if not self.compiled:
            return None
        return {"optimizer": optimizers_mod.serialize(self.optimizer), "loss": losses_mod.serialize(self.loss),
                "metrics": list(self.metrics_names)}

    def save(self, filepath, overwrite=True, **kwargs):
        from nnstudio.engine.saving import save_model

        save_model(self, filepath, overwrite=overwrite)

    def save_weights(self, filepath, overwrite=True):
        from nnstudio.engine.saving import save_weights

        save_weights(self, filepath, overwrite=overwrite)

    def load_weights(self, filepath):
        from nnstudio.engine.saving import load_weights

        load_weights(self, filepath)

    def __repr__(self):
        return f"<Sequential name={self.name}, built={self.built}>"
