"""Checks a data spec (a JSON-able dict) and fills in defaults; every problem becomes a
DataError naming the key and the value received."""

from __future__ import annotations

import numbers

from nnstudio.data.column_roles import MISSING_CHOICES, ROLES
from nnstudio.errors import DataError
from nnstudio.data.transforms import PLAYGROUND_FEATURES
from nnstudio.i18n import M_

CSV_DELIMITERS = (",", ";", "\t", "|")


def _number(key, value, lo, hi):
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not lo <= value <= hi:
        raise DataError(M_("errors", '"{key}" must be a number from {low} to {high}. Received: {key}={value!r}.')
                        .format(key=key, low=lo, high=hi, value=value))
    return float(value)


def _integer(key, value, lo, hi):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not lo <= value <= hi:
        raise DataError(M_("errors", '"{key}" must be a whole number from {low} to {high}. Received: {key}={value!r}.')
                        .format(key=key, low=lo, high=hi, value=value))
    return int(value)


def _choice(key, value, choices):
    if value not in choices:
        options = ", ".join(repr(c) for c in choices)
        raise DataError(M_("errors", '"{key}" must be one of {options}. Received: {key}={value!r}.')
                        .format(key=key, options=options, value=value))
    return value


def _boolean(key, value):
    if not isinstance(value, bool):
        raise DataError(M_("errors", '"{key}" must be true or false. Received: {key}={value!r}.')
                        .format(key=key, value=value))
    return value


def _text(key, value):
    if not isinstance(value, str) or not value:
        raise DataError(M_("errors", '"{key}" must be a non-empty text. Received: {key}={value!r}.')
                        .format(key=key, value=value))
    return value


def _text_list(key, value):
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise DataError(M_("errors", '"{key}" must be a list of names. Received: {key}={value!r}.')
                        .format(key=key, value=value))
    return list(value)


def _columns(key, value):
    """``{column: {"role": ..., "missing": ...}}`` (both optional) or None."""
    if value is None:
        return None
    ok = isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, dict) and set(v) <= {"role", "missing"}
        and v.get("role", "number") in ROLES and v.get("missing", "drop") in MISSING_CHOICES
        for k, v in value.items())
    if not ok:
        raise DataError(M_("errors", '"{key}" must map column names to a role ({roles}) and a way to treat gaps '
                                     "({choices}). Received: {key}={value!r}.")
                        .format(key=key, roles=", ".join(ROLES), choices=", ".join(MISSING_CHOICES), value=value))
    return {k: dict(v) for k, v in value.items()}


def _features(key, value):
    value = _text_list(key, value)
    if not value or len(set(value)) != len(value) or any(v not in PLAYGROUND_FEATURES for v in value):
        names = ", ".join(f'"{n}"' for n in PLAYGROUND_FEATURES)
        raise DataError(M_("errors", '"{key}" must list one or more different features from {names}. '
                                     "Received: {key}={value!r}.").format(key=key, names=names, value=value))
    return value


def _optional(check):
    """``check`` for a setting that may also be None (not set)."""
    return lambda k, v, r: None if v is None else check(k, v, r)


# key -> checker(key, value, ranges) returning the normalized value
CHECKS = {
    "noise": lambda k, v, r: _number(k, v, *r[k]),
    "train_ratio": lambda k, v, r: _number(k, v, *r[k]),
    "test_ratio": lambda k, v, r: _number(k, v, *r[k]),
    "n_samples": lambda k, v, r: _integer(k, v, *r[k]),
    "seed": lambda k, v, r: _integer(k, v, *r[k]),
    "input_features": lambda k, v, r: _features(k, v),
    "layout": lambda k, v, r: _choice(k, v, ("flat", "image")),
    "standardize": lambda k, v, r: _boolean(k, v),
    "other_input": lambda k, v, r: _boolean(k, v),
    "path": lambda k, v, r: _text(k, v),
    "target": _optional(lambda k, v, r: _text(k, v)),
    "features": _optional(lambda k, v, r: _text_list(k, v)),
    "task": lambda k, v, r: _choice(k, v, ("auto", "classification", "regression")),
    "missing": lambda k, v, r: _choice(k, v, ("auto", *MISSING_CHOICES)),
    "columns": lambda k, v, r: _columns(k, v),
    "delimiter": lambda k, v, r: _choice(k, v, (None, *CSV_DELIMITERS)),
    "has_header": _optional(lambda k, v, r: _boolean(k, v)),
    "size": lambda k, v, r: _integer(k, v, *r[k]),
    "channels": lambda k, v, r: _choice(k, v, (1, 3)),
}


def resolve(spec, default_spec: dict, ranges: dict) -> dict:
    """The spec with defaults filled in and every value checked and normalized."""
    unknown = sorted(set(spec) - set(default_spec))
    if unknown:
        raise DataError(M_("errors", 'The data set "{name}" has no setting {unknown}. Its settings are: {settings}.')
                        .format(name=spec["name"], unknown=", ".join(map(repr, unknown)),
                                settings=", ".join(sorted(default_spec))))
    merged = {**default_spec, **spec}
    return {k: v if k == "name" else CHECKS[k](k, v, ranges) for k, v in merged.items()}
