"""Test helpers: a saved project with trained weights and a run, and a copy of a .nnstudio file with
its project.json and/or weights.npz edited."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np


def trained_project(example, path):
    """Save ``make_example(example)`` to ``path`` after one training step, with one recorded run
    (an epoch and a two-batch loss trace); returns the document."""
    from nnstudio.data import load_dataset
    from nnstudio.project import make_example, model_for_project, save_project

    doc = make_example(example)
    ds = load_dataset(doc.data_spec)
    model = model_for_project(doc, ds, with_weights=False)
    model.train_on_batch(ds.x_train[:16], ds.y_train[:16])
    doc.set_weights(model.get_weights(), model.optimizer.get_state())
    run = doc.history.new_run({"lr": 0.03})
    run.epochs.append({"epoch": 1, "loss": 0.5, "accuracy": 0.75})
    run.batch_loss.extend([0.7, 0.6])
    save_project(doc, path)
    return doc


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
