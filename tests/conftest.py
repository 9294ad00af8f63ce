"""Test-wide setup: Qt runs offscreen unless a test asks for a real X server."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep numerical libraries from oversubscribing the two cores tests run on.
os.environ.setdefault("OMP_NUM_THREADS", "1")
