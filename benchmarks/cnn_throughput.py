"""Training throughput of small convolutional networks: nnstudio against torch, as a printed table.

    python benchmarks/cnn_throughput.py [--repeats 3] [--networks mnist,cifar] [--quick]

Networks (Adam lr 1e-3, softmax cross-entropy from logits, float32, batch 64, one shuffled
epoch of 4,096 samples):

    mnist   28×28×1 → Conv 32 3×3 relu → MaxPool 2 → Conv 64 3×3 relu → MaxPool 2 → Flatten → Dense 10
    cifar   32×32×3 → Conv 32 3×3 same relu → MaxPool 2 → Conv 64 3×3 same relu → MaxPool 2
            → Flatten → Dense 64 relu → Dense 10

Contenders, timed interleaved in the same run (each epoch timed on its own; best and median of
``--repeats`` reported):

    nnstudio   ``model.fit(x, y, batch_size=64, epochs=1, verbose=0)`` with metrics=['accuracy']
    torch      ``torch.set_num_threads(THREADS)`` (2, or ``--threads``); the same network in its own
               layout (channels-first),
               Adam, CrossEntropyLoss, loss.item() per batch
    floor      the GEMM-only floor: the epoch's matrix products only, on preallocated buffers and
               already unfolded patches (per conv layer: patches·kernel forward, patchesᵀ·dz and
               dz·kernelᵀ backward — the first layer's input gradient skipped; the same for Dense).
               No unfolding, bias, activation, pooling, loss, optimizer or data movement.

Target (this 2-core machine): nnstudio ≥ 1.0× torch on both networks. Timings are wall-clock on
a shared machine: the ratios are measured interleaved; rerun when in doubt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nnstudio  # noqa: E402, F401  (first, as in the app: it sets OpenBLAS's thread timeout before NumPy loads)
import numpy as np  # noqa: E402

from timing import environment_lines, print_results, print_targets, time_interleaved  # noqa: E402

NETWORKS = {
    "mnist": dict(shape=(28, 28, 1), convs=(32, 64), padding="valid", dense=()),
    "cifar": dict(shape=(32, 32, 3), convs=(32, 64), padding="same", dense=(64,)),
}
CLASSES, LR, BATCH, SAMPLES, KERNEL = 10, 1e-3, 64, 4096, 3
THREADS = 2  # for every contender: torch's, NumPy's BLAS and nnstudio's own (see --threads)
TARGETS = {"mnist": [("torch", 1.0)], "cifar": [("torch", 1.0)]}


def describe(spec):
    h, w, c = spec["shape"]
    same = " same" if spec["padding"] == "same" else ""
    parts = [f"{h}×{w}×{c}"]
    for f in spec["convs"]:
        parts += [f"Conv {f} 3×3{same} relu", "MaxPool 2"]
    parts += ["Flatten", *[f"Dense {u} relu" for u in spec["dense"]], f"Dense {CLASSES}"]
    return " → ".join(parts)


def make_data(spec, seed=0):
    """Pictures with a class-dependent pattern (the numbers do not matter for speed)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, CLASSES, SAMPLES)
    patterns = rng.random((CLASSES, *spec["shape"]), dtype=np.float32)
    x = rng.random((SAMPLES, *spec["shape"]), dtype=np.float32) * 0.5
    x += patterns[y]
    return x, y


def shapes(spec):
    """Per conv layer (in h, w, c, out h, w, filters), the flattened size and the dense sizes."""
    h, w, c = spec["shape"]
    convs = []
    for f in spec["convs"]:
        oh, ow = (h, w) if spec["padding"] == "same" else (h - KERNEL + 1, w - KERNEL + 1)
        convs.append((h, w, c, oh, ow, f))
        h, w, c = oh // 2, ow // 2, f
    return convs, h * w * c, (h * w * c, *spec["dense"], CLASSES)


# ----- contenders: each returns a function that trains one epoch -----------------------------------

