"""Parts of a split training step in helper processes (engine/part_processes.py): the same numbers
as on threads, whether and whenever the helpers join; a helper that fails hands its part back;
networks a helper cannot rebuild keep to threads; helpers end with their model; bad orders get
an answer, not a crash."""

from __future__ import annotations

import copy
import gc
import io
import json
import subprocess
import sys
import time

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine import blas_threads, parallel, part_processes, sharded_step
from nnstudio.engine.fit_loop import FitLoop
from nnstudio.engine.layers.core import Dense

L = keras.layers
pytestmark = pytest.mark.skipif(not blas_threads.controllable(),
                                reason="this NumPy's BLAS threads cannot be set, so no step is split here")


@pytest.fixture
def split_early(monkeypatch):
    """Two threads, every step split, helpers started after the first split step."""
    previous = parallel.num_threads()
    parallel.set_num_threads(2)
    monkeypatch.setattr(sharded_step, "MIN_OUTPUTS", 0)
    monkeypatch.setattr(part_processes, "START_AFTER", 1)
    yield
    parallel.set_num_threads(previous)
    part_processes.set_enabled(True)


def convnet(dtype="float32", loss=None, frozen=False):
    keras.utils.set_random_seed(3)
    keras.backend.set_floatx(dtype)
    try:
        model = keras.Sequential([keras.Input((9, 9, 2)), L.Conv2D(4, 3, activation="relu", trainable=not frozen),
                                  L.MaxPooling2D(2), L.Flatten(), L.Dense(5)])
        model.compile(optimizer=keras.optimizers.Adam(0.01),
                      loss=loss or keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                      metrics=["accuracy"] if loss != "mean_squared_error" else [])
        model.build((9, 9, 2))
    finally:
        keras.backend.set_floatx("float32")
    return model


def data(dtype="float32", n=96, onehot=False):
    rng = np.random.default_rng(0)
    x = rng.random((n, 9, 9, 2)).astype(dtype)
    y = rng.integers(0, 5, n)
    return x, (np.eye(5, dtype=dtype)[y] if onehot else y)


def wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the helper did not get ready in time"
        time.sleep(0.02)


def helpers_of(model):
    return model._sharding._helpers


def train(model, x, y, epochs=3, after_first_batch=None):
    """A seeded fit run batch by batch; ``after_first_batch(model)`` runs once, early on."""
    loop = FitLoop(model, x, y, batch_size=32, epochs=epochs, seed=1)
    losses = []
    for event in loop:
        if hasattr(event, "loss"):
            losses.append(event.loss)
            if after_first_batch is not None and len(losses) == 2:
                after_first_batch(model)
    return losses, [w.copy() for w in model.get_weights()]


def same(a, b):
    return all(np.array_equal(p, q) for p, q in zip(a, b)) and len(a) == len(b)


@pytest.mark.parametrize("dtype,loss,onehot", [
    ("float32", None, False),
    ("float64", None, False),
    ("float32", "categorical_crossentropy", True),
    ("float64", "mean_squared_error", True),
])
def test_a_run_with_helpers_repeats_the_threads_run_bit_for_bit(split_early, dtype, loss, onehot):
    x, y = data(dtype, onehot=onehot)
    part_processes.set_enabled(False)
    threads_losses, threads_weights = train(convnet(dtype, loss), x, y)

    part_processes.set_enabled(True)
    model = convnet(dtype, loss)
    losses, weights = train(model, x, y, after_first_batch=lambda m: wait_for(lambda: helpers_of(m)[0].ready))
    helper = helpers_of(model)[0]
    assert helper.parts_done >= 6  # the helper took the second part of most steps
    assert losses == threads_losses
    assert same(weights, threads_weights)


def test_a_helper_that_dies_leaves_its_part_to_this_process(split_early):
    x, y = data()
    part_processes.set_enabled(False)
    expected = train(convnet(), x, y)

    part_processes.set_enabled(True)

    def kill_helper(model):
        wait_for(lambda: helpers_of(model)[0].ready)
        helper = helpers_of(model)[0]
        helper._proc.kill()
        helper._proc.wait()

    model = convnet()
    losses, weights = train(model, x, y, after_first_batch=kill_helper)
    assert losses == expected[0] and same(weights, expected[1])
    assert helpers_of(model) == []  # not started again


def test_a_helper_that_cannot_build_the_network_is_left(split_early):
    model = convnet()
    helper = part_processes.Helper(json.dumps({"model": {"layers": [{"class_name": "NoSuchLayer"}]}}))
    wait_for(lambda: helper._ready.is_set())
    assert helper.failed and not helper.ready
    helper.close()
    assert helper._proc.poll() is not None
    del model


