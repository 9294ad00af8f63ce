"""Helper processes that take parts of a split training step (see sharded_step.py).

Threads of one process hand Python's lock to each other at every NumPy call. With the two parts
of a convolutional step on two threads, each part takes about a fifth longer than alone; in two
processes side by side they do not. So once a model has split a few steps, it starts one helper
process per part beyond the first. A helper builds the same network from its config and the same
loss, and per step:

- reads the weights and its part of the batch from a memory-mapped file it shares with the
  training process;
- runs the same forward, loss and backward as a thread would (``sharded_step.part_pass``);
- writes its gradients, output and loss into that file.

Orders and replies are one line of JSON each on the helper's standard input and output; nothing
is pickled. The helper's arithmetic is the thread's (the same code, BLAS on one thread per call),
so a step gives the same numbers on either, and a run repeats exactly whether or when its helpers
joined. Until a helper is ready, and for good after one fails, its part runs on a thread.

Only networks whose layers and loss rebuild exactly from their configs, with all weights
trainable in one flat array (flat_layout.py), use helpers, and only for steps with enough work
per weight (``OUTPUTS_PER_WEIGHT``); the others keep the threads.
"""

from __future__ import annotations

import json
import mmap
import os
import subprocess
import sys
import tempfile
import threading
import weakref
from pathlib import Path

import numpy as np

#: the argument that makes the frozen app (which has no ``-m``) run a helper (see cli.py)
FROZEN_FLAG = "--engine-part-process"
#: set by the desktop bundle's entry point, which serves ``FROZEN_FLAG`` (packaging/nnstudio_main.py)
FROZEN_ENTRY_SERVES = False
#: split steps a model takes on threads before it starts helpers: short runs never pay the start
#: (about 0.4 s of CPU for Python, NumPy and the engine)
START_AFTER = 16
#: a helper takes a step only when the layers output this many numbers in it per weight: each
#: step copies the weights to it and adds its gradients, which costs more than the threads' lock
#: hand-overs in a dense network (``benchmarks/sharded_step.py``: 784 → 1024 → 1024 → 10 at batch
#: 1024, 1.05× on threads, 1.00× with a helper; mnist's convnet at batch 64: 70 outputs per weight)
OUTPUTS_PER_WEIGHT = 4
_ALIGN = 64
_enabled = os.environ.get("NNSTUDIO_PART_PROCESSES", "1") != "0"


def enabled() -> bool:
    """False when split steps keep to threads (``NNSTUDIO_PART_PROCESSES=0`` or :func:`set_enabled`)."""
    return _enabled


def set_enabled(value: bool) -> None:
    global _enabled
    _enabled = bool(value)


# ----- what a helper needs to know about the model -------------------------------------------------

def flat_arrays(model):
    """(weights, grads): the 1-D arrays that all of ``model``'s weights and their gradients tile,
    or None when some weight is frozen, or they differ in dtype (a helper then cannot share them)."""
    from nnstudio.engine.flat_layout import tiled_base

    variables = model._variables
    weights = tiled_base([layer.weights_dict[n] for layer, n in variables])
    grads = tiled_base([layer.grads[n] for layer, n in variables])
    if weights is None or grads is None or len(model.weights) != len(variables):
        return None
    return weights, grads


def model_spec(model):
    """The JSON text a helper builds ``model`` and its loss from, or None where they do not rebuild
    exactly (a layer or loss class of the user's own, a custom activation)."""
    from nnstudio.engine import losses
    from nnstudio.engine.model import Sequential

    try:
        spec = {"model": model.get_config(), "loss": losses.serialize(model.loss),
                "floatx": str(flat_arrays(model)[0].dtype)}
        text = json.dumps(spec, allow_nan=False)
        again = json.loads(text)
        rebuilt = Sequential.from_config(again["model"])
        loss = losses.get(again["loss"])
    except Exception:  # anything that does not rebuild: the threads take every part
        return None
    same_layers = [type(a) for a in rebuilt.layers] == [type(b) for b in model.layers]
    if not same_layers or type(loss) is not type(model.loss):
        return None
    if json.dumps({"model": rebuilt.get_config(), "loss": losses.serialize(loss)}, allow_nan=False) != \
            json.dumps({"model": again["model"], "loss": again["loss"]}, allow_nan=False):
        return None
    return text


