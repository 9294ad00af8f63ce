"""The command with hostile input: every corpus file ends in one plain line and status 2 (no
Python names), a pipe is never read, and `train` checks where it saves before it trains."""

from __future__ import annotations

import pytest

from nnstudio import cli
from tests.hostile_corpus import PROJECT_CASES, good_project


def one_line_failure(capsys, *argv):
    assert cli.main([str(a) for a in argv]) == cli.EXIT_USER_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("nnstudio: error: "), err
    assert "Error" not in err[0] and "Traceback" not in err[0]
    return err[0]


@pytest.mark.parametrize("case", sorted(PROJECT_CASES))
def test_summary_of_every_hostile_file_is_one_line(case, tmp_path, capsys):
    make, phrase = PROJECT_CASES[case]
    assert phrase in one_line_failure(capsys, "summary", make(tmp_path))


def test_train_checks_its_output_before_training(tmp_path, capsys):
    good = good_project(tmp_path)
    line = one_line_failure(capsys, "train", good, "-o", tmp_path / "missing" / "out.nnstudio")
    assert "does not exist" in line
    line = one_line_failure(capsys, "train", good, "-o", tmp_path)
    assert "folder" in line


def test_unexpected_failures_name_no_python_types(tmp_path, capsys, monkeypatch):
    def boom(args):
        raise KeyError("weights/0000")
    monkeypatch.setattr(cli, "cmd_summary", boom)
    line = one_line_failure(capsys, "summary", good_project(tmp_path))
    assert "KeyError" not in line and "weights/0000" not in line and "--debug" in line

    def out_of_memory(args):
        raise MemoryError()
    monkeypatch.setattr(cli, "cmd_summary", out_of_memory)
    assert "memory" in one_line_failure(capsys, "summary", good_project(tmp_path))


def test_a_pipe_or_a_device_is_never_read_as_a_table(tmp_path):
    import os

    from nnstudio.data import sniff_csv
    from nnstudio.errors import DataError

    pipe = tmp_path / "table.csv"
    os.mkfifo(pipe)
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    for path in (pipe, zero):
        with pytest.raises(DataError, match="not an ordinary file"):
            sniff_csv(str(path))


def test_train_on_a_pipe_ends_at_once_with_one_line(tmp_path, capsys):
    import os

    pipe = tmp_path / "table.csv"
    os.mkfifo(pipe)
    assert "not an ordinary file" in one_line_failure(capsys, "train", pipe, "--target", "y")