def test_networks_a_helper_cannot_rebuild_keep_to_threads(split_early):
    class Doubled(Dense):  # a layer class of the user's own
        pass

    keras.utils.set_random_seed(0)
    custom = keras.Sequential([keras.Input((9, 9, 2)), L.Conv2D(4, 3), L.Flatten(), Doubled(5)])
    custom.compile(optimizer="adam", loss="mse")
    custom.build((9, 9, 2))
    assert part_processes.flat_arrays(custom) is not None
    assert part_processes.model_spec(custom) is None

    frozen = convnet(frozen=True)  # a frozen layer's weights are not in the flat arrays
    assert part_processes.flat_arrays(frozen) is None
    x, y = data()
    frozen.fit(x, y, batch_size=32, epochs=2, verbose=0)
    assert not helpers_of(frozen)  # none started

    assert part_processes.model_spec(convnet()) is not None


def test_helpers_end_with_their_model_and_a_copy_starts_its_own(split_early):
    x, y = data()
    model = convnet()
    train(model, x, y, epochs=1, after_first_batch=lambda m: wait_for(lambda: helpers_of(m)[0].ready))
    process = helpers_of(model)[0]._proc
    twin = copy.deepcopy(model)
    assert twin._sharding.model is twin and helpers_of(twin) is None
    del model
    gc.collect()  # a trained model and its History refer to each other
    assert process.wait(timeout=10) == 0  # its input closed: it ended on its own
    twin.fit(x, y, batch_size=32, epochs=1, verbose=0)


def test_networks_with_many_weights_per_output_keep_to_threads(split_early):
    """A helper costs a copy of the weights and a sum of its gradients per step."""
    keras.utils.set_random_seed(0)
    dense = keras.Sequential([keras.Input((9, 9, 2)), L.Flatten(), L.Dense(64), L.Dense(5)])
    dense.compile(optimizer="adam", loss="mse")
    x, y = data(onehot=True)
    dense.fit(x, y, batch_size=32, epochs=2, verbose=0)
    assert dense._sharding._split_steps == 6 and not helpers_of(dense)
    assert 32 * dense._sharding.outputs < part_processes.OUTPUTS_PER_WEIGHT * dense.count_params()


def test_helpers_start_only_after_some_split_steps(split_early, monkeypatch):
    monkeypatch.setattr(part_processes, "START_AFTER", 5)
    model = convnet()
    x, y = data()
    model.fit(x[:128], y[:128], batch_size=32, epochs=1, verbose=0)  # 4 split steps
    assert helpers_of(model) is None
    model.fit(x[:64], y[:64], batch_size=32, epochs=1, verbose=0)
    assert helpers_of(model) is not None


