"""The formats a network can be exported to, listed once: the command line's ``--format``, the
File ▸ Export menu and the exporters' checks all read this list (DESIGN.md's contract)."""

from __future__ import annotations

from dataclasses import dataclass

from nnstudio.i18n import M_, N_, Message


@dataclass(frozen=True)
class ExportFormat:
    key: str              # what ``nnstudio export --format`` takes
    suffix: str           # the file name's ending
    title: Message        # how messages name it ("cannot be exported to a NumPy .npz file")
    menu_text: str        # the menu entry, marked in context "ExportMenu"
    file_filter: str      # the save dialog's filter, marked in context "ExportMenu"


EXPORT_FORMATS: dict[str, ExportFormat] = {f.key: f for f in (
    ExportFormat("npz", ".npz", M_("errors", "a NumPy .npz file"),
                 N_("ExportMenu", "NumPy weights (.npz)…"), N_("ExportMenu", "NumPy archive (*.npz)")),
    ExportFormat("json", ".json", M_("errors", "a JSON file"),
                 N_("ExportMenu", "JSON, network and weights (.json)…"), N_("ExportMenu", "JSON (*.json)")),
    ExportFormat("keras", ".keras", M_("errors", "a Keras .keras file"),
                 N_("ExportMenu", "Keras model (.keras)…"), N_("ExportMenu", "Keras model (*.keras)")),
    ExportFormat("keras-weights", ".weights.h5", M_("errors", "a Keras .weights.h5 file"),
                 N_("ExportMenu", "Keras weights (.weights.h5)…"), N_("ExportMenu", "Keras weights (*.weights.h5)")),
    ExportFormat("onnx", ".onnx", M_("errors", "ONNX"),
                 N_("ExportMenu", "ONNX model (.onnx)…"), N_("ExportMenu", "ONNX (*.onnx)")),
    ExportFormat("keras-code", ".py", M_("errors", "Keras code"),
                 N_("ExportMenu", "Keras Python code (.py)…"), N_("ExportMenu", "Python script (*.py)")),
    ExportFormat("pytorch-code", ".py", M_("errors", "PyTorch code"),
                 N_("ExportMenu", "PyTorch Python code (.py)…"), N_("ExportMenu", "Python script (*.py)")),
)}
