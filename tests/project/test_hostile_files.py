"""Hostile project files: every one ends in one specific ProjectFileError, never another exception,
a hang or gigabytes of memory; a project saved while it trained reopens with the run stopped."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from nnstudio.errors import ProjectFileError
from nnstudio.project import load_project, make_example, save_project
from tests.hostile_corpus import PROJECT_CASES


@pytest.mark.parametrize("case", sorted(PROJECT_CASES))
def test_every_hostile_file_gets_one_specific_message(case, tmp_path):
    make, phrase = PROJECT_CASES[case]
    path = make(tmp_path)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = str(info.value)
    assert phrase in message, message
    assert "\n" not in message and "Error" not in message and "()" not in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the peak memory from /proc")
def test_the_corpus_stays_within_a_memory_budget(tmp_path):
    """Each hostile file (all under 10 MB) is refused by a process that never grows past 1 GB."""
    paths = {case: str(make(tmp_path)) for case, (make, _) in PROJECT_CASES.items()}
    assert all(p.endswith(".nnstudio") for p in paths.values())
    script = textwrap.dedent("""
        import json, sys
        from nnstudio.errors import ProjectFileError
        from nnstudio.project import load_project
        paths = json.loads(sys.argv[1])
        for case, path in paths.items():
            try:
                load_project(path)
                print("opened", case)
            except ProjectFileError:
                pass
        # the peak of this process's own memory (ru_maxrss would include the parent's: Linux keeps
        # it across exec)
        with open("/proc/self/status") as f:
            print(next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")))
    """)
    r = subprocess.run([sys.executable, "-c", script, json.dumps(paths)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "opened" not in r.stdout
    peak_kb = int(r.stdout.split()[-1])
    assert peak_kb < 1024 * 1024, f"peak memory {peak_kb / 1024:.0f} MB"


def test_a_project_saved_during_a_run_reopens_with_the_run_stopped(tmp_path):
    doc = make_example("xor")
    from nnstudio.project.history import RunStatus

    for status in (RunStatus.RUNNING, RunStatus.PAUSED, RunStatus.FINISHED):
        doc.history.new_run({"lr": 0.1}).status = status
    path = tmp_path / "mid.nnstudio"
    save_project(doc, path)
    assert [r.status for r in load_project(path).history.runs] == ["stopped", "stopped", "finished"]
