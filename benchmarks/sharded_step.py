"""Training steps split over the engine's threads or helper processes against whole ones, as a
printed table: where splitting pays, and the rule that decides it (``engine/sharded_step.py``,
``MIN_OUTPUTS``).

    python benchmarks/sharded_step.py [--threads 2] [--repeats 3]

For each network and batch size: one training step (Adam, float32) on a fixed batch, timed whole
(BLAS on the given threads), split into one part per thread (BLAS on one thread per call), and
split with the parts beyond the first in helper processes (``engine/part_processes.py``),
alternately, best of ``--repeats`` rounds; "outputs" is what the rule compares with MIN_OUTPUTS
(the numbers all layers output in a step), "rule" whether the engine splits such a step.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nnstudio  # noqa: E402, F401  (first, as in the app: OpenBLAS's thread timeout)
import numpy as np  # noqa: E402

from timing import environment_lines  # noqa: E402


def networks():
    from nnstudio import keras

    L = keras.layers

    def cnn(shape, filters, dense, classes):
        layers = [keras.Input(shape)]
        for f in filters:
            layers += [L.Conv2D(f, 3, activation="relu"), L.MaxPooling2D(2)]
        return layers + [L.Flatten(), *[L.Dense(u, activation="relu") for u in dense], L.Dense(classes)]

    def mlp(inputs, hidden, classes):
        return [keras.Input((inputs,)), *[L.Dense(u, activation="relu") for u in hidden], L.Dense(classes)]

    return [
        ("circle example: 2 → 16 → 16 → 2", lambda: mlp(2, (16, 16), 2), [32]),
        ("digits 8×8 CNN 8 filters", lambda: cnn((8, 8, 1), (8,), (), 10), [32, 64]),
        ("drawn shapes 28×28 CNN 8/16", lambda: cnn((28, 28, 1), (8, 16), (), 3), [16, 32, 64, 128]),
        ("pictures 64×64 CNN 8/16", lambda: cnn((64, 64, 1), (8, 16), (), 3), [16, 32]),
        ("mnist CNN 32/64", lambda: cnn((28, 28, 1), (32, 64), (), 10), [16, 32, 64]),
        ("cifar-sized CNN 32/64 + Dense 64", lambda: cnn((32, 32, 3), (32, 64), (64,), 10), [64]),
        ("dense 784 → 256 → 128 → 10", lambda: mlp(784, (256, 128), 10), [32, 128]),
        ("dense 784 → 1024 → 1024 → 10", lambda: mlp(784, (1024, 1024), 10), [256, 512, 1024]),
    ]


def step_times(build, batch, threads, repeats):
    from nnstudio import keras
    from nnstudio.engine import budget, part_processes, sharded_step

    keras.utils.set_random_seed(0)
    model = keras.Sequential(build())
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    rng = np.random.default_rng(0)
    x = rng.random((batch, *model.input_shape), dtype=np.float32)
    x, y = model.prepare(x, rng.integers(0, model.output_shape[-1], batch))
    outputs = batch * budget.outputs_per_sample(model.layers)
    split_by_rule = model._sharding.parts(batch) is not None
    rule, start_after = sharded_step.MIN_OUTPUTS, part_processes.START_AFTER
    best = {"whole": float("inf"), "threads": float("inf"), "helpers": float("inf")}
    steps = int(min(2000, max(20, 2e8 // max(outputs * 50, 1))))
    try:
        part_processes.START_AFTER = 1
        for _ in range(repeats):
            for mode in best:
                sharded_step.MIN_OUTPUTS = 1 << 62 if mode == "whole" else 0
                part_processes.set_enabled(mode == "helpers")
                model.train_batch(x, y)
                if mode == "helpers":
                    wait_for_helpers(model)
                t0 = time.perf_counter()
                for _ in range(steps):
                    model.train_batch(x, y)
                best[mode] = min(best[mode], (time.perf_counter() - t0) / steps)
    finally:
        sharded_step.MIN_OUTPUTS, part_processes.START_AFTER = rule, start_after
        part_processes.set_enabled(True)
    return outputs, best, split_by_rule


def wait_for_helpers(model, seconds=60):
    deadline = time.monotonic() + seconds
    while not model._sharding._helpers or not all(h.ready for h in model._sharding._helpers):
        if time.monotonic() > deadline or model._sharding._helpers == []:
            raise RuntimeError("the helper processes did not start")
        time.sleep(0.01)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    from nnstudio.engine import blas_threads, parallel, sharded_step

    parallel.set_num_threads(args.threads)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(args.threads, user_api="blas")
    except ImportError:
        pass
    print("\n".join(environment_lines()))
    if not blas_threads.controllable():
        print("BLAS's threads cannot be set here: the engine never splits a step")
        return
    print(f"engine threads {args.threads}; a step is split from {sharded_step.MIN_OUTPUTS:,} outputs on\n")
    print(f"{'network':36s} {'batch':>5s} {'outputs':>11s} {'whole ms':>9s} {'threads ms':>10s} "
          f"{'helpers ms':>10s} {'whole/threads':>13s} {'whole/helpers':>13s}  rule")
    for name, build, batches in networks():
        for batch in batches:
            outputs, best, by_rule = step_times(build, batch, args.threads, args.repeats)
            whole, threads, helpers = best["whole"], best["threads"], best["helpers"]
            print(f"{name:36s} {batch:5d} {outputs:11,d} {whole * 1e3:9.3f} {threads * 1e3:10.3f} "
                  f"{helpers * 1e3:10.3f} {whole / threads:12.2f}× {whole / helpers:12.2f}×  "
                  f"{'split' if by_rule else 'whole'}")


if __name__ == "__main__":
    main()