def nnstudio_epoch(spec, x, y):
    from nnstudio import keras

    keras.utils.set_random_seed(0)
    layers = [keras.Input(spec["shape"])]
    for f in spec["convs"]:
        layers += [keras.layers.Conv2D(f, KERNEL, padding=spec["padding"], activation="relu"),
                   keras.layers.MaxPooling2D(2)]
    layers += [keras.layers.Flatten(), *[keras.layers.Dense(u, activation="relu") for u in spec["dense"]],
               keras.layers.Dense(CLASSES)]
    model = keras.Sequential(layers)
    model.compile(optimizer=keras.optimizers.Adam(LR),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    model.fit(x[:BATCH * 4], y[:BATCH * 4], batch_size=BATCH, verbose=0)  # warm-up

    def epoch():
        model.fit(x, y, batch_size=BATCH, epochs=1, verbose=0)
    return epoch


def torch_epoch(spec, x, y):
    import torch

    torch.set_num_threads(THREADS)
    torch.manual_seed(0)
    nn = torch.nn
    layers, c = [], spec["shape"][2]
    pad = 1 if spec["padding"] == "same" else 0
    for f in spec["convs"]:
        layers += [nn.Conv2d(c, f, KERNEL, padding=pad), nn.ReLU(), nn.MaxPool2d(2)]
        c = f
    _, flat, dense = shapes(spec)
    layers.append(nn.Flatten())
    for i, (a, b) in enumerate(zip(dense[:-1], dense[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(dense) - 2:
            layers.append(nn.ReLU())
    net = nn.Sequential(*layers)
    opt = torch.optim.Adam(net.parameters(), lr=LR, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()
    xt = torch.from_numpy(np.ascontiguousarray(x.transpose(0, 3, 1, 2)))
    yt = torch.from_numpy(y.astype(np.int64))

    def epoch():
        order = torch.randperm(len(xt))
        total = 0.0
        for i in range(0, len(xt), BATCH):
            idx = order[i:i + BATCH]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        return total / len(xt)
    epoch()  # warm-up (torch picks its algorithms on the first pass)
    return epoch


def floor_epoch(spec, x, y):
    """Only the GEMMs of an epoch. Per layer, with m rows (batch × output pixels for a conv,
    batch for a Dense) and k inputs per row (3·3·channels for a conv): forward (m, k)·(k, n);
    backward (k, m)·(m, n) for the weights and (m, n)·(n, k) for the input, the first layer's
    input gradient skipped."""
    rng = np.random.default_rng(0)
    convs, _, dense = shapes(spec)
    gemms = [(BATCH * oh * ow, KERNEL * KERNEL * c, f) for h, w, c, oh, ow, f in convs]
    gemms += [(BATCH, a, b) for a, b in zip(dense[:-1], dense[1:])]
    bufs = []
    for i, (m, k, n) in enumerate(gemms):
        a = rng.random((m, k), dtype=np.float32)
        wt = rng.random((k, n), dtype=np.float32)
        bufs.append((a, wt, np.empty((m, n), np.float32), np.full((m, n), 1e-3, np.float32),
                     np.empty((k, n), np.float32), np.empty((m, k), np.float32) if i else None))
    steps = SAMPLES // BATCH

    def epoch():
        for _ in range(steps):
            for a, wt, out, _, _, _ in bufs:
                np.matmul(a, wt, out=out)
            for a, wt, _, dz, dw, da in reversed(bufs):
                np.matmul(a.T, dz, out=dw)
                if da is not None:
                    np.matmul(dz, wt.T, out=da)
    return epoch


CONTENDERS = {"nnstudio": nnstudio_epoch, "torch": torch_epoch, "floor": floor_epoch}


# ----- running and reporting ---------------------------------------------------------------------

def run(networks, repeats, contenders):
    results = {}
    for name in networks:
        spec = NETWORKS[name]
        x, y = make_data(spec)
        results[name] = time_interleaved(CONTENDERS, contenders, spec, x, y, repeats, SAMPLES)
        print_results(f"{name}: {describe(spec)}; batch {BATCH}, {SAMPLES:,} samples", results[name])
    return results


def use_threads(n):
    """The same number of threads for every contender: torch (set where it is built), NumPy's BLAS
    and nnstudio's per-sample work."""
    global THREADS
    THREADS = n
    from nnstudio.engine import parallel

    parallel.set_num_threads(n)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(n, user_api="blas")
    except ImportError:
        print(f"threadpoolctl not installed: BLAS keeps its own thread count (asked for {n})")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--networks", default=",".join(NETWORKS))
    parser.add_argument("--contenders", default=",".join(CONTENDERS))
    parser.add_argument("--quick", action="store_true", help="1 repeat (a smoke run)")
    parser.add_argument("--threads", type=int, default=THREADS,
                        help="threads of every contender alike (torch, BLAS, nnstudio); on a busy machine "
                             "--threads 1 keeps a core's wait for the other out of every product")
    args = parser.parse_args(argv)
    use_threads(args.threads)
    print("\n".join(environment_lines()))
    results = run([n.strip() for n in args.networks.split(",")], 1 if args.quick else args.repeats,
                  [c.strip() for c in args.contenders.split(",")])
    print_targets(results, TARGETS)


if __name__ == "__main__":
    main()
