"""The layer protocol: configuration in ``__init__``, weights in ``build``, then
``forward``/``backward`` side by side.

Weights live in ``self.weights_dict`` in Keras's order (what ``get_weights`` returns);
``self.trainable_names`` says which of them the optimizer updates, and ``backward`` fills
``self.grads`` with one gradient per trainable name. Shapes exclude the batch axis.

Inside a built ``Sequential`` the trainable weights are views of one flat array and their
gradients views of another (one elementwise optimizer pass updates them all): weights are set
in place (``set_weights``, ``w[...] = …``), and ``backward`` overwrites ``grads`` in place, so
copy a gradient you want to keep past the next backward pass.
"""

from __future__ import annotations

import copy

import numpy as np

from nnstudio.engine import backend
from nnstudio.errors import ShapeError
from nnstudio.i18n import M_


def check_positive_int(arg: str, value, allow_none=False):
    if allow_none and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value <= 0:
        raise ValueError(M_("errors", "Expected a positive integer. Received: {arg}={value!r}")
                         .format(arg=arg, value=value))
    return int(value)


def check_rate(arg: str, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        raise ValueError(M_("errors", "Expected a number in [0, 1). Received: {arg}={value!r}")
                         .format(arg=arg, value=value))
    return float(value)


def describe_shape(shape) -> str:
    """Plain words for a shape without batch axis: 'a vector of 64', 'an image 8×8×1'."""
    shape = tuple(shape)
    if len(shape) == 1:
        return M_("errors", "a vector of {size}").format(size=shape[0])
    if len(shape) == 3:
        return M_("errors", "an image {height}×{width}×{channels}").format(
            height=shape[0], width=shape[1], channels=shape[2])
    return M_("errors", "a tensor of shape {dims}").format(dims="×".join(str(d) for d in shape))


def forward_through(layers, x, training=False):
    """``x`` through ``layers`` in order."""
    for layer in layers:
        x = layer.forward(x, training)
    return x


def backward_through(layers, dy):
    """``dy`` back through ``layers`` (the last first), filling their ``grads``; returns dL/dx, or
    None where no layer below needs it (see ``need_input_grad``)."""
    for layer in reversed(layers):
        dy = layer.backward(dy)
        if dy is None:
            break
    return dy


class Layer:
    #: what a .keras file holds for this layer besides its get_config(): the Keras arguments the engine
    #: does not have, at the values it behaves as (engine/saving/keras_layers.py writes them)
    KERAS_CONSTANTS: dict = {}
    #: Keras writes the input shape it was built for (``build_config``) with this layer
    KERAS_BUILDS = False

    #: keys of get_config beyond name/trainable; subclasses list their constructor arguments
    def __init__(self, name=None, trainable=True, dtype=None, input_shape=None, input_dim=None, **kwargs):
        kwargs.pop("batch_input_shape", None)
        kwargs.pop("autocast", None)
        if kwargs:
            key = next(iter(kwargs))
            raise ValueError(M_("errors", "Unrecognized keyword argument for {layer}. Received: {key}={value!r}")
                             .format(layer=type(self).__name__, key=key, value=kwargs[key]))
        if name is not None and (not isinstance(name, str) or not name):
            raise ValueError(M_("errors", "Expected a non-empty string. Received: name={name!r}").format(name=name))
        self.name = name or backend.unique_name(backend.to_snake(type(self).__name__))
        self.trainable = bool(trainable)
        self.dtype = dtype
        if input_dim is not None:
            input_shape = (input_dim,)
        self.declared_input_shape = tuple(input_shape) if input_shape is not None else None
        self.built = False
        self.input_shape = None
        self.output_shape = None
        self.weights_dict: dict[str, np.ndarray] = {}
        self.trainable_names: tuple[str, ...] = ()
        self.grads: dict[str, np.ndarray] = {}
        self.regularizers: dict = {}  # weight name -> Regularizer
        self.need_input_grad = True  # False when no layer below has weights: dx is never used
        # A ReLU (forward, and its backward mask dz = dy·[y > 0]) can be applied by the layer above
        # on its own, smaller output and gradient (a max-pooling: see Sequential.build). The layer
        # below then leaves it out in training: its training output is what comes before the ReLU.
        self.relu_done_above = False
        self.apply_relu_below = False
        # The top-left (height, width) of this layer's image output that the layer above reads
        # in training, when it reads less (a valid pooling drops the last odd row or column):
        # a layer that can leaves the rest out of its training output (see Sequential.build).
        self.output_used = None
        # (ph, pw) when the layer above is a max-pooling whose ph×pw windows tile this layer's
        # output: a layer that can then writes its training output in the windows' phase order
        # (see conv.py), which makes the pooling's passes contiguous.
        self.output_phases = None

    # ----- shapes and weights ---------------------------------------------------------
    def compute_output_shape(self, input_shape):
        """Output shape for ``input_shape`` (no batch); raises ShapeError when it cannot fit."""
        return tuple(input_shape)

    def weight_shapes(self, input_shape) -> dict:
        """Name -> shape of every weight, in Keras order (no allocation: used for counting)."""
        return {}

    def initial_value(self, name, shape):
        return np.zeros(shape, dtype=backend.floatx())

    def build(self, input_shape):
        input_shape = tuple(int(d) for d in input_shape)
        self.output_shape = self.compute_output_shape(input_shape)
        self.input_shape = input_shape
        self.weights_dict = {n: self.initial_value(n, s) for n, s in self.weight_shapes(input_shape).items()}
        self.built = True

    def count_params_for(self, input_shape) -> int:
        return int(sum(int(np.prod(s)) for s in self.weight_shapes(tuple(input_shape)).values()))

    def count_params(self) -> int:
        return int(sum(w.size for w in self.weights_dict.values()))

    @property
    def trainable_params(self):
        return [self.weights_dict[n] for n in self.trainable_names] if self.trainable else []

    def get_weights(self):
        return [w.copy() for w in self.weights_dict.values()]

    def set_weights(self, weights):
        weights = list(weights)
        names = list(self.weights_dict)
        if len(weights) != len(names):
            raise ValueError(M_("errors", "Layer '{layer}' expects {expected} weight arrays, but received {received}.")
                             .format(layer=self.name, expected=len(names), received=len(weights)))
        for n, w in zip(names, weights):
            w = np.asarray(w)
            if w.shape != self.weights_dict[n].shape:
                raise ValueError(M_("errors", "Layer '{layer}' weight '{weight}' has shape {expected}, "
                                              "but the value given has shape {received}.")
                                 .format(layer=self.name, weight=n, expected=self.weights_dict[n].shape,
                                         received=w.shape))
            self.weights_dict[n][...] = w  # in place: optimizer slots stay attached

    def grad_buffer(self, name, shape, dtype):
        """The array ``backward`` writes the gradient of weight ``name`` into. It is kept from step
        to step (a model makes it a view of its flat gradient buffer), so backward fills it in place."""
        g = self.grads.get(name)
        if g is None or g.shape != tuple(shape) or g.dtype != dtype:
            g = self.grads[name] = np.empty(shape, dtype)
        return g

    #: True for layers that can apply the ReLU of the layer below, forward and backward (see __init__)
    can_apply_relu = False

    #: True when training treats every sample on its own and draws nothing at random: a batch may
    #: then be split over threads (engine/sharded_step.py). Layers that mix samples (batch
    #: normalization) or draw masks (dropout) keep False.
    per_sample = False
    #: attributes that a shard's copy keeps of its own from step to step (buffers, thread choices),
    #: besides its gradients; each is created by calling its class with no arguments
    SHARD_OWN: tuple[str, ...] = ()

    def shard_state(self) -> dict:
        """What a shard's copy of this layer keeps of its own (see :meth:`shard_copy`)."""
        return {"grads": {}, **{name: type(getattr(self, name))() for name in self.SHARD_OWN}}

    def shard_copy(self, state: dict):
        """This layer for one part of a batch, on another thread: the same weights and settings,
        with ``state`` (from :meth:`shard_state`, kept by the caller) for its gradients and
        buffers, and its own activation function (some keep what backward reuses). Its kernel
        regularizer's gradient is left out: the whole batch's layer adds it once."""
        twin = copy.copy(self)
        twin.__dict__.update(state)
        if hasattr(self, "activation"):
            twin.activation = copy.copy(self.activation)
        if getattr(self, "kernel_regularizer", None) is not None:
            twin.kernel_regularizer = None
        return twin

    def outputs_relu(self) -> bool:
        """True when this layer's output is a ReLU of what it computes (its backward masks by y > 0)."""
        return False

    #: True for layers that can write their training output in the phase order of the max-pooling above
    writes_phases = False

    def phases_below(self, input_shape):
        """(ph, pw) when this layer can take its training input in the phase order of its
        ph×pw windows (see ``output_phases``); else None."""
        return None

    def input_used(self, input_shape):
        """The top-left (height, width) of an image input that training reads, when it is less
        than all of it; else None."""
        return None

    def regularization_penalty(self) -> float:
        return sum(r.penalty(self.weights_dict[n]) for n, r in self.regularizers.items())

    # ----- computation ----------------------------------------------------------------
    def forward(self, x, training=False):
        raise NotImplementedError

    def backward(self, dy):
        raise NotImplementedError

    def __call__(self, x, training=False):
        """The layer on its own (Keras's ``layer(x, training=…)``): its whole output, without the
        shortcuts a Sequential's training step takes with the neighbours (a ReLU left to the
        pooling above, rows the pooling does not read, the pooling's phase order)."""
        x = np.asarray(x, dtype=backend.floatx())
        if not self.built:
            self.build(x.shape[1:])
        shortcuts = (self.relu_done_above, self.apply_relu_below, self.output_used, self.output_phases)
        if not training or shortcuts == (False, False, None, None):
            return self.forward(x, training=training)
        self.relu_done_above = self.apply_relu_below = False
        self.output_used = self.output_phases = None
        try:
            return self.forward(x, training=training)
        finally:
            self.relu_done_above, self.apply_relu_below, self.output_used, self.output_phases = shortcuts

    # ----- configuration --------------------------------------------------------------
    def get_config(self) -> dict:
        cfg = {"name": self.name, "trainable": self.trainable}
        if self.declared_input_shape is not None:
            cfg["input_shape"] = list(self.declared_input_shape)
        return cfg

    @classmethod
    def from_config(cls, config):
        return cls(**config)

    def shape_error(self, reason):
        """A ShapeError that names this layer; ``reason`` (a Message) is kept for the builder."""
        return ShapeError(M_("errors", "{layer_type} '{layer}': {reason}")
                          .format(layer_type=type(self).__name__, layer=self.name, reason=reason),
                          layer_name=self.name, reason=reason)

    def __repr__(self):
        return f"<{type(self).__name__} name={self.name}>"
