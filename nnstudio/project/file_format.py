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
from nnstudio.engine.optimizers import OptimizerState
from nnstudio.engine.saving.files import atomic_write
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_
from nnstudio.project.document import ProjectDocument
from nnstudio.project.history import History
from nnstudio.project.lesson import LessonSettings
from nnstudio.project.training_config import TrainingConfig

SCHEMA_VERSION = 1
MAX_MEMBER_BYTES = 2 * 1024**3  # refuse zip bombs


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


def _read_member(z, name, path):
    try:
        info = z.getinfo(name)
    except KeyError:
        raise ProjectFileError(M_("errors", "{file} is not a complete NN Studio project (it has no {member}).")
                               .format(file=Path(path).name, member=name)) from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise ProjectFileError(M_("errors", "{file} is too large to open safely.").format(file=Path(path).name))
    return z.read(name)


def load_project(path) -> ProjectDocument:
    """Read a ``.nnstudio`` file; every problem becomes a ProjectFileError in plain words."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ProjectFileError(M_("errors", "There is no file {path}.").format(path=path))
    if path.is_dir():
        raise ProjectFileError(M_("errors", "{path} is a folder, not a project file.").format(path=path))
    try:
        with zipfile.ZipFile(path) as z:
            raw = _read_member(z, "project.json", path)
            weights_raw = _read_member(z, "weights.npz", path) if "weights.npz" in z.namelist() else None
    except zipfile.BadZipFile:
        raise ProjectFileError(M_("errors", "{file} is damaged or not an NN Studio project (it is not a complete "
                                            "zip file).").format(file=name)) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as e:
        raise ProjectFileError(M_("errors", "{file} cannot be read: {reason}.").format(file=name, reason=e)) from None
    except Exception as e:  # zlib errors on a corrupt member, …
        raise ProjectFileError(M_("errors", "{file} is damaged and cannot be read ({error}).")
                               .format(file=name, error=type(e).__name__)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProjectFileError(M_("errors", "{file} is damaged: its project description is not valid JSON.")
                               .format(file=name)) from None
    if not isinstance(data, dict):
        raise ProjectFileError(M_("errors", "{file} is damaged: its project description is not an object.")
                               .format(file=name))
    return project_from_json(data, weights_raw, name)


def project_from_json(data: dict, weights_raw: bytes | None, name="project") -> ProjectDocument:
    version = data.get("schema_version")
    if not isinstance(version, int):
        raise ProjectFileError(M_("errors", "{file} has no schema version; it is not an NN Studio project.")
                               .format(file=name))
    if version > SCHEMA_VERSION:
        raise ProjectFileError(M_("errors", "{file} was saved by a newer NN Studio (file format {version}; this "
                                            "version reads up to {supported}). Please update NN Studio to open it.")
                               .format(file=name, version=version, supported=SCHEMA_VERSION))
    try:
        layers = list(data["network"]["layers"])
        for spec in layers:
            cls = spec.get("class_name")
            if cls not in LAYER_CLASSES:
                raise ProjectFileError(M_("errors", "{file} uses a layer type this version does not know: {kind!r} "
                                                    "(layer '{layer}').")
                                       .format(file=name, kind=cls, layer=(spec.get("config") or {}).get("name", "?")))
        doc = ProjectDocument(layers=layers, data_spec=dict(data.get("data") or {}),
                              training=TrainingConfig.from_dict(data.get("training") or {}))
        doc.title = str(data.get("title", "Untitled"))
        doc.description = str(data.get("description", ""))
        doc.teacher_note = str(data.get("teacher_note", ""))
        doc.lesson = LessonSettings.from_json(data.get("lesson"))
        prep = data.get("preprocessing")
        doc.preprocessing = prep if isinstance(prep, dict) else None
    except ProjectFileError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ProjectFileError(M_("errors", "{file} is damaged: {reason}").format(file=name, reason=e)) from None
    batch_losses = {}
    count = (data.get("weights") or {}).get("count")
    if weights_raw is not None:
        try:
            with np.load(io.BytesIO(weights_raw), allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except Exception:
            raise ProjectFileError(M_("errors", "{file} is damaged: its weights cannot be read.")
                                   .format(file=name)) from None
        if count:
            try:
                doc.weights = [arrays[f"weights/{i:04d}"] for i in range(int(count))]
            except KeyError:
                raise ProjectFileError(M_("errors", "{file} is damaged: some of its weights are missing.")
                                       .format(file=name)) from None
            _check_weight_shapes(doc, name)
            optimizer = (data.get("weights") or {}).get("optimizer")
            doc.optimizer_state = OptimizerState.from_arrays(
                optimizer if isinstance(optimizer, dict) else None,
                {k[len("optimizer/"):]: a for k, a in arrays.items() if k.startswith("optimizer/")})
        for k, a in arrays.items():
            if k.startswith("history/") and k.endswith("/batch_loss"):
                batch_losses[int(k.split("/")[1])] = a.astype(float).tolist()
    try:
        doc.history = History.from_json(data.get("history") or {}, batch_losses)
    except (KeyError, TypeError, ValueError) as e:
        raise ProjectFileError(M_("errors", "{file} is damaged: its training history cannot be read ({reason}).")
                               .format(file=name, reason=e)) from None
    return doc


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
