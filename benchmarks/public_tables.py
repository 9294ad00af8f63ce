"""Real public tables trained as a user would: only the target chosen, everything else as the
wizard and ``nnstudio train DATA.csv`` suggest (column roles, gaps, encodings, network, epochs).

    python benchmarks/public_tables.py [--seeds 5]

Tables come from the ``palmerpenguins`` package (pip install palmerpenguins; its CSV files are
read directly, pandas is not needed): the penguin survey (text columns, gaps) and its raw form
(a date column, identifiers, free-text comments, more gaps). For each table and target the test
accuracy over several seeds (each seed: another train/test split and other starting weights).
A small MLP is expected to reach ≥ 0.97 on the species.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np

from nnstudio.data import CsvOptions, read_csv
from nnstudio.project import model_for_project
from nnstudio.project.suggested_network import suggested_project
from nnstudio.training import TrainingSession

CASES = [("penguins.csv", "species"), ("penguins-raw.csv", "Species"), ("penguins.csv", "island"),
         ("penguins.csv", "sex")]


def tables_dir() -> Path | None:
    spec = importlib.util.find_spec("palmerpenguins")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data"


def train_once(path: Path, target: str, seed: int) -> tuple[float, object]:
    ds = read_csv(path, CsvOptions(target=target, seed=seed))
    doc = suggested_project(ds, path.stem)
    doc.training.seed = seed
    records = []
    TrainingSession(doc.layers, doc.training, ds, report=records.append).run()
    doc.set_weights(list([r for r in records if r.weights is not None][-1].weights))
    model = model_for_project(doc, ds)
    accuracy = float((model.predict(ds.x_test).argmax(axis=1) == ds.y_test).mean())
    return accuracy, ds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args(argv)
    folder = tables_dir()
    if folder is None:
        print("skipped: the palmerpenguins package is not installed (pip install palmerpenguins)")
        return 0
    print(f"{'table':<18}{'target':<9}{'rows':>6}{'inputs':>8}  {'columns used':<46}{'mean acc':>9}{'min':>7}"
          f"{'seconds':>9}")
    for name, target in CASES:
        start = time.perf_counter()
        results = [train_once(folder / name, target, seed) for seed in range(args.seeds)]
        seconds = (time.perf_counter() - start) / args.seeds
        accs = np.array([a for a, _ in results])
        ds = results[0][1]
        roles = ds.spec["columns"]
        used = ", ".join(f"{c}:{r['role'][:3]}" for c, r in roles.items())
        print(f"{name:<18}{target:<9}{ds.n_train + ds.n_test:>6}{len(ds.feature_names):>8}  {used[:45]:<46}"
              f"{accs.mean():>9.3f}{accs.min():>7.3f}{seconds:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
