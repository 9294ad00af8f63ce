"""The declared shape of ``project.json``: the type and range of every field, checked before
anything is built from a file, so that a malformed file gets one message naming the field
(``training.batch_size must be a whole number from 1 to 1000000 (it is "ten")``).

The schema is data (``PROJECT``); :func:`check` walks a parsed file against it. Layer configs,
the data spec and the training settings are checked here for their shape and then by their own
owners (the engine's layer classes, ``resolve_spec``, ``TrainingConfig.validate``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields

from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_
from nnstudio.project.training_config import TrainingConfig

MAX_TEXT = 1_000_000
MAX_LAYERS = 100_000
MAX_RUNS = 10_000
MAX_EPOCH_LOGS = 1_000_000


class SchemaError(ValueError):
    """``field`` (a dotted path) does not match the schema; ``expected`` says what it must be."""

    def __init__(self, field, expected, value, missing=False):
        super().__init__(f"{field}: {expected}")
        self.field, self.expected, self.value, self.missing = field, expected, value, missing


@dataclass(frozen=True)
class Int:
    low: int = 0
    high: int = 2**31 - 1

    def check(self, value, where):
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise SchemaError(where, M_("errors", "a whole number from {low} to {high}")
                              .format(low=self.low, high=self.high), value)


@dataclass(frozen=True)
class Num:
    low: float = -math.inf
    high: float = math.inf
    finite: bool = True

    def check(self, value, where):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and math.isnan(value):
            ok = not self.finite
        elif ok:
            ok = (math.isfinite(value) or not self.finite) and self.low <= value <= self.high
        if not ok:
            expected = (M_("errors", "a number") if self.low == -math.inf and self.high == math.inf
                        else M_("errors", "a number from {low} to {high}").format(low=self.low, high=self.high))
            raise SchemaError(where, expected, value)


@dataclass(frozen=True)
class Bool:
    def check(self, value, where):
        if not isinstance(value, bool):
            raise SchemaError(where, M_("errors", "true or false"), value)


@dataclass(frozen=True)
class Text:
    max_length: int = MAX_TEXT

    def check(self, value, where):
        if not isinstance(value, str) or len(value) > self.max_length:
            raise SchemaError(where, M_("errors", "a text of at most {count} characters")
                              .format(count=f"{self.max_length:,}"), value)


@dataclass(frozen=True)
class Maybe:
    """``inner`` or null."""
    inner: object

    def check(self, value, where):
        if value is not None:
            self.inner.check(value, where)


@dataclass(frozen=True)
class ListOf:
    item: object
    max_length: int = MAX_TEXT

    def check(self, value, where):
        if not isinstance(value, list) or len(value) > self.max_length:
            raise SchemaError(where, M_("errors", "a list of at most {count} entries")
                              .format(count=f"{self.max_length:,}"), value)
        for i, item in enumerate(value):
            self.item.check(item, f"{where}[{i}]")


@dataclass(frozen=True)
class Mapping:
    """A JSON object; ``values`` (when given) checks every value, whatever its key."""
    values: object = None

    def check(self, value, where):
        if not isinstance(value, dict):
            raise SchemaError(where, M_("errors", "an object"), value)
        if self.values is not None:
            for key, item in value.items():
                self.values.check(item, f"{where}.{key}")


@dataclass(frozen=True)
class Obj:
    """A JSON object with named fields: ``{name: (spec, required)}``; other keys are ignored."""
    fields: dict

    def check(self, value, where):
        Mapping().check(value, where)
        for name, (spec, required) in self.fields.items():
            path = f"{where}.{name}" if where else name
            if name in value:
                spec.check(value[name], path)
            elif required:
                raise SchemaError(path, None, None, missing=True)


def _training_fields() -> dict:
    """The training settings' fields, typed from TrainingConfig (finer ranges: TrainingConfig.validate)."""
    counts = Int(1, TrainingConfig.MAX_COUNT)
    kinds = {"int": Int(0, TrainingConfig.MAX_SEED), "float": Num(), "bool": Bool(), "str": Text(100)}
    return {f.name: (counts if f.name in ("epochs", "batch_size") else
                     kinds[f.type if isinstance(f.type, str) else f.type.__name__], False)
            for f in fields(TrainingConfig)}


