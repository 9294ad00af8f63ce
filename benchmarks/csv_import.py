"""How fast ``read_csv`` reads large files. Rerun: ``python benchmarks/csv_import.py [MB]``.

Writes temporary CSV files of about MB megabytes (default 200) in three shapes and prints
a table of read speed in MB/s:
  numbers        10 number columns + an integer class column (the vectorised fast path)
  text labels    10 number columns + a text label ("setosa", ...)
  1% missing     as "text labels" with 1 % empty cells (the careful path for every chunk)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

import numpy as np

from nnstudio.data import CsvOptions, read_csv

N_COLS = 10
BLOCK_ROWS = 50_000  # one random block, written again and again up to the size wanted
LABELS = np.array(["setosa", "versicolor", "virginica"])


def write_csv(path: str, megabytes: float, labels: str, missing: float = 0.0) -> None:
    rng = np.random.default_rng(0)
    cells = np.char.mod("%.5f", rng.normal(size=(BLOCK_ROWS, N_COLS)))
    if missing:
        cells[rng.random(cells.shape) < missing] = ""
    y = rng.integers(0, 3, BLOCK_ROWS)
    label = LABELS[y] if labels == "text" else y.astype(str)
    block = ("\n".join(",".join(row) for row in np.column_stack([cells, label])) + "\n").encode()
    with open(path, "wb") as f:
        f.write((",".join(f"f{i}" for i in range(N_COLS)) + ",label\n").encode())
        for _ in range(int(megabytes * 1e6 // len(block)) + 1):
            f.write(block)


def main(megabytes: float = 200.0) -> None:
    cases = [("numbers", "int", 0.0), ("text labels", "text", 0.0), ("1% missing", "text", 0.01)]
    print(f"{'case':<14}{'MB':>8}{'rows':>11}{'seconds':>9}{'MB/s':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, labels, missing in cases:
            path = os.path.join(tmp, "big.csv")
            write_csv(path, megabytes, labels, missing)
            size = os.path.getsize(path) / 1e6
            start = time.perf_counter()
            ds = read_csv(path, CsvOptions(target="label", missing="mean"))
            seconds = time.perf_counter() - start
            rows = ds.n_train + ds.n_test
            print(f"{name:<14}{size:>8.1f}{rows:>11,}{seconds:>9.2f}{size / seconds:>8.1f}")
            os.remove(path)


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 200.0)
