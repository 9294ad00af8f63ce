"""Training steps split by samples over the engine's threads (engine/sharded_step.py): the same
loss, gradients and outputs as the whole batch on one thread, BLAS on one thread per call while
the parts run, and no split where it cannot be exact or would not pay."""

from __future__ import annotations

import gc
import threading
import weakref

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from nnstudio import keras
from nnstudio.engine import blas_threads, budget, parallel, sharded_step
from nnstudio.engine.layers.base import Layer

L = keras.layers


@pytest.fixture
def threads():
    """Set the engine's threads for the test (restored after)."""
    previous = parallel.num_threads()
    yield parallel.set_num_threads
    parallel.set_num_threads(previous)


NO_BLAS_CONTROL = "this NumPy's BLAS threads cannot be set, so the engine never splits a step here"


@pytest.fixture
def always_split(monkeypatch):
    """Split every step that can be split, however small."""
    if not blas_threads.controllable():
        pytest.skip(NO_BLAS_CONTROL)
    monkeypatch.setattr(sharded_step, "MIN_OUTPUTS", 0)


def blas_thread_counts():
    """Threads of the BLAS that NumPy's products use: NumPy's own library where it brings one
    (SciPy, loaded later, brings another that the engine's products never call)."""
    libraries = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    numpys = [lib for lib in libraries if "numpy" in lib["filepath"]]
    return [lib["num_threads"] for lib in numpys or libraries]


class Spy(Layer):
    """Passes its input through; records, per forward, the thread it ran on and BLAS's threads."""

    per_sample = True
    seen: list = []

    def forward(self, x, training=False):
        Spy.seen.append((threading.get_ident(), len(x), blas_thread_counts()))
        return x

    def backward(self, dy):
        return dy


