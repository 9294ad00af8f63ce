"""Running the peer frameworks (real Keras on the torch backend, torchrun) in subprocesses, so that
their imports and environment never leak into the test process."""

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def have(*modules):
    return all(importlib.util.find_spec(m) is not None for m in modules)


def require_keras():
    """Real Keras 3 runs here on the torch backend (TensorFlow is not needed)."""
    if not have("keras", "torch"):
        pytest.skip("real Keras with the torch backend is not installed")


def peer_env(**extra):
    env = dict(os.environ, KERAS_BACKEND="torch", OMP_NUM_THREADS="1", PYTHONPATH=REPO, **extra)
    env.pop("PYTHONSTARTUP", None)
    return env


def run_python(code, cwd, timeout=180, args=()):
    """Run ``code`` in a fresh interpreter with KERAS_BACKEND=torch; returns its stdout."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], cwd=cwd, env=peer_env(),
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"subprocess failed:\n{proc.stdout}\n{proc.stderr[-4000:]}"
    return proc.stdout