def helper_command() -> list[str] | None:
    """How to start a helper, or None where no command is known to be one: a frozen program that
    is not NN Studio's bundle, or an interpreter embedded in another program (whose executable
    would start that program again)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG] if FROZEN_ENTRY_SERVES else None
    if not sys.executable or not Path(sys.executable).name.lower().startswith("python"):
        return None
    return [sys.executable, "-m", "nnstudio.engine.part_processes"]


def _helper_environment() -> dict:
    env = dict(os.environ)
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        env[name] = "1"
    if not getattr(sys, "frozen", False):  # the package this process runs, wherever it was imported from
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


# ----- the shared file --------------------------------------------------------------------------

class SharedBlock:
    """A memory-mapped temporary file in named, aligned regions: ``weights`` and ``grads`` (the
    flat arrays), and ``x``, ``y``, ``out`` of up to ``capacity`` bytes each (the loss comes in
    the reply's JSON, as Python's float text, which keeps every bit)."""

    def __init__(self, weights_nbytes, capacity, path=None):
        self.sizes = {"weights": weights_nbytes, "grads": weights_nbytes,
                      "x": capacity["x"], "y": capacity["y"], "out": capacity["out"]}
        self.offsets, total = {}, 0
        for name, size in self.sizes.items():
            self.offsets[name] = total
            total += -(-max(size, 1) // _ALIGN) * _ALIGN
        self.total = total
        if path is None:
            folder = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
            fd, path = tempfile.mkstemp(prefix="nnstudio-step-", dir=folder)
            os.ftruncate(fd, total)
        else:
            fd = os.open(path, os.O_RDWR)
        self.path = path
        try:
            self.map = mmap.mmap(fd, total)
        finally:
            os.close(fd)

    def layout(self):
        return {"path": self.path, "weights": self.sizes["weights"],
                "capacity": {k: self.sizes[k] for k in ("x", "y", "out")}}

    def array(self, region, dtype, shape):
        dtype = np.dtype(dtype)
        count = int(np.prod(shape, dtype=np.int64))
        if count * dtype.itemsize > self.sizes[region]:
            raise ValueError(f"{region}: {count} × {dtype} do not fit in {self.sizes[region]} bytes")
        return np.frombuffer(self.map, dtype, count, self.offsets[region]).reshape(shape)

    def forget_path(self):
        """Remove the file's name once both sides have mapped it (POSIX keeps the mapping)."""
        try:
            os.unlink(self.path)
        except OSError:
            pass

    def close(self):
        try:
            self.map.close()
        except (BufferError, ValueError):  # views still alive: the mapping goes with them
            pass
        self.forget_path()


def _described(a):
    return [a.dtype.str, list(a.shape)]


# ----- the training process's side ------------------------------------------------------------------

class Helper:
    """One helper process for one model: started at once, ready when it has built the model."""

    def __init__(self, spec_text, command=None):
        self.block = None
        self.parts_done = 0
        self._failed = False
        self._setup_reply: list[dict] = []   # filled once by the thread below
        self._ready = threading.Event()
        command = command or helper_command()
        if command is None:
            raise FileNotFoundError("no command starts a helper process here")
        self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.DEVNULL, env=_helper_environment(),
                                      creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self._finalizer = weakref.finalize(self, _stop, self._proc, [])
        self._send({"op": "setup", "spec": spec_text})
        # the thread holds no reference to this object, which can so end (and stop the process) any time
        threading.Thread(target=_wait_ready, args=(self._proc.stdout, self._setup_reply, self._ready),
                         name="nnstudio-part-helper", daemon=True).start()

    @property
    def failed(self):
        return self._failed or (self._ready.is_set() and self._setup_reply[0].get("ok") != "ready")

    @property
    def ready(self):
        return self._ready.is_set() and not self.failed

    def _send(self, message):
        self._proc.stdin.write(json.dumps(message).encode() + b"\n")
        self._proc.stdin.flush()

    def _receive(self) -> dict:
        return _reply(self._proc.stdout)

    def _ensure_block(self, weights, x, y, out_nbytes):
        need = {"x": x.nbytes, "y": y.nbytes, "out": out_nbytes}
        if (self.block is not None and self.block.sizes["weights"] == weights.nbytes
                and all(self.block.sizes[k] >= v for k, v in need.items())):
            return
        if self.block is not None:
            self.block.close()
        self.block = SharedBlock(weights.nbytes, {k: 2 * v for k, v in need.items()})
        self._finalizer.detach()
        self._finalizer = weakref.finalize(self, _stop, self._proc, [self.block])
        self._send({"op": "map", **self.block.layout()})
        reply = self._receive()
        self.block.forget_path()
        if reply.get("ok") != "mapped":
            raise RuntimeError(reply.get("error", "the helper could not map the shared file"))

    def start_part(self, weights, x, y, share, out_nbytes):
        """Hand over the weights and a part (x, y) whose loss is ``share`` of the batch's."""
        self._ensure_block(weights, x, y, out_nbytes)
        self.block.array("weights", weights.dtype, weights.shape)[...] = weights
        self.block.array("x", x.dtype, x.shape)[...] = x
        self.block.array("y", y.dtype, y.shape)[...] = y
        self._send({"op": "step", "x": _described(x), "y": _described(y), "share": share})

    def finish_part(self, grads):
        """Add the part's gradients to ``grads``; return (the part's share of the loss, its output)."""
        reply = self._receive()
        if "error" in reply:
            raise RuntimeError(reply["error"])
        loss = reply["loss"]
        loss = np.dtype(reply["loss_type"]).type(loss) if reply["loss_type"] else float(loss)
        out = self.block.array("out", *reply["out"]).copy()
        # last, once nothing else can fail: a part that fails is run again here, and added once
        grads += self.block.array("grads", grads.dtype, grads.shape)
        self.parts_done += 1
        return loss, out

    def discard_part(self):
        """Wait for the part handed over and drop it."""
        self._receive()

    def fail(self):
        self._failed = True
        self.close()

    def close(self):
        self._finalizer()


