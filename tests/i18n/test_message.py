"""Messages read as plain English everywhere (str(), logs, the command line, Keras-style tests)
and still remember what the GUI needs to translate them."""

from __future__ import annotations

import copy

import pytest

from nnstudio.engine.layers import Dense
from nnstudio.errors import ShapeError
from nnstudio.i18n import M_, Message, message_of


def test_a_message_is_its_english_text_with_conversions_and_format_specs():
    m = M_("errors", "Expected {op} {low:g}. Received: {arg}={value!r} ({{literal}})").format(
        op="≥", low=0.0, arg="rate", value="x")
    assert m == "Expected ≥ 0. Received: rate='x' ({literal})"
    assert isinstance(m, str) and str(m) == m and f"{m}" == m
    assert (m.context, m.template) == ("errors", "Expected {op} {low:g}. Received: {arg}={value!r} ({{literal}})")
    assert m.fields == {"op": "≥", "low": 0.0, "arg": "rate", "value": "x"}
    plain = M_("validation", "nothing")
    assert plain == "nothing" and plain.fields is None


def test_messages_survive_copies_and_nesting():
    inner = M_("errors", "a vector of {size}").format(size=4)
    outer = M_("errors", "it gets {shape}.").format(shape=inner)
    assert outer == "it gets a vector of 4."
    clone = copy.deepcopy(outer)
    assert type(clone) is Message and clone == outer and clone.fields["shape"].fields == {"size": 4}


def test_named_fields_only():
    with pytest.raises(TypeError):
        M_("errors", "{0}").format(1)


def test_errors_keep_their_message_and_read_exactly_as_before():
    with pytest.raises(ValueError) as info:
        Dense(0)
    assert str(info.value) == "Expected a positive integer. Received: units=0"
    assert message_of(info.value).template == "Expected a positive integer. Received: {arg}={value!r}"
    assert message_of(KeyError("network")) == "'network'"       # anything else: its plain text
    assert type(message_of(ValueError("plain"))) is str


def test_a_shape_error_keeps_the_reason_without_the_layer_name():
    with pytest.raises(ShapeError) as info:
        Dense(3, name="d").compute_output_shape((8, 8, 1))
    assert str(info.value) == "Dense 'd': Dense needs a vector; it gets an image 8×8×1. Add a Flatten layer before it."
    assert info.value.reason == "Dense needs a vector; it gets an image 8×8×1. Add a Flatten layer before it."
    assert isinstance(info.value.reason, Message)
