"""Memory for reading a large CSV table: peak and kept, against the table's numeric size.

    python benchmarks/csv_memory.py [--rows 1000000] [--columns 20]

Writes a file of ROWS rows × COLUMNS number columns plus a text label (about 190 MB for the
defaults), then reads it in a fresh interpreter with ``read_csv`` (as the wizard and
``nnstudio train DATA.csv`` do) and prints the peak resident memory the read added (ru_maxrss
after minus the RSS before it), what the loaded Dataset keeps, and both as multiples of the
numeric size ROWS × COLUMNS × 8 bytes. The target: peak below 4× the numeric size. (What the
Dataset keeps is counted from its arrays: the allocator may keep freed pages in the process.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

PROBE = r"""
import gc, json, resource, sys, time
import numpy as np
from nnstudio.data import CsvOptions, read_csv

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()

gc.collect()
before = rss()
start = time.perf_counter()
ds = read_csv(sys.argv[1], CsvOptions(target="label"))
seconds = time.perf_counter() - start
gc.collect()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
arrays = sum(a.nbytes for a in (ds.x_train, ds.x_test, ds.x_train_raw, ds.x_test_raw, ds.y_train, ds.y_test))
print(json.dumps({"before": before, "peak": peak, "arrays": arrays, "seconds": seconds,
                  "rows": ds.n_train + ds.n_test}))
"""


def write_table(path: str, rows: int, columns: int) -> None:
    rng = np.random.default_rng(0)
    block_rows = 50_000
    cells = np.char.mod("%.5f", rng.normal(size=(block_rows, columns)))
    label = np.array(["setosa", "versicolor", "virginica"])[rng.integers(0, 3, block_rows)]
    block = ("\n".join(",".join(r) for r in np.column_stack([cells, label])) + "\n").encode()
    with open(path, "wb") as f:
        f.write((",".join(f"f{i}" for i in range(columns)) + ",label\n").encode())
        for _ in range(rows // block_rows):
            f.write(block)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--columns", type=int, default=20)
    args = parser.parse_args(argv)
    import json

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.csv")
        write_table(path, args.rows, args.columns)
        numeric = args.rows * args.columns * 8
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", PROBE, path], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        mb = 1e6
        print(f"file {os.path.getsize(path) / mb:.0f} MB, {r['rows']:,} rows × {args.columns} numbers "
              f"(numeric size {numeric / mb:.0f} MB), read in {r['seconds']:.1f} s "
              f"({time.perf_counter() - started:.1f} s with the interpreter)")
        added, kept = r["peak"] - r["before"], r["arrays"]
        print(f"{'':<14}{'MB':>8}{'× numeric':>11}")
        print(f"{'peak added':<14}{added / mb:>8.0f}{added / numeric:>11.2f}")
        print(f"{'kept (Dataset)':<14}{kept / mb:>8.0f}{kept / numeric:>11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