def _reply(stream) -> dict:
    line = stream.readline()
    try:
        return json.loads(line) if line else {"error": "the helper process ended"}
    except ValueError:
        return {"error": "an unreadable reply"}


def _wait_ready(stream, replies, ready):
    replies.append(_reply(stream))
    ready.set()


def _stop(proc, blocks):
    try:
        proc.stdin.close()  # the helper ends at the end of its input
    except OSError:
        pass
    try:
        proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.stdout.close()
    for block in blocks:
        block.close()


def as_json_number(value):
    """(number, numpy type name or None) of a loss: Python's float text keeps every bit."""
    if isinstance(value, np.generic):
        return float(value), value.dtype.name
    return float(value), None


# ----- the helper's side ------------------------------------------------------------------------------

class _Worker:
    def __init__(self, spec_text):
        from nnstudio.engine import backend, losses, memory_reuse, parallel
        from nnstudio.engine.model import Sequential

        parallel.set_num_threads(1)
        memory_reuse.keep_freed_memory()
        spec = json.loads(spec_text)
        backend.set_floatx(spec["floatx"])
        self.model = Sequential.from_config(spec["model"])
        self.model.build(self.model.input_layer.shape)
        self.loss = losses.get(spec["loss"])
        self.block = None

    def map(self, message):
        from nnstudio.engine import flat_layout

        self.block = SharedBlock(message["weights"], message["capacity"], path=message["path"])
        dtype = self.model._var_arrays[0].dtype
        size = message["weights"] // dtype.itemsize
        flat_layout.pack(self.model._variables, self.block.array("weights", dtype, (size,)),
                         self.block.array("grads", dtype, (size,)))

    def step(self, message):
        from nnstudio.engine.sharded_step import part_pass

        x = self.block.array("x", *message["x"])
        y = self.block.array("y", *message["y"])
        loss, out = part_pass(self.model.layers, self.loss, x, y, message["share"])
        self.block.array("out", out.dtype, out.shape)[...] = out
        value, kind = as_json_number(loss)
        return {"ok": "step", "loss": value, "loss_type": kind, "out": _described(out)}


def serve(stdin=None, stdout=None) -> int:
    """A helper's life: orders from ``stdin``, replies to ``stdout``, until its input ends."""
    stdin = stdin or sys.stdin.buffer
    if stdout is None:  # replies only: anything printed goes to standard error
        stdout = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
    worker = None
    for line in stdin:
        try:
            message = json.loads(line)
            op = message.get("op")
            if op == "setup":
                worker = _Worker(message["spec"])
                reply = {"ok": "ready"}
            elif op == "map":
                worker.map(message)
                reply = {"ok": "mapped"}
            elif op == "step":
                reply = worker.step(message)
            else:
                reply = {"error": f"unknown order {op!r}"}
        except Exception as e:  # told to the training process, which takes the part back
            reply = {"error": f"{type(e).__name__}: {e}"}
        stdout.write(json.dumps(reply).encode() + b"\n")
        stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve())
