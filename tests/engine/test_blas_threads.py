"""OpenBLAS's threads sleep soon after a product when nnstudio is imported before NumPy (they
would otherwise spin for about 0.1 s, holding a core the engine's other passes and the window
need); a value the user set is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "import nnstudio, os, numpy\nprint(os.environ['OPENBLAS_THREAD_TIMEOUT'])\n"


def timeout_seen(env_value=None):
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    if env_value is not None:
        env["OPENBLAS_THREAD_TIMEOUT"] = env_value
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-c", SCRIPT],
                         env=env, capture_output=True, text=True, timeout=60, check=True)
    return out.stdout.strip()


def test_importing_nnstudio_first_makes_openblas_threads_sleep_soon():
    assert timeout_seen() == "18"


def test_a_timeout_the_user_set_is_kept():
    assert timeout_seen("24") == "24"
