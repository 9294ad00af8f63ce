"""A double click on a .nnstudio file starts ``nnstudio FILE`` (the desktop entry's ``Exec=nnstudio
%f``): in a real window on an X server, the file opens; a damaged one gets a message box and the
window stays on the default example."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from nnstudio.project import make_example, save_project

WATCH = r"""
"$PYTHON" -m nnstudio "$FILE" &
app=$!
for i in $(seq 1 150); do
  if xdotool search --name "$WAIT_FOR" >/dev/null 2>&1; then break; fi
  sleep 0.2
done
for w in $(xdotool search --name "NN Studio|Cannot open"); do echo "window: $(xdotool getwindowname $w)"; done
kill $app
"""

pytestmark = [pytest.mark.xvfb, pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
                                                    reason="needs xvfb-run and xdotool")]


def windows_after_opening(path, wait_for, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHON": sys.executable, "FILE": str(path), "WAIT_FOR": wait_for,
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "NNSTUDIO_NO_TOUR": "1"}
    r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "bash", "-c", WATCH],
                       capture_output=True, text=True, timeout=120, env=env)
    return [line[len("window: "):] for line in r.stdout.splitlines() if line.startswith("window: ")], r.stderr


def test_a_project_given_on_the_command_line_opens_in_the_window(tmp_path):
    path = tmp_path / "my project.nnstudio"
    save_project(make_example("iris"), path)
    names, err = windows_after_opening(path, "my project.nnstudio", tmp_path)
    assert "my project.nnstudio — NN Studio" in names, (names, err[-2000:])


def test_a_damaged_file_gets_a_message_over_the_default_example(tmp_path):
    path = tmp_path / "broken.nnstudio"
    path.write_bytes(b"not a zip")
    names, err = windows_after_opening(path, "Cannot open the project", tmp_path)
    assert "Cannot open the project" in names, (names, err[-2000:])
    assert any(n.endswith("— NN Studio") and "broken" not in n for n in names), names
