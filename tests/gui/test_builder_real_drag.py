"""A real mouse drag (X server + xdotool) from the palette onto the canvas inserts a layer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("real_drag_script.py")


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
                    reason="needs xvfb-run and xdotool")
def test_real_mouse_drag_from_palette_to_canvas():
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(SCRIPT)],
                          capture_output=True, text=True, timeout=90, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no result (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-2000:]}"
    result = json.loads(lines[-1])
    assert len(result["after"]) == len(result["before"]) + 1, result
    assert result["names"][2] == "dense_3" and result["after"][2] == "Dense", result
