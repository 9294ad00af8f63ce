"""Reading pasted Keras code with many layers, and building the network it describes: the time
per layer stays flat (linear in the code).

    python benchmarks/paste_code.py [--sizes 1000,4000,16000] [--repeats 3]

For each size, a ``Sequential([...])`` of that many ``Dense`` layers is parsed, then built as the
window's views build it (``Sequential.from_config``), best of ``--repeats`` each, and the time per
layer printed; quadratic work (each new name checked against a list of all earlier ones; every
weight re-packed after each added layer) would make the per-layer columns grow with the size.
"""

from __future__ import annotations

import argparse
import time

from nnstudio.engine.model import Sequential
from nnstudio.project.keras_code import parse_keras_code


def code_with(n: int) -> str:
    body = "".join("    keras.layers.Dense(4, activation='relu'),\n" for _ in range(n))
    return f"model = keras.Sequential([\n    keras.layers.Input(shape=(2,)),\n{body}])\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'layers':>8} {'read s':>8} {'ms/layer':>9} {'build s':>8} {'ms/layer':>9}")
    for n in (int(s) for s in args.sizes.split(",")):
        code = code_with(n)
        read = min(_timed(parse_keras_code, code, (2,)) for _ in range(args.repeats))
        config = {"layers": parse_keras_code(code, (2,)).layers}
        build = min(_timed(Sequential.from_config, config) for _ in range(args.repeats))
        print(f"{n:>8} {read:>8.2f} {1000 * read / n:>9.3f} {build:>8.2f} {1000 * build / n:>9.3f}")


def _timed(function, *args):
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
