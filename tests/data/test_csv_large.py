"""A 200 MB CSV file reads whole, reporting progress (its speed table is benchmarks/csv_import.py)."""

import os
import time

import numpy as np
import pytest

from nnstudio.data import CsvOptions, read_csv

ROWS_PER_BLOCK = 20_000


@pytest.fixture(scope="module")
def file_200mb(tmp_path_factory):
    """About 200 MB: 10 number columns and a text label; one block written many times."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(ROWS_PER_BLOCK, 10))
    labels = np.array(["setosa", "versicolor", "virginica"])[rng.integers(0, 3, ROWS_PER_BLOCK)]
    lines = [",".join(f"{v:.6f}" for v in row) + f",{label}" for row, label in zip(x, labels)]
    block = ("\n".join(lines) + "\n").encode()
    path = tmp_path_factory.mktemp("big") / "big.csv"
    with open(path, "wb") as f:
        f.write(b",".join(f"f{i}".encode() for i in range(10)) + b",label\n")
        for _ in range(200_000_000 // len(block) + 1):
            f.write(block)
    yield str(path)
    os.remove(path)


@pytest.mark.slow
def test_200_mb_file_reads_whole_with_progress(file_200mb):
    size_mb = os.path.getsize(file_200mb) / 1e6
    fractions = []
    start = time.perf_counter()
    ds = read_csv(file_200mb, CsvOptions(target="label"), progress=fractions.append)
    seconds = time.perf_counter() - start
    assert size_mb >= 200
    assert ds.n_train + ds.n_test > 1_800_000 and ds.input_shape == (10,)
    assert ds.class_names == ("setosa", "versicolor", "virginica")
    assert fractions[-1] == 1.0 and len(fractions) > 50
    print(f"read {size_mb:.0f} MB in {seconds:.1f} s = {size_mb / seconds:.0f} MB/s")
