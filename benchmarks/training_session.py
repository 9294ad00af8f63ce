"""Headless throughput of the TrainingSession (the loop the app runs on its worker thread).

Rerun: ``python benchmarks/training_session.py [epochs]``. Prints samples per second for

  W2       784-256-128-10 relu MLP, batch 128, random 60 000 x 784 data, Adam, sparse CE from logits
  circle   the default example (2-4-2-2 tanh) at batch 32
  cnn      28×28×1 → Conv 32 → MaxPool → Conv 64 → MaxPool → Dense 10 (benchmarks/cnn_throughput.py's
           mnist network), batch 64, random 8 192 pictures: its steps run on all cores (sharded)

each run three ways: ``model.fit`` (the engine alone), the session on the main thread, and the
session on a worker thread (as in the app, without any UI).
"""

from __future__ import annotations

import os
import sys
import threading
import time

import numpy as np

from nnstudio.data import Dataset, load_dataset
from nnstudio.project import make_example
from nnstudio.project.model_factory import build_model
from nnstudio.project.training_config import TrainingConfig
from nnstudio.training import TrainingSession

W2_LAYERS = [
    {"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [784]}},
    {"class_name": "Dense", "config": {"name": "dense", "units": 256, "activation": "relu"}},
    {"class_name": "Dense", "config": {"name": "dense_1", "units": 128, "activation": "relu"}},
    {"class_name": "Dense", "config": {"name": "dense_2", "units": 10, "activation": "linear"}},
]


def w2_dataset(n_train=60_000, n_test=1_000, seed=0) -> Dataset:
    rng = np.random.default_rng(seed)
    x = rng.random((n_train + n_test, 784), dtype=np.float32)
    y = rng.integers(0, 10, n_train + n_test).astype(np.int64)
    return Dataset(name="random", task="classification", kind="tabular",
                   x_train=x[:n_train], y_train=y[:n_train], x_test=x[n_train:], y_test=y[n_train:],
                   x_train_raw=x[:n_train], x_test_raw=x[n_train:], n_classes=10,
                   class_names=tuple(str(i) for i in range(10)), feature_names=tuple(f"p{i}" for i in range(784)),
                   input_shape=(784,), output_units=10, description="random 60k x 784")


def w2_config(epochs) -> TrainingConfig:
    return TrainingConfig(optimizer="adam", learning_rate=0.001, batch_size=128, epochs=epochs,
                          loss="sparse_categorical_crossentropy").validate()


CNN_LAYERS = [
    {"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [28, 28, 1]}},
    {"class_name": "Conv2D", "config": {"name": "conv2d", "filters": 32, "kernel_size": [3, 3], "activation": "relu"}},
    {"class_name": "MaxPooling2D", "config": {"name": "max_pooling2d", "pool_size": [2, 2]}},
    {"class_name": "Conv2D", "config": {"name": "conv2d_1", "filters": 64, "kernel_size": [3, 3], "activation": "relu"}},
    {"class_name": "MaxPooling2D", "config": {"name": "max_pooling2d_1", "pool_size": [2, 2]}},
    {"class_name": "Flatten", "config": {"name": "flatten"}},
    {"class_name": "Dense", "config": {"name": "dense", "units": 10, "activation": "linear"}},
]


def cnn_case(epochs, n_train=8_192, n_test=512, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.random((n_train + n_test, 28, 28, 1), dtype=np.float32)
    y = rng.integers(0, 10, n_train + n_test).astype(np.int64)
    ds = Dataset(name="random pictures", task="classification", kind="images",
                 x_train=x[:n_train], y_train=y[:n_train], x_test=x[n_train:], y_test=y[n_train:],
                 x_train_raw=x[:n_train], x_test_raw=x[n_train:], n_classes=10,
                 class_names=tuple(str(i) for i in range(10)), feature_names=(),
                 input_shape=(28, 28, 1), output_units=10, description="random 28×28 pictures")
    config = TrainingConfig(optimizer="adam", learning_rate=0.001, batch_size=64, epochs=epochs,
                            loss="sparse_categorical_crossentropy").validate()
    return CNN_LAYERS, config, ds


def circle_case(epochs):
    doc = make_example("circle")
    doc.training.batch_size, doc.training.epochs = 32, epochs
    return doc.layers, doc.training, load_dataset(doc.data_spec)


def cases(w2_epochs=2, circle_epochs=1500, cnn_epochs=2):
    return {"W2": (W2_LAYERS, w2_config(w2_epochs), w2_dataset()), "circle": circle_case(circle_epochs),
            "cnn": cnn_case(cnn_epochs)}


def throughput(session) -> float:
    """Training samples per second over the session's epochs (its own per-epoch timing)."""
    n = len(session.dataset.x_train)
    seconds = sum(logs["seconds"] for logs in session.history)
    return n * len(session.history) / seconds if seconds else 0.0


def fit_throughput(layers, config, ds) -> float:
    model = build_model(layers, config, ds.input_shape, ds.task, ds.output_units)
    started = time.perf_counter()
    model.fit(ds.x_train, ds.y_train, batch_size=config.batch_size, epochs=config.epochs, verbose=0)
    return len(ds.x_train) * config.epochs / (time.perf_counter() - started)


def session_throughput(layers, config, ds, on_thread=False) -> float:
    session = TrainingSession(layers, config, ds)
    if on_thread:
        thread = threading.Thread(target=session.run)
        thread.start()
        thread.join()
    else:
        session.run()
    return throughput(session)


def main(argv):
    w2_epochs = int(argv[1]) if len(argv) > 1 else 2
    print(f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}  cpus={os.cpu_count()}")
    print(f"{'case':8} {'model.fit':>12} {'session':>12} {'session/thread':>15}   (samples/s)")
    for name, (layers, config, ds) in cases(w2_epochs).items():
        fit = fit_throughput(layers, config, ds)
        main_thread = session_throughput(layers, config, ds)
        worker = session_throughput(layers, config, ds, on_thread=True)
        print(f"{name:8} {fit:12,.0f} {main_thread:12,.0f} {worker:15,.0f}")


if __name__ == "__main__":
    main(sys.argv)