def convnet(extra=()):
    """Conv (ReLU fused into the pooling above, an L2 kernel penalty), average and max pooling,
    a GELU (whose activation keeps what backward reuses), Dense softmax."""
    model = keras.Sequential([
        keras.Input((12, 12, 2)),
        L.Conv2D(4, 3, activation="relu", kernel_regularizer=keras.regularizers.L2(0.01)),
        L.MaxPooling2D(2),
        L.Conv2D(6, 3, padding="same", activation="gelu"),
        L.AveragePooling2D(2),
        *extra,
        L.Flatten(),
        L.Dense(5, activation="tanh"),
        L.Dense(3, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def data(n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, 12, 12, 2)), rng.integers(0, 3, n)


def gradients(model, x, y):
    x, y = model.prepare(x, y)
    loss, out, grads = model.compute_gradients(x, y)
    return loss, out.copy(), grads


@pytest.mark.parametrize("count, n", [(2, 64), (3, 29), (4, 37)])
def test_a_split_step_gives_the_whole_batchs_loss_gradients_and_outputs(float64, threads, always_split, count, n):
    x, y = data(n)
    model = convnet()
    threads(1)
    assert model._sharding.parts(n) is None
    whole = gradients(model, x, y)
    threads(count)
    parts = model._sharding.parts(n)
    assert len(parts) == count and parts[0][0] == 0 and parts[-1][1] == n
    assert all(stop - start >= sharded_step.MIN_SHARD for start, stop in parts)
    for _ in range(2):  # the second time through, the shards' copies reuse their buffers
        split = gradients(model, x, y)
        assert split[0] == pytest.approx(whole[0], rel=1e-12)
        np.testing.assert_allclose(split[1], whole[1], rtol=1e-12, atol=1e-15)
        assert len(split[2]) == len(whole[2]) == 8
        for a, b in zip(split[2], whole[2]):
            np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-14)


@pytest.mark.parametrize("trainer", ["main", "worker"])
def test_the_parts_run_at_once_on_the_engines_threads_with_blas_on_one_thread(threads, always_split, trainer):
    """Also when training runs on a thread of its own (as in the app) while the main thread holds
    threadpoolctl's limit."""
    Spy.seen = []
    model = keras.Sequential([keras.Input((6,)), L.Dense(4), Spy(), L.Dense(2)])
    model.compile(optimizer="sgd", loss="mse")
    threads(2)

    def train():
        model.train_on_batch(np.ones((40, 6)), np.zeros((40, 2)))
    with threadpool_limits(2, user_api="blas"):  # the tests' environment starts BLAS on one thread
        before = blas_thread_counts()
        assert 2 in before
        if trainer == "main":
            train()
        else:
            worker = threading.Thread(target=train)
            worker.start()
            worker.join(30)
        after = blas_thread_counts()
    assert sorted(size for _, size, _ in Spy.seen) == [20, 20]
    assert len({thread for thread, _, _ in Spy.seen}) == 2
    assert (threading.get_ident() in {thread for thread, _, _ in Spy.seen}) == (trainer == "main")
    assert all(counts == [1] * len(counts) for _, _, counts in Spy.seen)
    assert after == before  # restored after the step


def test_a_split_run_repeats_exactly_and_learns_like_the_whole_batch(threads, always_split):
    x, y = data(96, seed=3)

    def run(count):
        threads(count)
        keras.utils.set_random_seed(0)
        model = convnet()
        history = model.fit(x, y, batch_size=32, epochs=3, verbose=0)
        return model.get_weights(), history.history["loss"]

    first, second, whole = run(2), run(2), run(1)
    for a, b in zip(first[0], second[0]):
        np.testing.assert_array_equal(a, b)
    assert first[1] == second[1]
    for a, b in zip(first[0], whole[0]):
        np.testing.assert_allclose(a, b, rtol=1e-3, atol=1e-5)  # float32 sums in another order
    assert first[1][-1] < first[1][0]


@pytest.mark.parametrize("extra", [[L.Dropout(0.2)], [L.BatchNormalization()]])
def test_layers_that_mix_samples_or_draw_masks_keep_the_batch_whole(threads, always_split, extra):
    threads(2)
    assert convnet(extra)._sharding.parts(64) is None


def test_steps_too_small_to_pay_stay_whole(threads):
    if not blas_threads.controllable():
        pytest.skip(NO_BLAS_CONTROL)
    threads(2)
    model = convnet()
    per_sample = budget.outputs_per_sample(model.layers)
    assert per_sample == 10 * 10 * 4 + 5 * 5 * 4 + 5 * 5 * 6 + 2 * 2 * 6 + 24 + 5 + 3
    enough = -(-sharded_step.MIN_OUTPUTS // per_sample)
    assert model._sharding.parts(enough - 1) is None
    assert model._sharding.parts(enough) is not None
    tiny = keras.Sequential([keras.Input((2,)), L.Dense(16, activation="relu"), L.Dense(1)])
    assert tiny._sharding.parts(4096) is None  # the circle example: far below
    threads(1)
    assert model._sharding.parts(enough) is None


def test_a_batch_too_small_for_two_shards_stays_whole(threads, always_split):
    threads(4)
    model = convnet()
    assert model._sharding.parts(2 * sharded_step.MIN_SHARD - 1) is None
    assert len(model._sharding.parts(3 * sharded_step.MIN_SHARD)) == 3


def test_where_blas_threads_cannot_be_set_steps_stay_whole(threads, always_split, monkeypatch):
    threads(2)
    model = convnet()
    assert model._sharding.parts(64) is not None
    monkeypatch.setattr(blas_threads, "controllable", lambda: False)
    assert model._sharding.parts(64) is None


def test_blas_threads_come_back_after_nested_and_concurrent_blocks():
    if not blas_threads.controllable():
        pytest.skip(NO_BLAS_CONTROL)
    limit = threadpool_limits(2, user_api="blas")
    before = blas_thread_counts()
    inner_entered, release = threading.Event(), threading.Event()

    def other():
        with blas_threads.one_thread_per_call():
            inner_entered.set()
            release.wait(10)

    with blas_threads.one_thread_per_call():
        thread = threading.Thread(target=other)
        thread.start()
        assert inner_entered.wait(10)
        with blas_threads.one_thread_per_call():
            assert set(blas_thread_counts()) == {1}
    assert set(blas_thread_counts()) == {1}  # the other block is still inside
    release.set()
    thread.join(10)
    assert blas_thread_counts() == before
    limit.restore_original_limits()


def test_parallel_work_inside_a_part_runs_inline(threads):
    threads(2)
    seen = []

    def inner(items):
        seen.append((threading.get_ident(), list(items)))

    def outer(items):
        parallel.run_parallel(inner, range(4))
    # a nested job handed to a busy worker would wait forever: run where a hang fails the test
    caller = threading.Thread(target=parallel.run_parallel, args=(outer, range(2)), daemon=True)
    caller.start()
    caller.join(30)
    assert not caller.is_alive()
    # each part's nested job ran whole on its own thread, none was handed to a busy worker
    assert sorted(items for _, items in seen) == [[0, 1, 2, 3], [0, 1, 2, 3]]
    assert len({thread for thread, _ in seen}) == 2


def test_a_finished_parallel_job_keeps_nothing_alive(threads):
    """A worker thread drops its last job: a model the job's closure held can be freed."""
    threads(2)

    class Held:
        pass

    held = Held()
    ref = weakref.ref(held)

    def job(items, kept=held):
        pass

    parallel.run_parallel(job, range(2))
    del job, held
    gc.collect()
    assert ref() is None


@pytest.mark.parametrize("loss", ["mse", "huber", "categorical_crossentropy"])
@pytest.mark.parametrize("frozen", [False, True], ids=["", "first-layer-frozen"])
def test_every_loss_and_a_frozen_first_layer_split_exactly(float64, threads, always_split, loss, frozen):
    """Each part's loss gradient is scaled by its share of the batch: right for every loss that is a
    mean over samples; with the first layer frozen, backward stops above it in every part."""
    def build():
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((10, 10, 1)), L.Conv2D(3, 3, activation="relu", trainable=not frozen),
                                  L.MaxPooling2D(2), L.Conv2D(4, 2, activation="tanh"), L.Flatten(), L.Dense(3)])
        model.compile(optimizer="sgd", loss=loss)
        return model
    rng = np.random.default_rng(0)
    x = rng.standard_normal((40, 10, 10, 1))
    y = np.eye(3)[rng.integers(0, 3, 40)] if loss == "categorical_crossentropy" else rng.standard_normal((40, 3))
    model = build()
    threads(1)
    whole = gradients(model, x, y)
    threads(3)
    assert model._sharding.parts(40) is not None
    split = gradients(model, x, y)
    assert len(split[2]) == (4 if frozen else 6)
    assert split[0] == pytest.approx(whole[0], rel=1e-12)
    for a, b in zip(split[2], whole[2]):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-13)
