"""Projects trained headless once per test session (the way the app trains them), handed out as
fresh documents so tests can change them freely."""

from __future__ import annotations

from functools import lru_cache

from nnstudio.data import load_dataset
from nnstudio.project import make_example
from nnstudio.project.workspace import Workspace
from nnstudio.training import TrainingSession


@lru_cache(maxsize=None)
def _train(key: str, epochs: int | None):
    doc = make_example(key)
    if epochs is not None:
        doc.training.epochs = epochs
    dataset = load_dataset(doc.data_spec)
    session = TrainingSession(doc.layers, doc.training, dataset)
    session.run()
    return tuple(session.model.get_weights()), session.model.get_optimizer_state(), session.history[-1]


def trained_doc(key: str, epochs: int | None = None):
    """(doc, workspace, final epoch logs) of example ``key`` after a headless run."""
    weights, opt, logs = _train(key, epochs)
    doc = make_example(key)
    if epochs is not None:
        doc.training.epochs = epochs
    workspace = Workspace(doc)
    doc.set_weights([w.copy() for w in weights], opt)
    doc.set_dirty(False)
    return doc, workspace, logs
