"""Test helper: a copy of a .nnstudio file with its project.json and/or weights.npz edited."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np


def edit_project_file(path, out, project=None, weights=None):
    """Write ``out``: ``path`` with ``project(data)`` applied to its project.json and
    ``weights(arrays)`` to its weights.npz (both edit in place); returns ``out``."""
    with zipfile.ZipFile(path) as z:
        data, npz = json.loads(z.read("project.json")), z.read("weights.npz")
    if project:
        project(data)
    if weights:
        with np.load(io.BytesIO(npz), allow_pickle=True) as f:
            arrays = {k: f[k] for k in f.files}
        weights(arrays)
        buf = io.BytesIO()
        np.savez(buf, **arrays)
        npz = buf.getvalue()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.json", json.dumps(data))
        z.writestr("weights.npz", npz)
    return out
