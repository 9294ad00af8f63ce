"""Training throughput of the NumPy engine against its peers, as a printed table.

    python benchmarks/engine_throughput.py [--repeats 5] [--workloads W1,W2,W3] [--quick]

Workloads (all Adam lr 1e-3, softmax cross-entropy from logits, float32, one epoch, shuffled):

    W1   32 → Dense 10 relu → Dense 10                batch  32   60,000 samples
    W2  784 → 256 relu → 128 relu → 10                batch 128   60,000 samples
    W3  784 → 1024 relu → 1024 relu → 10              batch 256   20,000 samples

Contenders, timed interleaved in the same run (each epoch timed on its own; best and median
of ``--repeats`` reported):

    nnstudio   ``model.fit(x, y, batch_size, epochs=1, verbose=0)`` with metrics=['accuracy']
               (what the app runs: it always shows accuracy)
    numpy      the bare hand-written NumPy MLP below: shuffle, forward, softmax CE (loss value
               kept per batch), backward, Adam in place; no framework around it
    sklearn    ``MLPClassifier(solver='adam', alpha=0).partial_fit`` = one epoch
    torch      ``torch.set_num_threads(2)``; nn.Sequential, Adam, CrossEntropyLoss, loss.item()
    floor      the GEMM-only floor: only the epoch's matrix products on preallocated buffers
               (forward, then dW and dx per layer; the first layer's dx skipped) — no bias,
               activation, loss, optimizer or data movement. No trainer can beat it.

Targets (this 2-core machine): W1 nnstudio ≥ 5× torch and ≥ 0.9× numpy; W2 ≥ 1.2× torch and
≥ 0.6× floor; W3 ≥ 0.75× floor. Timings are wall-clock on a shared machine: rerun when in doubt.
Every contender's share of the floor is printed too: ``adam_budget.py`` tells what the floor
targets leave for the optimizer's update.
"""

from __future__ import annotations

import argparse
import math
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nnstudio  # noqa: E402, F401  (first, as in the app: it sets OpenBLAS's thread timeout before NumPy loads)
import numpy as np  # noqa: E402

from timing import environment_lines, print_results, print_targets, time_interleaved  # noqa: E402

WORKLOADS = {
    "W1": dict(inputs=32, hidden=(10,), batch=32, samples=60_000),
    "W2": dict(inputs=784, hidden=(256, 128), batch=128, samples=60_000),
    "W3": dict(inputs=784, hidden=(1024, 1024), batch=256, samples=20_000),
}
CLASSES = 10
LR = 1e-3
TARGETS = {  # (workload, contender it is compared with, minimum ratio nnstudio / contender)
    "W1": [("torch", 5.0), ("numpy", 0.9)],
    "W2": [("torch", 1.2), ("floor", 0.6)],
    "W3": [("floor", 0.75)],
}