_OPTIONAL, _REQUIRED = False, True
LAYER = Obj({"class_name": (Text(100), _REQUIRED), "config": (Mapping(), _OPTIONAL)})
RUN = Obj({
    "id": (Int(0, 10**9), _REQUIRED),
    "name": (Text(1000), _REQUIRED),
    "color": (Text(100), _OPTIONAL),
    "settings": (Maybe(Mapping()), _OPTIONAL),
    "epochs": (Maybe(ListOf(Mapping(Maybe(Num(finite=False))), MAX_EPOCH_LOGS)), _OPTIONAL),
    "markers": (Maybe(ListOf(Obj({"epoch": (Num(), _REQUIRED), "text": (Text(10_000), _REQUIRED)}))), _OPTIONAL),
    "status": (Text(100), _OPTIONAL),   # a word this version does not know reads as finished (RunStatus.read)
})
GOAL = Obj({"metric": (Text(100), _OPTIONAL), "threshold": (Num(), _OPTIONAL), "at_least": (Bool(), _OPTIONAL),
            "max_hidden_layers": (Maybe(Int(0, MAX_LAYERS)), _OPTIONAL)})
LESSON = Obj({"enabled": (Bool(), _OPTIONAL), "title": (Text(10_000), _OPTIONAL),
              "instructions": (Text(), _OPTIONAL), "hidden": (ListOf(Text(200), 10_000), _OPTIONAL),
              "locked": (ListOf(Text(200), 10_000), _OPTIONAL), "goal": (Maybe(GOAL), _OPTIONAL)})
PROJECT = Obj({
    "schema_version": (Int(1, 2**31 - 1), _REQUIRED),
    "app": (Text(1000), _OPTIONAL),
    "title": (Text(10_000), _OPTIONAL),
    "description": (Text(), _OPTIONAL),
    "teacher_note": (Text(), _OPTIONAL),
    "network": (Obj({"layers": (ListOf(LAYER, MAX_LAYERS), _REQUIRED)}), _REQUIRED),
    "data": (Maybe(Obj({"name": (Text(100), _REQUIRED)})), _OPTIONAL),
    "training": (Maybe(Obj(_training_fields())), _OPTIONAL),
    "history": (Maybe(Obj({"runs": (ListOf(RUN, MAX_RUNS), _OPTIONAL)})), _OPTIONAL),
    "lesson": (Maybe(LESSON), _OPTIONAL),
    "preprocessing": (Maybe(Mapping()), _OPTIONAL),
    "weights": (Maybe(Obj({"count": (Maybe(Int(0, 10 * MAX_LAYERS)), _OPTIONAL),
                           "optimizer": (Maybe(Mapping()), _OPTIONAL)})), _OPTIONAL),
})


def shown(value) -> str:
    """A short JSON rendering of ``value`` for a message (never a Python name)."""
    try:
        text = json.dumps(value, allow_nan=True, ensure_ascii=False)
    except (TypeError, ValueError):
        text = "?"
    return text if len(text) <= 40 else text[:37] + "…"


def check(data, file: str) -> None:
    """Raise ProjectFileError naming the first field of ``data`` that does not fit the schema."""
    try:
        PROJECT.check(data, "")
    except SchemaError as e:
        if e.missing:
            raise ProjectFileError(M_("errors", "{file} is damaged: it has no {field}.")
                                   .format(file=file, field=e.field)) from None
        raise ProjectFileError(M_("errors", "{file} is damaged: {field} must be {expected} (it is {value}).")
                               .format(file=file, field=e.field or M_("errors", "the project description"),
                                       expected=e.expected, value=shown(e.value))) from None
