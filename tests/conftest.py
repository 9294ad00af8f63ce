"""Test-wide setup: Qt runs offscreen unless a test asks for a real X server."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No first-run tour bubbles over the window in tests (the classroom part reads this).
os.environ.setdefault("NNSTUDIO_NO_TOUR", "1")
# Keep numerical libraries from oversubscribing the two cores tests run on.
os.environ.setdefault("OMP_NUM_THREADS", "1")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_layer_names():
    """Each test names its layers from scratch (dense, dense_1, …), as a new session would."""
    from nnstudio.engine import backend

    backend.clear_session()
    yield
