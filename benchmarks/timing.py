"""What the throughput benchmarks share: the machine's description, contenders timed interleaved
(best and median of several epochs each), the printed table and the targets.

A contender is a function ``make(spec, x, y)`` returning ``epoch()``, which trains one epoch.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np


def environment_lines():
    lines = [f"python {platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} cpus, "
             f"{platform.machine()}"]
    if hasattr(os, "getloadavg"):
        lines.append("load average at start: " + ", ".join(f"{v:.2f}" for v in os.getloadavg())
                     + "  (other processes share these cores: ratios are measured interleaved)")
    for var in ("OPENBLAS_NUM_THREADS", "OPENBLAS_THREAD_TIMEOUT", "OMP_NUM_THREADS", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                "MKL_NUM_THREADS"):
        if var in os.environ:
            lines.append(f"{var}={os.environ[var]}")
    try:
        from threadpoolctl import threadpool_info

        for pool in threadpool_info():
            lines.append(f"threadpool: {pool.get('internal_api')} {pool.get('version')} "
                         f"{pool.get('architecture', '')} threads={pool.get('num_threads')} "
                         f"({Path(pool.get('filepath', '')).name})")
    except ImportError:
        lines.append("threadpoolctl not installed: BLAS threads unknown")
    return lines


def available(name):
    try:
        if name == "torch":
            import torch  # noqa: F401
        elif name == "sklearn":
            import sklearn  # noqa: F401
        return True
    except ImportError:
        return False


def time_interleaved(contenders, names, spec, x, y, repeats, samples):
    """``{name: (best, median samples/s)}`` of the available ``names`` among ``contenders``, each
    epoch timed on its own, the contenders taking turns (machine noise hits all alike)."""
    epochs = {name: contenders[name](spec, x, y) for name in names if available(name)}
    times = {name: [] for name in epochs}
    for _ in range(repeats):
        for name, epoch in epochs.items():
            t0 = time.perf_counter()
            epoch()
            times[name].append(time.perf_counter() - t0)
    return {name: (samples / min(ts), samples / statistics.median(ts)) for name, ts in times.items()}


def print_results(title, res, width=10):
    """One line per contender: best, median, nnstudio's best over its best, its share of the floor."""
    print(f"\n{title} (samples/s: best, median; nnstudio's best over each one's; "
          "each one's best as a share of the floor's)")
    for name, (best, median) in res.items():
        ratio = f"nnstudio/{name}: {res['nnstudio'][0] / best:6.2f}×" if "nnstudio" in res and name != "nnstudio" else ""
        floor = f"of floor: {best / res['floor'][0]:5.2f}" if "floor" in res and name != "floor" else ""
        print(f"  {name:<9} {best:>{width},.0f} {median:>{width},.0f}   {ratio:<26} {floor}".rstrip())
    sys.stdout.flush()


def print_targets(results, targets):
    """The load average now, then each target (``{case: [(contender, minimum ratio)]}``) as met or
    MISSED; returns whether all measured ones are met."""
    if hasattr(os, "getloadavg"):
        print("\nload average at end: " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
    print("\nTargets (nnstudio best / contender best):")
    all_met = True
    for case, case_targets in targets.items():
        if case not in results or "nnstudio" not in results[case]:
            continue
        for other, minimum in case_targets:
            if other not in results[case]:
                print(f"  {case}  nnstudio/{other:<6} ≥ {minimum:<4}  skipped ({other} not measured: "
                      "not installed or not asked for)")
                continue
            ratio = results[case]["nnstudio"][0] / results[case][other][0]
            met = ratio >= minimum
            all_met &= met
            print(f"  {case}  nnstudio/{other:<6} ≥ {minimum:<4}  measured {ratio:6.3f}  {'met' if met else 'MISSED'}")
    return all_met