def serve_lines(*messages):
    out = io.BytesIO()
    part_processes.serve(io.BytesIO(b"".join(json.dumps(m).encode() + b"\n" for m in messages) + b"not json\n"),
                         out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_helper_answers_bad_orders_and_keeps_serving():
    replies = serve_lines({"op": "step"}, {"op": "dance"}, {"op": "setup", "spec": "{}"})
    assert len(replies) == 4
    assert all("error" in r for r in replies)
    assert "dance" in replies[1]["error"]


def test_the_command_runs_a_helper_when_frozen(split_early, monkeypatch):
    """The frozen app has no ``-m``: its own command takes the helper's flag (cli.py)."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert part_processes.helper_command() is None  # another program's bundle: its command is not a helper
    monkeypatch.setattr(part_processes, "FROZEN_ENTRY_SERVES", True)  # NN Studio's (packaging/nnstudio_main.py)
    assert part_processes.helper_command() == [sys.executable, part_processes.FROZEN_FLAG]
    monkeypatch.delattr(sys, "frozen")
    command = [sys.executable, "-c", "import sys; from nnstudio.cli import main; sys.exit(main())",
               part_processes.FROZEN_FLAG]
    check_helper_step(command)


def check_helper_step(command):
    """A helper started with ``command`` gives the gradients, output and loss this process does."""
    model = convnet()
    x, y = data(n=20)
    helper = part_processes.Helper(part_processes.model_spec(model), command=command)
    try:
        wait_for(lambda: helper._ready.is_set())
        assert helper.ready
        weights, grads = part_processes.flat_arrays(model)
        grads[...] = 0
        helper.start_part(weights, x, y, 0.25, 8 * 5 * len(x))
        loss, out = helper.finish_part(grads)
        theirs = grads.copy()
        grads[...] = 0
        mine_loss, mine_out = sharded_step.part_pass(model.layers, model.loss, x, y, 0.25)
        assert loss == mine_loss and type(loss) is type(mine_loss)
        assert np.array_equal(out, mine_out)
        assert np.array_equal(theirs, grads)
    finally:
        helper.close()
    assert helper._proc.returncode == 0


def test_a_helper_started_as_a_module_gives_this_process_s_numbers(split_early):
    check_helper_step(None)


def test_what_a_helper_prints_goes_to_standard_error(split_early):
    """Replies own the helper's standard output."""
    script = ("import sys; from nnstudio.engine import part_processes as p; init = p._Worker.__init__; "
              "p._Worker.__init__ = lambda self, spec: print('chatter') or init(self, spec); sys.exit(p.serve())")
    setup = json.dumps({"op": "setup", "spec": part_processes.model_spec(convnet())}).encode() + b"\n"
    r = subprocess.run([sys.executable, "-c", script], input=setup, capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"ok": "ready"}
    assert b"chatter" in r.stderr


def test_an_interpreter_embedded_in_another_program_starts_no_helper(monkeypatch):
    monkeypatch.setattr(sys, "executable", "/opt/someapp/bin/someapp")
    assert part_processes.helper_command() is None
    monkeypatch.setattr(sys, "executable", "")
    assert part_processes.helper_command() is None
    for python in ("/home/u/.venv/bin/python3.11", "python.exe"):
        monkeypatch.setattr(sys, "executable", python)
        assert part_processes.helper_command() == [python, "-m", "nnstudio.engine.part_processes"]


@pytest.mark.parametrize("command", [["/nonexistent/nnstudio-helper"], None], ids=["missing", "none-known"])
def test_where_no_helper_can_start_the_threads_keep_every_part(split_early, monkeypatch, command):
    x, y = data()
    part_processes.set_enabled(False)
    expected = train(convnet(), x, y, epochs=1)
    part_processes.set_enabled(True)
    monkeypatch.setattr(part_processes, "helper_command", lambda: command)
    model = convnet()
    losses, weights = train(model, x, y, epochs=1)
    assert helpers_of(model) == []
    assert losses == expected[0] and same(weights, expected[1])


def test_an_error_in_this_process_s_part_leaves_the_helpers_in_step(split_early):
    """The helpers' replies to a step that failed here are read: the next step gets its own."""
    model = convnet()
    x, y = data()
    train(model, x, y, epochs=1, after_first_batch=lambda m: wait_for(lambda: helpers_of(m)[0].ready))

    def fails(y_true, y_pred):
        raise FloatingPointError("a failure in this process's part")

    model.loss.forward_backward = fails
    with pytest.raises(FloatingPointError):
        model.compute_gradients(x[:32], y[:32])
    del model.loss.forward_backward
    helper = helpers_of(model)[0]
    done = helper.parts_done
    before = [w.copy() for w in model.get_weights()]
    loss, _, grads = model.compute_gradients(x[32:64], y[32:64])
    assert helper.parts_done == done + 1 and helpers_of(model) == [helper]
    part_processes.set_enabled(False)
    twin = convnet()
    twin.set_weights(before)
    loss2, _, grads2 = twin.compute_gradients(x[32:64], y[32:64])
    assert loss == loss2 and same(grads, grads2)


def test_released_helpers_end_and_start_again_when_training_goes_on(split_early):
    x, y = data()
    model = convnet()
    train(model, x, y, epochs=1, after_first_batch=lambda m: wait_for(lambda: helpers_of(m)[0].ready))
    first = helpers_of(model)[0]
    model.release_helpers()
    assert first._proc.wait(timeout=10) == 0 and helpers_of(model) is None
    train(model, x, y, epochs=1, after_first_batch=lambda m: wait_for(lambda: helpers_of(m)[0].ready))
    assert helpers_of(model)[0] is not first and helpers_of(model)[0].parts_done > 0
    model.release_helpers()
    keras.Sequential([L.Dense(2)]).release_helpers()  # a model never built has none: nothing to do


def test_a_helper_that_never_gets_ready_is_stopped_when_dropped():
    """Nothing (not the thread waiting for its first reply) keeps a dropped helper alive."""
    helper = part_processes.Helper("{}", command=[sys.executable, "-c", "import time; time.sleep(120)"])
    process = helper._proc
    assert not helper.ready and not helper.failed
    del helper
    gc.collect()
    assert process.wait(timeout=10) is not None  # ended: killed after its grace period


def test_a_reply_that_cannot_be_read_adds_no_gradient_twice(split_early, monkeypatch):
    """The part of a malformed reply runs here, and its gradients are added once."""
    x, y = data()
    part_processes.set_enabled(False)
    expected = train(convnet(), x, y, epochs=1)
    part_processes.set_enabled(True)
    real_receive = part_processes.Helper._receive

    def garbled(self):
        reply = real_receive(self)
        if reply.get("ok") == "step":
            reply["out"] = ["<f4", [10 ** 9]]  # more than its region holds
        return reply

    model = convnet()

    def garble(m):
        wait_for(lambda: helpers_of(m)[0].ready)
        monkeypatch.setattr(part_processes.Helper, "_receive", garbled)

    losses, weights = train(model, x, y, epochs=1, after_first_batch=garble)
    assert helpers_of(model) == []
    assert losses == expected[0] and same(weights, expected[1])


def test_gradient_buffers_a_layer_replaces_send_the_parts_back_to_threads(split_early):
    """float64 pictures on a float32 network: the layers give their gradients buffers of their
    own, outside the flat array a helper shares; the steps then stay exact on threads."""
    x, y = data("float64")
    part_processes.set_enabled(False)
    expected = train(convnet("float32"), x, y)
    part_processes.set_enabled(True)
    model = convnet("float32")
    losses, weights = train(model, x, y)
    assert part_processes.flat_arrays(model) is None
    assert losses == expected[0] and same(weights, expected[1])
