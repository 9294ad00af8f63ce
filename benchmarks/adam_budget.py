"""How much time a floor target leaves for Adam's update, and how long NumPy needs for it.

    python benchmarks/adam_budget.py [--repeats 5] [--workloads W2,W3]

For each workload of ``engine_throughput.py`` with a target against the GEMM-only floor (W2 ≥ 0.6,
W3 ≥ 0.75), timed interleaved and reported per training step (best of ``--repeats`` epochs):

    floor        only the epoch's matrix products (``engine_throughput.floor_epoch``)
    no update    nnstudio's own fit with an optimizer whose ``apply`` does nothing: batch
                 gathering, forward, loss, backward, accuracy — every part of a step but the update
    budget       floor / target − no update: what the whole Adam update may cost to meet the target
    adam warm    the engine's Adam ``apply`` on flat arrays of the network's size, again and again
                 (its five arrays stay in cache between calls)
    adam cold    the same after each call has streamed 64 MB of other data through the caches,
                 as a training step's matrix products do (only ``apply`` is timed)
    best ratio   floor / (no update + adam cold): the ratio a trainer with this update could reach

Adam costs ten elementwise passes over the weights (m ← β₁m + g is two of them: NumPy has no
fused multiply-add), and in training its arrays come from memory, not from cache.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_throughput import CLASSES, LR, TARGETS, WORKLOADS, floor_epoch, make_data  # noqa: E402

from nnstudio import keras  # noqa: E402
from nnstudio.engine.optimizers import Adam, Optimizer  # noqa: E402

EVICT_BYTES = 64 << 20


class NoUpdate(Optimizer):
    """Counts steps and changes nothing."""

    def apply(self, variables, gradients):
        self.iterations += 1


def model_for(spec, optimizer):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((spec["inputs"],)),
                              *[keras.layers.Dense(h, activation="relu") for h in spec["hidden"]],
                              keras.layers.Dense(CLASSES)])
    model.compile(optimizer=optimizer, loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    return model


def no_update_epoch(spec, x, y):
    model = model_for(spec, NoUpdate())
    model.fit(x[: spec["batch"] * 4], y[: spec["batch"] * 4], batch_size=spec["batch"], verbose=0)

    def epoch():
        model.fit(x, y, batch_size=spec["batch"], epochs=1, verbose=0)
    return epoch


def adam_calls(spec, calls):
    """(warm, cold) seconds per call of the engine's Adam over the network's weights, laid out
    flat as ``Sequential`` lays them out."""
    model = model_for(spec, Adam(LR))
    model.fit(x=np.zeros((spec["batch"], spec["inputs"]), np.float32), y=np.zeros(spec["batch"], np.int64),
              batch_size=spec["batch"], verbose=0)
    opt, variables = model.optimizer, model.trainable_weights
    rng = np.random.default_rng(0)
    grads = [layer.grads[n] for layer, n in model._variables]
    for g in grads:
        g[...] = rng.standard_normal(g.shape, dtype=np.float32) * 1e-3
    other = np.ones(EVICT_BYTES // 4, np.float32)
    warm, cold = [], []
    for _ in range(calls):
        t0 = time.perf_counter()
        opt.apply(variables, grads)
        warm.append(time.perf_counter() - t0)
    for _ in range(calls):
        other += 1.0
        t0 = time.perf_counter()
        opt.apply(variables, grads)
        cold.append(time.perf_counter() - t0)
    return float(np.median(warm)), float(np.median(cold))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workloads", default=",".join(w for w, t in TARGETS.items()
                                                         if any(o == "floor" for o, _ in t)))
    args = parser.parse_args(argv)
    print("per training step, ms (best epoch of", args.repeats, "for floor and no update; median call for adam)")
    print(f"{'':4} {'params':>9} {'floor':>7} {'target':>7} {'no update':>10} {'budget':>7} "
          f"{'adam warm':>10} {'adam cold':>10} {'best ratio':>11}")
    for wl in (w.strip() for w in args.workloads.split(",")):
        spec = WORKLOADS[wl]
        target = dict(TARGETS[wl])["floor"]
        x, y = make_data(spec)
        epochs = {"floor": floor_epoch(spec, x, y), "no update": no_update_epoch(spec, x, y)}
        best = {k: float("inf") for k in epochs}
        for _ in range(args.repeats):
            for k, epoch in epochs.items():
                t0 = time.perf_counter()
                epoch()
                best[k] = min(best[k], time.perf_counter() - t0)
        steps = -(-spec["samples"] // spec["batch"])
        floor, rest = best["floor"] / steps, best["no update"] / steps
        warm, cold = adam_calls(spec, calls=max(20, 20 * args.repeats))
        params = sum(a * b + b for a, b in zip((spec["inputs"], *spec["hidden"]), (*spec["hidden"], CLASSES)))
        budget = floor / target - rest
        print(f"{wl:4} {params:>9,} {floor * 1e3:>7.3f} {floor / target * 1e3:>7.3f} {rest * 1e3:>10.3f} "
              f"{budget * 1e3:>7.3f} {warm * 1e3:>10.3f} {cold * 1e3:>10.3f} "
              f"{floor / (rest + cold):>7.3f} (≥ {target})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
