"""A corpus of hostile files: each case makes one file (small on disk) that a careless reader would
misread, crash on, hang on or run out of memory on. Every case must end in one specific message.

``PROJECT_CASES[name](folder) -> (path, phrase)``: ``phrase`` is a piece of the expected message.
Used by the project, CLI and window tests.
"""

from __future__ import annotations

import functools
import io
import json
import os
import struct
import zipfile
from pathlib import Path

import numpy as np

from tests.project.project_files import edit_project_file, trained_project

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"


def good_project(folder) -> Path:
    path = Path(folder) / "good.nnstudio"
    if not path.exists():
        trained_project("xor", path)
    return path


def _edited(name, project=None, weights=None):
    def make(folder):
        return edit_project_file(good_project(folder), Path(folder) / f"{name}.nnstudio", project, weights)
    return make


def _zip(folder, name, members, compression=zipfile.ZIP_DEFLATED):
    path = Path(folder) / name
    with zipfile.ZipFile(path, "w", compression=compression) as z:
        for member, data in members.items():
            if hasattr(data, "__call__"):
                with z.open(member, "w", force_zip64=True) as f:
                    data(f)
            else:
                z.writestr(member, data)
    return path


def _project_json(folder):
    with zipfile.ZipFile(good_project(folder)) as z:
        return z.read("project.json"), z.read("weights.npz")


def json_bomb(folder):
    """project.json unpacks to 40 MB of spaces (a few KB packed)."""
    raw, npz = _project_json(folder)

    def write(f):
        f.write(raw[:-1])
        block = b" " * (1024 * 1024)
        for _ in range(40):
            f.write(block)
        f.write(raw[-1:])
    return _zip(folder, "json_bomb.nnstudio", {"project.json": write, "weights.npz": npz})


def weights_bomb(folder):
    """weights.npz unpacks to 200 MB of zeros (a trace that is mostly zeros; ~200 KB packed)."""
    raw, _ = _project_json(folder)

    def write(f):
        header = io.BytesIO()
        np.lib.format.write_array_header_1_0(header, {"descr": "<f4", "fortran_order": False,
                                                      "shape": (50 * 1024 * 1024,)})
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as z:  # a stored .npy, as np.savez writes it
            with z.open("history/1/batch_loss.npy", "w", force_zip64=True) as g:
                g.write(header.getvalue())
                block = bytes(1024 * 1024)
                for _ in range(200):
                    g.write(block)
        f.write(inner.getvalue())
    return _zip(folder, "weights_bomb.nnstudio", {"project.json": raw, "weights.npz": write})


def _npz_with_header(shape, descr="<f4", body=b""):
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": descr, "fortran_order": False, "shape": shape})
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("history/1/batch_loss.npy", header.getvalue() + body)
    return inner.getvalue()


def array_header_bomb(folder):
    """An array whose header claims 2 GB (the data is not there): refused from the header."""
    raw, _ = _project_json(folder)
    return _zip(folder, "array_header.nnstudio",
                {"project.json": raw, "weights.npz": _npz_with_header((500_000_000,))})


def _trace(name, trace):
    def make(folder):
        return edit_project_file(good_project(folder), Path(folder) / f"{name}.nnstudio",
                                 weights=lambda arrays: arrays.update({"history/1/batch_loss": trace}))
    return make


pickled_array = _trace("pickled", np.array([{"a": 1}], dtype=object))
#: 6 million losses (24 MB, compresses to ~25 KB): longer than any run keeps
long_trace = _trace("long_trace", np.zeros(6_000_000, np.float32))


def deep_json(folder):
    _, npz = _project_json(folder)
    return _zip(folder, "deep.nnstudio", {"project.json": b"[" * 200_000 + b"]" * 200_000, "weights.npz": npz})


def deep_layer_config(folder):
    """Nested 500 deep inside a layer's config: json reads it, anything recursive would not."""
    raw, npz = _project_json(folder)
    data = json.loads(raw)
    data["network"]["layers"][1]["config"]["extra"] = json.loads("[" * 500 + "]" * 500)
    return _zip(folder, "deep_config.nnstudio", {"project.json": json.dumps(data), "weights.npz": npz})


def many_objects(folder):
    """Three million empty objects (a few KB packed, gigabytes as Python objects)."""
    _, npz = _project_json(folder)

    def write(f):
        f.write(b'{"schema_version": 1, "x": [')
        f.write(b"{}," * 3_000_000)
        f.write(b"{}]}")
    return _zip(folder, "many_objects.nnstudio", {"project.json": write, "weights.npz": npz})


