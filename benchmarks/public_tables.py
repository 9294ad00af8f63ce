"""Real public tables trained as a user would: only the target chosen, everything else as the
wizard and ``nnstudio train DATA.csv`` suggest (column roles, gaps, encodings, network, epochs).

    python benchmarks/public_tables.py [--seeds 10] [--tables penguins,wine,...]

Tables: the penguin survey of the ``palmerpenguins`` package (text columns, gaps) and its raw
form (a date column, identifiers, free-text comments, more gaps), read from its CSV files; and
scikit-learn's bundled wine, breast cancer and iris tables and the diabetes regression, written
to CSV files with their column names first. Each seed is another train/test split (80/20,
stratified for classes) and other starting weights. Prints the test accuracy (or, for a
regression, the test mean absolute error) per table and seed; a small MLP is expected to reach
≥ 0.97 on the penguin species. Also prints logistic regression (scikit-learn, same split and
inputs) as what a data scientist's quick baseline gets.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from nnstudio.data import CsvOptions, read_csv
from nnstudio.project import model_for_project
from nnstudio.project.suggested_network import suggested_project
from nnstudio.training import TrainingSession

PENGUINS = [("penguins", "penguins.csv", "species"), ("penguins-raw", "penguins-raw.csv", "Species"),
            ("penguins/island", "penguins.csv", "island"), ("penguins/sex", "penguins.csv", "sex")]
SKLEARN = [("wine", "wine", "class"), ("breast_cancer", "breast_cancer", "diagnosis"), ("iris", "iris", "species"),
           ("diabetes", "diabetes", "progression")]


def penguin_dir() -> Path | None:
    spec = importlib.util.find_spec("palmerpenguins")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data"


def sklearn_csv(name: str, target: str, folder: Path) -> Path:
    """scikit-learn's bundled table as a CSV file: its feature names, then the target (class names
    as text; the diabetes progression as a number)."""
    from sklearn import datasets

    bunch = getattr(datasets, "load_" + name)()
    path = folder / f"{name}.csv"
    names = getattr(bunch, "target_names", None)
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([str(c).replace(" ", "_") for c in bunch.feature_names] + [target])
        for row, t in zip(bunch.data, bunch.target):
            writer.writerow([repr(float(v)) for v in row] + [str(names[t]) if names is not None else repr(float(t))])
    return path


def train_once(path: Path, target: str, seed: int):
    """(test metric, logistic regression's test accuracy or None, dataset)."""
    ds = read_csv(path, CsvOptions(target=target, seed=seed))
    doc = suggested_project(ds, path.stem)
    doc.training.seed = seed
    records = []
    TrainingSession(doc.layers, doc.training, ds, report=records.append).run()
    doc.set_weights(list([r for r in records if r.weights is not None][-1].weights))
    out = model_for_project(doc, ds).predict(ds.x_test)
    if ds.task != "classification":
        return float(np.abs(out[:, 0] - ds.y_test).mean()), None, ds
    baseline = None
    if importlib.util.find_spec("sklearn") is not None:
        from sklearn.linear_model import LogisticRegression

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            baseline = LogisticRegression(max_iter=5000).fit(ds.x_train, ds.y_train).score(ds.x_test, ds.y_test)
    return float((out.argmax(axis=1) == ds.y_test).mean()), baseline, ds


def cases(folder: Path):
    tables = penguin_dir()
    if tables is None:
        print("(penguin tables skipped: pip install palmerpenguins)")
    else:
        yield from ((label, tables / file, target) for label, file, target in PENGUINS)
    if importlib.util.find_spec("sklearn") is None:
        print("(scikit-learn tables skipped: pip install scikit-learn)")
    else:
        yield from ((label, sklearn_csv(name, target, folder), target) for label, name, target in SKLEARN)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--tables", default="", help="comma-separated labels (default: all)")
    args = parser.parse_args(argv)
    wanted = set(filter(None, args.tables.split(",")))
    seeds = range(args.seeds)
    print(f"| table | rows | inputs | metric | {' | '.join(f'seed {s}' for s in seeds)} | mean | worst "
          f"| logistic regression mean / worst | s per run |")
    print("|---" * (args.seeds + 8) + "|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, path, target in cases(Path(tmp)):
            if wanted and label not in wanted:
                continue
            start = time.perf_counter()
            runs = [train_once(path, target, seed) for seed in seeds]
            seconds = (time.perf_counter() - start) / args.seeds
            metric = np.array([m for m, _, _ in runs])
            ds = runs[0][2]
            classes = ds.task == "classification"
            worst = metric.min() if classes else metric.max()
            base = [b for _, b, _ in runs if b is not None]
            base_text = f"{np.mean(base):.3f} / {np.min(base):.3f}" if base else "–"
            print(f"| {label} | {ds.n_train + ds.n_test} | {len(ds.feature_names)} | "
                  f"{'accuracy' if classes else 'MAE'} | {' | '.join(f'{m:.3f}' for m in metric)} | "
                  f"{metric.mean():.3f} | {worst:.3f} | {base_text} | {seconds:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
