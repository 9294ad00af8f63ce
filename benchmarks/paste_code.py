"""Reading pasted Keras code with many layers: the time per layer stays flat (linear in the code).

    python benchmarks/paste_code.py [--sizes 1000,4000,16000] [--repeats 3]

For each size, a ``Sequential([...])`` of that many ``Dense`` layers is parsed (best of
``--repeats``) and the time per layer printed; quadratic work (each new name checked against a
list of all earlier ones) would make the last column grow with the size.
"""

from __future__ import annotations

import argparse
import time

from nnstudio.project.keras_code import parse_keras_code


def code_with(n: int) -> str:
    body = "".join("    keras.layers.Dense(4, activation='relu'),\n" for _ in range(n))
    return f"model = keras.Sequential([\n    keras.layers.Input(shape=(2,)),\n{body}])\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'layers':>8} {'seconds':>9} {'ms per layer':>13}")
    for n in (int(s) for s in args.sizes.split(",")):
        code = code_with(n)
        best = min(_timed(code) for _ in range(args.repeats))
        print(f"{n:>8} {best:>9.2f} {1000 * best / n:>13.3f}")


def _timed(code):
    start = time.perf_counter()
    parse_keras_code(code, (2,))
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