def lying_size(folder):
    """project.json's headers claim 10 bytes; its data is longer (the CRC then fails)."""
    path = _zip(folder, "lying.nnstudio", {"project.json": b"{" + b" " * 5000 + b"}"})
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 10)
    struct.pack_into("<I", data, central + 24, 10)
    path.write_bytes(bytes(data))
    return path


def not_a_zip(folder):
    path = Path(folder) / "text.nnstudio"
    path.write_text("hello, I am not a project")
    return path


def truncated(folder):
    path = Path(folder) / "truncated.nnstudio"
    good = good_project(folder).read_bytes()
    path.write_bytes(good[: len(good) // 2])
    return path


def fifo(folder, suffix=".nnstudio"):
    path = Path(folder) / f"pipe{suffix}"
    os.mkfifo(path)
    return path


def dev_zero(folder, suffix=".nnstudio"):
    path = Path(folder) / f"zero{suffix}"
    path.symlink_to("/dev/zero")
    return path


def _set(path, value):
    def edit(d):
        *parents, last = path
        for key in parents:
            d = d[key]
        d[last] = value
    return edit


def _weights_nan(arrays):
    arrays["weights/0000"] = np.full_like(arrays["weights/0000"], np.nan)


PROJECT_CASES = {
    "json bomb": (json_bomb, "too large"),
    "weights bomb": (weights_bomb, "too large"),
    "array header bomb": (array_header_bomb, "too large"),
    "pickled array": (pickled_array, "not an array of numbers"),
    "long trace": (long_trace, "loss trace"),
    "deep json": (deep_json, "nested"),
    "deep layer config": (deep_layer_config, "nested"),
    "many objects": (many_objects, "entries"),
    "lying size": (lying_size, "damaged"),
    "not a zip": (not_a_zip, "not a complete zip"),
    "truncated": (truncated, "damaged"),
    "fifo": (fifo, "not an ordinary file"),
    "symlink to /dev/zero": (dev_zero, "not an ordinary file"),
    "schema_version true": (_edited("v_true", _set(["schema_version"], True)), "schema version"),
    "schema_version -3": (_edited("v_neg", _set(["schema_version"], -3)), "schema_version must be"),
    "newer schema": (_edited("v_new", _set(["schema_version"], 99)), "newer NN Studio"),
    "no network": (_edited("no_net", lambda d: d.pop("network")), "has no network"),
    "text count": (_edited("count", _set(["weights", "count"], "3")), "weights.count must be"),
    "array for a scalar": (_edited("lr", _set(["training", "learning_rate"], [0.1])),
                           "training.learning_rate must be a number"),
    "huge epochs": (_edited("epochs", _set(["training", "epochs"], 10**12)), "training"),
    "config not a mapping": (_edited("cfg", _set(["network", "layers", 1, "config"], "units=3")),
                             "network.layers[1].config must be an object"),
    "layers not a list": (_edited("layers", _set(["network", "layers"], {"a": 1})), "network.layers must be"),
    "unknown layer": (_edited("unknown", _set(["network", "layers", 1, "class_name"], "Conv3D")), "Conv3D"),
    "garbage history entry": (_edited("hist", _set(["history", "runs"], [5])), "history.runs[0] must be"),
    "text in an epoch log": (_edited("log", _set(["history", "runs", 0, "epochs", 0, "loss"], "low")),
                             "history.runs[0].epochs[0].loss must be a number"),
    "garbage run status": (_edited("status", _set(["history", "runs", 0, "status"], 7)), "status must be"),
    "garbage lesson": (_edited("lesson", _set(["lesson"], {"hidden": 5})), "lesson.hidden must be"),
    "lesson goal not a mapping": (_edited("goal", _set(["lesson"], {"goal": [1, 2]})), "lesson.goal must be"),
    "huge n_samples": (_edited("n", _set(["data", "n_samples"], 10**12)), "n_samples"),
    "unknown data set": (_edited("data", _set(["data", "name"], "nope")), "nope"),
    "NaN weights": (_edited("nan", weights=_weights_nan), "not numbers (NaN"),
    "missing weights": (_edited("missing", weights=lambda a: a.pop("weights/0001")), "weights are missing"),
}


# ----- tables ------------------------------------------------------------------------------
#: ``CSV_CASES[name](folder) -> (path, phrase)``: ``phrase`` is a piece of the expected message, or
#: None when the table must load.

ROWS = "".join(f"{i},{i % 7},{'a' if i % 2 else 'b'}\n" for i in range(60))


def _table(name, content):
    def make(folder):
        path = Path(folder) / name
        if callable(content):
            with open(path, "wb") as f:
                content(f)
        else:
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
        return path
    return make


def _one_long_line(f):
    """9 MB without a line end: a header no table has."""
    block = b"column," * (1024 * 1024 // 7)
    for _ in range(9):
        f.write(block)


def _many_rows_ragged_late(f):
    """5 MB of good rows, then rows with a cell too many and too few."""
    f.write(b"x,y,label\n")
    good = ROWS.encode()
    for _ in range(5 * 1024 * 1024 // len(good)):
        f.write(good)
    f.write(b"1,2,a,extra\n3,4\n")


def _unclosed_quote(f):
    f.write(b'x,y,label\n1,2,"a\n')
    for _ in range(100_000):
        f.write(b"3,4,b\n")


CSV_CASES = {
    "balanced ragged rows": (_table("ragged.csv", "x,y,label\n1,2,a\n3,4,b,extra\n5,6\n" + ROWS),
                             "In all, 2 rows have the wrong number of cells: rows 3, 4."),
    "ragged rows after 5 MB": (_table("ragged_late.csv", _many_rows_ragged_late), "rows have the wrong number"),
    "1e308 values": (_table("huge_values.csv", "x,y,label\n1,2,a\n1e308,4,b\n" + ROWS), "too large to use"),
    "infinite values": (_table("inf.csv", "x,y,label\n1,2,a\ninf,4,b\n" + ROWS), "value inf is too large"),
    "CR-only line endings": (_table("mac.csv", ("x,y,label\n" + ROWS).replace("\n", "\r")), None),
    "FIFO": (functools.partial(fifo, suffix=".csv"), "not an ordinary file"),
    "symlink to /dev/zero": (functools.partial(dev_zero, suffix=".csv"), "not an ordinary file"),
    "header over 64 KB": (_table("wide.csv", ",".join(f"column_{i}" for i in range(9000)) + "\n" +
                                 ",".join("1" * 9000) + "\n"), "longer than 64 KB"),
    "9 MB without a line end": (_table("one_line.csv", _one_long_line), "longer than 64 KB"),
    "header only": (_table("header.csv", "x,y,label\n"), "only a header row"),
    "one column": (_table("one.csv", "x\n" + "".join(f"{i}\n" for i in range(50))), "only one column"),
    "text in every column": (_table("names.csv", "name,label\n" + "".join(f"person {i},{i % 2}\n" for i in range(50))),
                             "differs in almost every row"),
    "decimal commas": (_table("commas.csv", "x;y;label\n" + "".join(f"{i},5;{i % 7},25;{i % 2}\n" for i in range(50))),
                       "decimal comma"),
    "binary data": (_table("binary.csv", b"x,y,label\n1,2,a\n\x00\x01\x02\xff" * 50), "binary"),
    "unclosed quote": (_table("quote.csv", _unclosed_quote), "quote"),
    "empty": (_table("empty.csv", ""), "empty"),
}


# ----- pasted code -------------------------------------------------------------------------
#: ``PASTE_CASES[name] -> (code, phrase)``: the message when the code is read and the network
#: checked (None: a network that is read and passes the check)


def _sequential(*layers, extra=""):
    return ("model = keras.Sequential([keras.layers.Input(shape=(2,)),\n" +
            "".join(f"    keras.layers.{layer},\n" for layer in layers) + "])\n" + extra)


PASTE_CASES = {
    "Dense(10**9)": (_sequential("Dense(10**9)", "Dense(2)"), "must be written out"),
    "Dense(1000000000)": (_sequential("Dense(1000000000)", "Dense(2)"), "would need"),
    "epochs=10**12": (_sequential("Dense(2)", extra="model.fit(x, y, epochs=10**12)\n"), "must be written out"),
    "epochs=1000000000000": (_sequential("Dense(2)", extra="model.fit(x, y, epochs=1000000000000)\n"), "epochs"),
    "deeply nested": ("model = keras.Sequential(" + "[" * 100_000 + "]" * 100_000 + ")\n", "nested parentheses"),
    "nested layer argument": (_sequential("Dense(" + "(" * 5000 + "2" + ")" * 5000 + ")"), "nested parentheses"),
    "10,000 layers": (_sequential(*["Dense(4, activation='relu')"] * 10_000, "Dense(2)"), None),
    "code that would run": ("__import__('os').system('echo pwned')\n", "Line 1"),
    "negative units": (_sequential("Dense(-5)"), "units"),
    "text for units": (_sequential("Dense('many')"), "units"),
    "huge string": (_sequential("Dense(2, name='" + "x" * 2_000_000 + "')"), None),
}