def make_data(spec, seed=0):
    """Learnable-looking data: class clusters in input space (the numbers do not matter for speed)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, CLASSES, spec["samples"])
    centres = rng.standard_normal((CLASSES, spec["inputs"])).astype(np.float32)
    x = rng.standard_normal((spec["samples"], spec["inputs"]), dtype=np.float32)
    x += centres[y]
    return x, y


def glorot(rng, fan_in, fan_out):
    limit = math.sqrt(6 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, (fan_in, fan_out)).astype(np.float32)


# ----- contenders: each returns a function that trains one epoch -----------------------------------

def nnstudio_epoch(spec, x, y):
    from nnstudio import keras

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((spec["inputs"],)),
                              *[keras.layers.Dense(h, activation="relu") for h in spec["hidden"]],
                              keras.layers.Dense(CLASSES)])
    model.compile(optimizer=keras.optimizers.Adam(LR),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    model.fit(x[: spec["batch"] * 4], y[: spec["batch"] * 4], batch_size=spec["batch"], verbose=0)  # warm-up

    def epoch():
        model.fit(x, y, batch_size=spec["batch"], epochs=1, verbose=0)
    return epoch


class NumpyMLP:
    """A bare NumPy MLP as one would write it by hand: relu hidden layers, softmax cross-entropy,
    Adam (torch's formula) updated in place, Python-float hyperparameters (float32 throughout)."""

    def __init__(self, sizes, seed=0, lr=LR, b1=0.9, b2=0.999, eps=1e-7):
        rng = np.random.default_rng(seed)
        self.params = []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            self.params += [glorot(rng, fan_in, fan_out), np.zeros(fan_out, np.float32)]
        self.m = [np.zeros_like(p) for p in self.params]
        self.v = [np.zeros_like(p) for p in self.params]
        self.lr, self.b1, self.b2, self.eps, self.t = lr, b1, b2, eps, 0

    def step(self, xb, yb):
        n_layers = len(self.params) // 2
        acts = [xb]
        for i in range(n_layers):
            z = acts[-1] @ self.params[2 * i]
            z += self.params[2 * i + 1]
            if i < n_layers - 1:
                np.maximum(z, 0, out=z)
            acts.append(z)
        logits = acts[-1]
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        s = p.sum(axis=1, keepdims=True)
        rows = np.arange(len(yb))
        loss = float(np.log(s[:, 0]).mean() - logits[rows, yb].mean())
        p /= s
        p[rows, yb] -= 1
        p *= 1.0 / len(yb)
        dz, grads = p, [None] * len(self.params)
        for i in reversed(range(n_layers)):
            grads[2 * i] = acts[i].T @ dz
            grads[2 * i + 1] = dz.sum(axis=0)
            if i > 0:
                dz = dz @ self.params[2 * i].T
                dz *= acts[i] > 0
        self.t += 1
        step_size = self.lr / (1 - self.b1 ** self.t)
        inv_bc2 = 1 / math.sqrt(1 - self.b2 ** self.t)
        for w, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.b1
            m += (1 - self.b1) * g
            v *= self.b2
            v += (1 - self.b2) * (g * g)
            denom = np.sqrt(v)
            denom *= inv_bc2
            denom += self.eps
            np.divide(m, denom, out=denom)
            denom *= step_size
            w -= denom
        return loss


def numpy_epoch(spec, x, y):
    net = NumpyMLP((spec["inputs"], *spec["hidden"], CLASSES))
    rng = np.random.default_rng(0)
    bs = spec["batch"]

    def epoch():
        order = rng.permutation(len(x))
        total = 0.0
        for i in range(0, len(x), bs):
            idx = order[i:i + bs]
            total += net.step(x[idx], y[idx]) * len(idx)
        return total / len(x)
    return epoch


def sklearn_epoch(spec, x, y):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    clf = MLPClassifier(hidden_layer_sizes=spec["hidden"], activation="relu", solver="adam", alpha=0.0,
                        batch_size=spec["batch"], learning_rate_init=LR, shuffle=True, random_state=0)
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    clf.partial_fit(x[: spec["batch"] * 4], y[: spec["batch"] * 4], classes=np.arange(CLASSES))

    def epoch():
        clf.partial_fit(x, y)
    return epoch


def torch_epoch(spec, x, y):
    import torch

    torch.set_num_threads(2)
    torch.manual_seed(0)
    sizes = (spec["inputs"], *spec["hidden"], CLASSES)
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(torch.nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    net = torch.nn.Sequential(*layers)
    opt = torch.optim.Adam(net.parameters(), lr=LR, eps=1e-7)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x), torch.from_numpy(y.astype(np.int64))
    bs = spec["batch"]

    def epoch():
        order = torch.randperm(len(xt))
        total = 0.0
        for i in range(0, len(xt), bs):
            idx = order[i:i + bs]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        return total / len(xt)
    return epoch


def floor_epoch(spec, x, y):
    """Only the GEMMs of an epoch, into preallocated buffers: x·W forward; aᵀ·dz and dz·Wᵀ backward
    (dz·Wᵀ skipped for the first layer, whose input gradient nobody needs)."""
    sizes = (spec["inputs"], *spec["hidden"], CLASSES)
    rng = np.random.default_rng(0)
    weights = [glorot(rng, a, b) for a, b in zip(sizes[:-1], sizes[1:])]
    bs, n = spec["batch"], len(x)
    batches = [(i, min(bs, n - i)) for i in range(0, n, bs)]
    buffers = {}
    for m in {m for _, m in batches}:
        acts = [np.empty((m, s), np.float32) for s in sizes[1:]]
        dzs = [np.full((m, s), 1e-3, np.float32) for s in sizes[1:]]
        buffers[m] = (acts, dzs, [np.empty_like(w) for w in weights])

    def epoch():
        for i, m in batches:
            acts, dzs, dws = buffers[m]
            a = x[i:i + m]
            for w, out in zip(weights, acts):
                np.matmul(a, w, out=out)
                a = out
            for k in reversed(range(len(weights))):
                inp = x[i:i + m] if k == 0 else acts[k - 1]
                np.matmul(inp.T, dzs[k], out=dws[k])
                if k > 0:
                    np.matmul(dzs[k], weights[k].T, out=dzs[k - 1])
    return epoch


CONTENDERS = {"nnstudio": nnstudio_epoch, "numpy": numpy_epoch, "sklearn": sklearn_epoch,
              "torch": torch_epoch, "floor": floor_epoch}


# ----- running and reporting ---------------------------------------------------------------------

def run(workloads, repeats, contenders):
    results = {}
    for wl in workloads:
        spec = WORKLOADS[wl]
        x, y = make_data(spec)
        results[wl] = time_interleaved(CONTENDERS, contenders, spec, x, y, repeats, spec["samples"])
        arch = " → ".join(str(s) for s in (spec["inputs"], *spec["hidden"], CLASSES))
        print_results(f"{wl}: {arch}, batch {spec['batch']}, {spec['samples']:,} samples", results[wl], width=12)
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workloads", default="W1,W2,W3")
    parser.add_argument("--contenders", default=",".join(CONTENDERS))
    parser.add_argument("--quick", action="store_true", help="2 repeats (a smoke run)")
    args = parser.parse_args(argv)
    print("\n".join(environment_lines()))
    results = run([w.strip() for w in args.workloads.split(",")], 2 if args.quick else args.repeats,
                  [c.strip() for c in args.contenders.split(",")])
    print_targets(results, TARGETS)


if __name__ == "__main__":
    main()
