"""A real mouse drag (X server + xdotool) from the palette onto the canvas inserts a layer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import run_script_under_xvfb

SCRIPT = Path(__file__).with_name("real_drag_script.py")


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
                    reason="needs xvfb-run and xdotool")
def test_real_mouse_drag_from_palette_to_canvas():
    result = run_script_under_xvfb(SCRIPT)
    assert len(result["after"]) == len(result["before"]) + 1, result
    assert result["after"][2] == "Dense", result
    # the new block is the second Dense: the default names read in the order of the blocks
    assert result["names"][1:] == ["dense", "dense_1", "dense_2", "dense_3"], result
