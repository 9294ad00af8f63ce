"""Hostile project files: every one ends in one specific ProjectFileError, never another exception,
a hang or gigabytes of memory — and so do the corpus's hostile tables and pasted code, read in the
same memory-budget process; a project saved while it trained reopens with the run stopped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from nnstudio.errors import ProjectFileError
from nnstudio.project import load_project, make_example, save_project
from tests.hostile_corpus import CSV_CASES, PASTE_CASES, PROJECT_CASES


@pytest.mark.parametrize("case", sorted(PROJECT_CASES))
def test_every_hostile_file_gets_one_specific_message(case, tmp_path):
    make, phrase = PROJECT_CASES[case]
    path = make(tmp_path)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = str(info.value)
    assert phrase in message, message
    assert "\n" not in message and "Error" not in message and "()" not in message


#: what the corpus process runs: each project, table and pasted snippet as the app reads it,
#: printing one JSON line of {kind: {case: message or None (it loaded)}} and then its peak memory
CORPUS_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from nnstudio.data import read_csv
    from nnstudio.errors import NNStudioError
    from nnstudio.project import TrainingConfig, load_project, validate_network
    from nnstudio.project.keras_code import parse_keras_code, training_from_code

    def paste(path):
        parsed = parse_keras_code(Path(path).read_text(), (2,))
        training_from_code(parsed, TrainingConfig())
        report = validate_network(parsed.layers)
        if not report.ok:
            raise NNStudioError(report.error)

    readers = {"projects": load_project, "tables": read_csv, "pastes": paste}
    results = {}
    for kind, paths in json.loads(Path(sys.argv[1]).read_text()).items():
        results[kind] = {}
        for case, path in paths.items():
            try:
                readers[kind](path)
                results[kind][case] = None
            except NNStudioError as e:
                results[kind][case] = str(e)
    print(json.dumps(results))
    # the peak of this process's own memory (ru_maxrss would include the parent's: Linux keeps
    # it across exec)
    with open("/proc/self/status") as f:
        print(next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the peak memory from /proc")
def test_the_corpus_stays_within_a_memory_budget(tmp_path):
    """Every hostile project, table and paste (all under 10 MB) ends in its one specific message, or
    loads when it should, in one process that never grows past 1 GB."""
    paths = {"projects": {case: str(make(tmp_path)) for case, (make, _) in PROJECT_CASES.items()},
             "tables": {case: str(make(tmp_path)) for case, (make, _) in CSV_CASES.items()},
             "pastes": {}}
    for i, (case, (code, _)) in enumerate(PASTE_CASES.items()):
        path = tmp_path / f"paste{i}.py"
        path.write_text(code)
        paths["pastes"][case] = str(path)
    for kind in paths.values():
        for path in kind.values():
            assert not os.path.isfile(path) or os.path.getsize(path) < 10 * 1024**2, path
    listing = tmp_path / "corpus.json"
    listing.write_text(json.dumps(paths))
    r = subprocess.run([sys.executable, "-c", CORPUS_SCRIPT, str(listing)], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    results, peak_kb = r.stdout.splitlines()[-2:]
    results = json.loads(results)
    expected = {"projects": {case: phrase for case, (_, phrase) in PROJECT_CASES.items()},
                "tables": {case: phrase for case, (_, phrase) in CSV_CASES.items()},
                "pastes": {case: phrase for case, (_, phrase) in PASTE_CASES.items()}}
    for kind, cases in expected.items():
        for case, phrase in cases.items():
            message = results[kind][case]
            if phrase is None:
                assert message is None, (kind, case, message)
            else:
                assert message is not None and phrase in message, (kind, case, message)
                assert "\n" not in message and "Error" not in message, (kind, case, message)
    print(f"corpus process peak memory {int(peak_kb) / 1024:.0f} MB")
    assert int(peak_kb) < 1024 * 1024, f"peak memory {int(peak_kb) / 1024:.0f} MB"


def test_a_project_saved_during_a_run_reopens_with_the_run_stopped(tmp_path):
    doc = make_example("xor")
    from nnstudio.project.history import RunStatus

    for status in (RunStatus.RUNNING, RunStatus.PAUSED, RunStatus.FINISHED):
        doc.history.new_run({"lr": 0.1}).status = status
    path = tmp_path / "mid.nnstudio"
    save_project(doc, path)
    assert [r.status for r in load_project(path).history.runs] == ["stopped", "stopped", "finished"]
