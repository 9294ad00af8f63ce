"""View ▸ Language ▸ Restart now reopens the project the user had (also one saved from the
unsaved-changes prompt as the window closed) in the same place on the screen. On a real X server:
offscreen, the screen is 800×600 and every restored geometry is squeezed onto it."""

import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import run_script_under_xvfb

SCRIPT = Path(__file__).with_name("restart_script.py")


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_restart_reopens_the_project_saved_while_closing_in_the_same_place():
    result = run_script_under_xvfb(SCRIPT)
    assert result["args"] and result["args"][0][-1] == result["saved"], result
    assert result["data"] == "spiral", result
    assert result["after"] == result["before"], result
