"""Reading pasted Keras code with many layers, and building the network it describes: the time
per layer stays flat (linear in the code).

    python benchmarks/paste_code.py [--sizes 1000,4000,16000] [--repeats 3] [--no-window]

For each size, a ``Sequential([...])`` of that many ``Dense`` layers is parsed, then built as the
window's views build it (``Sequential.from_config``), best of ``--repeats`` each, and the time per
layer printed; quadratic work (each new name checked against a list of all earlier ones; every
weight re-packed after each added layer) would make the per-layer columns grow with the size.

Then the window's part (offscreen unless a display is set): a main window on the circle example
applies each parsed network (canvas, network check, summary; reading the code is the worker's
part and is not counted) and its event loop runs for 3 seconds more with a 10 ms heartbeat timer:
"apply s" is the UI thread's stop while applying, "then s" its longest stop afterwards (the
insight views and the canvas's first paint).
"""

from __future__ import annotations

import argparse
import os
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
    parser.add_argument("--no-window", action="store_true", help="leave out the window's part")
    args = parser.parse_args(argv)
    print(f"{'layers':>8} {'read s':>8} {'ms/layer':>9} {'build s':>8} {'ms/layer':>9}")
    for n in (int(s) for s in args.sizes.split(",")):
        code = code_with(n)
        read = min(_timed(parse_keras_code, code, (2,)) for _ in range(args.repeats))
        config = {"layers": parse_keras_code(code, (2,)).layers}
        build = min(_timed(Sequential.from_config, config) for _ in range(args.repeats))
        print(f"{n:>8} {read:>8.2f} {1000 * read / n:>9.3f} {build:>8.2f} {1000 * build / n:>9.3f}")
    if not args.no_window:
        window_stops([int(s) for s in args.sizes.split(",")])


def window_stops(sizes):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nnstudio.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    print(f"\n{'layers':>8} {'apply s':>8} {'ms/layer':>9} {'then s':>8}")
    for n in sizes:
        parsed = parse_keras_code(code_with(n), None)
        window = MainWindow()
        window.resize(1600, 1000)
        window.show()
        pump(app, 1.0)
        start = time.perf_counter()
        window.builder.apply_parsed_code(parsed)
        applied = time.perf_counter() - start
        beats = [time.perf_counter()]
        timer = QTimer()
        timer.timeout.connect(lambda: beats.append(time.perf_counter()))
        timer.start(10)
        pump(app, 3.0)
        timer.stop()
        longest = max(b - a for a, b in zip(beats, beats[1:]))
        print(f"{n:>8} {applied:>8.2f} {1000 * applied / n:>9.3f} {longest:>8.2f}")
        window.doc.set_dirty(False)
        window.close()
        pump(app, 0.5)


def pump(app, seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


def _timed(function, *args):
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
