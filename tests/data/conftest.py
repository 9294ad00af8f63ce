"""Helpers for the CSV tests: write small files into pytest's tmp_path."""

import pytest


@pytest.fixture
def write_csv(tmp_path):
    def write(content, name="data.csv"):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return str(path)

    return write

