"""The ``.nnstudio`` file: a zip of ``project.json`` and ``weights.npz`` (weights, optimizer state,
per-batch loss traces), read with ``allow_pickle=False`` and written atomically."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

from nnstudio._version import __version__
from nnstudio.engine.layers import LAYER_CLASSES
from nnstudio.data.registry import resolve_spec
from nnstudio.engine.optimizers import OptimizerState
from nnstudio.engine.saving.files import atomic_write
from nnstudio.engine.saving.safe_read import (MAX_BINARY_BYTES, MAX_DEPTH, MAX_JSON_BYTES, ZipReader, nesting_depth,
                                              out_of_memory, parse_json, read_npz)
from nnstudio.errors import DataError, ProjectFileError
from nnstudio.i18n import M_, message_of
from nnstudio.project import schema
from nnstudio.project.document import ProjectDocument
from nnstudio.project.history import History, RunStatus
from nnstudio.project.lesson import LessonSettings
from nnstudio.project.training_config import TrainingConfig

SCHEMA_VERSION = 1
MAX_TRACE = 5_000_000   # batch losses kept per run (a million batches is a long run already)


def project_to_json(doc: ProjectDocument) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "app": f"nnstudio {__version__}",
        "title": doc.title,
        "description": doc.description,
        "teacher_note": doc.teacher_note,
        "network": {"layers": doc.layers},
        "data": doc.data_spec,
        "preprocessing": doc.preprocessing,
        "training": doc.training.to_dict(),
        "history": doc.history.to_json(),
        "lesson": doc.lesson.to_json(),
        "weights": {"count": len(doc.weights) if doc.weights is not None else None,
                    "optimizer": doc.optimizer_state.optimizer if doc.optimizer_state is not None else None},
    }


def _weights_npz(doc: ProjectDocument) -> bytes:
    arrays = {}
    for i, w in enumerate(doc.weights or []):
        arrays[f"weights/{i:04d}"] = np.asarray(w)
    if doc.optimizer_state is not None:
        # the values the update formula names (Adam's m and v as torch has them), whatever
        # rescaled form the optimizer keeps them in
        arrays.update({f"optimizer/{k}": a for k, a in doc.optimizer_state.to_arrays().items()})
    for run in doc.history.runs:
        if run.batch_loss:
            arrays[f"history/{run.id}/batch_loss"] = np.asarray(run.batch_loss, dtype=np.float32)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def save_project(doc: ProjectDocument, path) -> None:
    """Write ``doc`` to ``path`` atomically (a temp file beside it, then rename)."""
    payload = json.dumps(project_to_json(doc), indent=1, allow_nan=True).encode("utf-8")
    weights = _weights_npz(doc)
    with atomic_write(path) as f:
        with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("project.json", payload)
            z.writestr("weights.npz", weights)


def load_project(path) -> ProjectDocument:
    """Read a ``.nnstudio`` file; every problem (running out of memory included) becomes a
    ProjectFileError in plain words. Nothing is built before the whole file passed its checks."""
    name = Path(path).name
    try:
        with ZipReader(path) as z:
            raw = z.read("project.json", MAX_JSON_BYTES, missing=M_(
                "errors", "{file} is not a complete NN Studio project (it has no {member}).")
                .format(file=name, member="project.json"))
            weights_raw = z.read("weights.npz", MAX_BINARY_BYTES) if z.has("weights.npz") else None
        data = parse_json(raw, name, "project.json")
        del raw
        if not isinstance(data, dict):
            raise ProjectFileError(M_("errors", "{file} is damaged: its project description is not an object.")
                                   .format(file=name))
        return project_from_json(data, weights_raw, name)
    except MemoryError:
        raise out_of_memory(name) from None
    except RecursionError:
        raise ProjectFileError(M_("errors", "{file} is damaged: it is nested too deeply to read.")
                               .format(file=name)) from None


def project_from_json(data: dict, weights_raw: bytes | None, name="project") -> ProjectDocument:
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectFileError(M_("errors", "{file} has no schema version; it is not an NN Studio project.")
                               .format(file=name))
    if version > SCHEMA_VERSION:
        raise ProjectFileError(M_("errors", "{file} was saved by a newer NN Studio (file format {version}; this "
                                            "version reads up to {supported}). Please update NN Studio to open it.")
                               .format(file=name, version=version, supported=SCHEMA_VERSION))
    if nesting_depth(data) > MAX_DEPTH:
        raise ProjectFileError(M_("errors", "{file} is damaged: it is nested too deeply to read.").format(file=name))
    schema.check(data, name)
    layers = data["network"]["layers"]
    for i, spec in enumerate(layers):
        cls = spec["class_name"]
        if cls not in LAYER_CLASSES:
            raise ProjectFileError(M_("errors", "{file} uses a layer type this version does not know: {kind!r} "
                                                "(layer '{layer}').")
                                   .format(file=name, kind=cls,
                                           layer=(spec.get("config") or {}).get("name", i + 1)))
    data_spec = _keep_encoding(dict(data.get("data") or {"name": "circle"}), data.get("preprocessing"))
    try:
        resolve_spec(data_spec)
    except DataError as e:
        raise ProjectFileError(M_("errors", "{file} is damaged: its data settings cannot be used: {reason}")
                               .format(file=name, reason=message_of(e))) from None
    try:
        training = TrainingConfig.from_dict(data.get("training") or {})
    except (TypeError, ValueError) as e:
        raise ProjectFileError(M_("errors", "{file} is damaged: its training settings cannot be used: {reason}")
                               .format(file=name, reason=message_of(e))) from None
    doc = ProjectDocument(layers=layers, data_spec=data_spec, training=training)
    doc.title = data.get("title", "Untitled")
    doc.description = data.get("description", "")
    doc.teacher_note = data.get("teacher_note", "")
    doc.lesson = LessonSettings.from_json(data.get("lesson"))
    doc.preprocessing = data.get("preprocessing")
    if doc.preprocessing is not None:
        _check_preprocessing(doc.preprocessing, name)
    weights_info = data.get("weights") or {}
    count = weights_info.get("count")
    arrays = read_npz(weights_raw, name, "weights.npz") if weights_raw is not None else {}
    del weights_raw
    if count:
        try:
            doc.weights = [arrays[f"weights/{i:04d}"] for i in range(count)]
        except KeyError:
            raise ProjectFileError(M_("errors", "{file} is damaged: some of its weights are missing.")
                                   .format(file=name)) from None
        _check_weight_shapes(doc, name)
        if "optimizer/iterations" in arrays:
            iterations = arrays["optimizer/iterations"]
            if iterations.shape != () or iterations.dtype.kind not in "iu" or int(iterations) < 0:
                raise ProjectFileError(M_("errors", "{file} is damaged: its optimizer state cannot be read.")
                                       .format(file=name))
        optimizer = weights_info.get("optimizer")
        doc.optimizer_state = OptimizerState.from_arrays(
            optimizer if isinstance(optimizer, dict) else None,
            {k[len("optimizer/"):]: a for k, a in arrays.items() if k.startswith("optimizer/")})
    doc.history = _history(data.get("history") or {}, arrays, name)
    return doc


def _history(data, arrays, name) -> History:
    """The runs, with their batch-loss traces (each at most MAX_TRACE long); a run saved while it was
    training is shown as stopped (the process that ran it is gone); an epoch's log without its
    number gets its place in the list."""
    batch_losses = {}
    total = 0
    for k, a in arrays.items():
        if k.startswith("history/") and k.endswith("/batch_loss"):
            total += a.size
            if a.ndim != 1 or a.dtype.kind not in "fiu" or a.size > MAX_TRACE or total > MAX_TRACE * 4:
                raise ProjectFileError(M_("errors", "{file} is damaged: the loss trace of a run is not a list of "
                                                    "at most {count} numbers.").format(file=name,
                                                                                       count=f"{MAX_TRACE:,}"))
            try:
                batch_losses[int(k.split("/")[1])] = a.astype(float).tolist()
            except ValueError:
                continue  # a trace of no known run is left out
    history = History.from_json(data, batch_losses)
    for run in history.runs:
        if run.status in (RunStatus.RUNNING, RunStatus.PAUSED):
            run.status = RunStatus.STOPPED
        for number, logs in enumerate(run.epochs, start=1):
            logs.setdefault("epoch", number)   # the curves place each epoch by it
    return history


def _keep_encoding(data_spec, prep):
    """A CSV project saved before category columns had an "other" input reads its table as it was
    trained (the same inputs, so its weights still fit)."""
    columns = prep.get("columns") if isinstance(prep, dict) else None
    if data_spec.get("name") == "csv" and "other_input" not in data_spec and isinstance(columns, list) and any(
            isinstance(c, dict) and c.get("role") == "category" and "other" not in c for c in columns):
        data_spec["other_input"] = False
    return data_spec


def _check_preprocessing(prep, name):
    """The saved preprocessing of a CSV table must be readable, or exports would fail later."""
    from nnstudio.data.table_encoding import TablePreprocessing

    try:
        TablePreprocessing.from_json(prep)
    except MemoryError:
        raise
    except Exception:
        raise ProjectFileError(M_("errors", "{file} is damaged: the preparation of its table's columns cannot be "
                                            "read.").format(file=name)) from None


def _check_weight_shapes(doc, name):
    """Weights must fit the network the file describes; a mismatch is refused, not misread."""
    from nnstudio.engine.layers import deserialize

    expected = []
    shape = None
    try:
        for spec in doc.layers:
            layer = deserialize(spec)
            if spec["class_name"] == "InputLayer":
                shape = layer.shape
                continue
            for wname, wshape in layer.weight_shapes(shape).items():
                expected.append((layer.name, wname, tuple(wshape)))
            shape = layer.compute_output_shape(shape)
    except Exception:
        raise ProjectFileError(M_("errors", "{file}: its weights belong to a network that does not fit together.")
                               .format(file=name)) from None
    if len(expected) != len(doc.weights):
        raise ProjectFileError(M_("errors", "{file}: the file has {count} weight arrays, but its network needs "
                                            "{expected}.").format(file=name, count=len(doc.weights),
                                                                  expected=len(expected)))
    for (lname, wname, want), w in zip(expected, doc.weights):
        if tuple(w.shape) != want:
            raise ProjectFileError(M_("errors", "{file}: the weights of layer '{layer}' ({weight}) have shape "
                                                "{shape}, but the network needs {expected}. The file is damaged or "
                                                "was edited by hand.")
                                   .format(file=name, layer=lname, weight=wname, shape=tuple(w.shape), expected=want))
        if not np.issubdtype(w.dtype, np.floating):
            raise ProjectFileError(M_("errors", "{file}: the weights of layer '{layer}' are not numbers.")
                                   .format(file=name, layer=lname))
        if not np.isfinite(w).all():
            raise ProjectFileError(M_("errors", "{file} is damaged: the weights of layer '{layer}' hold values that "
                                                "are not numbers (NaN or infinity).").format(file=name, layer=lname))
