"""The generated PyTorch script: same predictions as the engine, and training under torchrun (DDP, gloo)."""

import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.export import export_model, load_npz
from tests.export.conftest import sample_inputs
from tests.export.peers import peer_env

torch = pytest.importorskip("torch")


def _import(path):
    spec = importlib.util.spec_from_file_location(f"generated_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_module_predicts_like_the_engine(model, tmp_path):
    written = export_model(model, "pytorch-code", tmp_path / "net_torch.py")
    assert [p.name for p in written] == ["net_torch.py", "net_torch.npz"]
    module = _import(written[0])
    x = sample_inputs(model)
    want = model.predict(x)
    np.testing.assert_allclose(module.predict(x), want, atol=1e-5, rtol=0)
    net = module.build_model()
    assert isinstance(net, torch.nn.Module) and not net.training
    with torch.no_grad():
        np.testing.assert_allclose(net(torch.from_numpy(x)).numpy(), want, atol=1e-5, rtol=0)


def test_torch_optimizer_and_loss_match_the_training_settings(models, tmp_path):
    model = models["cnn"]
    module = _import(export_model(model, "pytorch-code", tmp_path / "cnn_torch.py")[0])
    opt = module.make_optimizer(module.build_model().parameters())
    assert isinstance(opt, torch.optim.SGD)
    assert opt.defaults["lr"] == 0.05 and opt.defaults["momentum"] == 0.9
    assert module.BATCH_SIZE == 32
    bn = module.build_model().batch_normalization
    assert bn.momentum == pytest.approx(0.01) and bn.eps == 0.001


def _torchrun():
    """This interpreter's torchrun (a venv's own, not whichever is first on PATH)."""
    exe = Path(sys.executable).with_name("torchrun")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "torch.distributed.run"]


def _run_in_own_group(cmd, cwd, timeout):
    """Run torchrun in its own process group, so that a hang kills its workers too, not only torchrun."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=peer_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        pytest.fail(f"torchrun did not finish in {timeout} s:\n{stdout}\n{stderr[-3000:]}")
    return stdout, stderr, proc.returncode


def test_one_epoch_under_torchrun_with_two_processes_lowers_the_loss(models, tmp_path):
    model = models["cnn"]
    training = {"optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.01}},
                "loss": {"class_name": "SparseCategoricalCrossentropy", "config": {}},
                "metrics": ["accuracy"], "batch_size": 16, "epochs": 1}
    script = export_model(model, "pytorch-code", tmp_path / "cnn_ddp.py", training=training)[0]
    rng = np.random.default_rng(0)
    x = rng.random((128, 8, 8, 1)).astype("float32")
    y = (x[:, :4].mean(axis=(1, 2, 3)) > x[:, 4:].mean(axis=(1, 2, 3))).astype("int64")  # top vs bottom half
    np.savez(tmp_path / "data.npz", x=x, y=y)
    cmd = _torchrun() + ["--standalone", "--nproc_per_node=2", str(script), "--train", "--data", "data.npz",
                         "--output", "trained.npz"]
    stdout, stderr, code = _run_in_own_group(cmd, tmp_path, timeout=120)
    assert code == 0, stdout + stderr[-3000:]
    losses = [float(v) for v in re.findall(r"^(?:before|after) training: loss: ([\d.]+)", stdout, re.M)]
    assert len(losses) == 2, stdout
    assert losses[1] < losses[0], stdout
    assert stdout.count("epoch 1/1") == 1  # rank 0 alone prints
    trained = load_npz(tmp_path / "trained.npz")  # NN Studio reads the weights torch trained
    assert not np.allclose(trained.layers[0].weights_dict["kernel"], model.layers[0].weights_dict["kernel"])


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_every_rank_ends_cleanly_ten_runs_in_a_row(models, tmp_path):
    """Both ranks exit with 0 every time (one used to abort at exit now and then), and the
    one-channel convolution's gradients fit DDP's buckets. The ranks are started as torchrun would
    start them, without its agent process (the cheapest run that still exits like a real one)."""
    training = {"optimizer": {"class_name": "SGD", "config": {"learning_rate": 0.01}},
                "loss": {"class_name": "SparseCategoricalCrossentropy", "config": {}},
                "metrics": [], "batch_size": 16, "epochs": 1}
    script = export_model(models["cnn"], "pytorch-code", tmp_path / "cnn_ddp.py", training=training)[0]
    x = np.random.default_rng(0).random((32, 8, 8, 1)).astype("float32")
    np.savez(tmp_path / "data.npz", x=x, y=(x.mean(axis=(1, 2, 3)) > 0.5).astype("int64"))
    for run in range(10):
        rendezvous = {"MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(_free_port()), "WORLD_SIZE": "2"}
        ranks = [subprocess.Popen([sys.executable, str(script), "--train", "--data", "data.npz",
                                   "--output", "trained.npz"], cwd=tmp_path, start_new_session=True,
                                  env=peer_env(RANK=str(r), LOCAL_RANK=str(r), **rendezvous),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for r in range(2)]
        try:
            outputs = [rank.communicate(timeout=120) for rank in ranks]
        except subprocess.TimeoutExpired:
            for rank in ranks:
                os.killpg(rank.pid, signal.SIGKILL)
            pytest.fail(f"run {run + 1}: a rank did not finish in 120 s")
        for r, (rank, (_, stderr)) in enumerate(zip(ranks, outputs)):
            assert rank.returncode == 0, f"run {run + 1}, rank {r}: exit {rank.returncode}\n{stderr[-2000:]}"
            assert "Grad strides do not match" not in stderr, stderr[-2000:]


def test_layout_changes_in_the_middle_of_the_network(tmp_path):
    """Reshape to an image, BatchNormalization on it, softmax over the channels of a convolution."""
    from nnstudio import keras

    keras.utils.set_random_seed(5)
    L = keras.layers
    model = keras.Sequential([keras.Input((12,)), L.Reshape((2, 3, 2)), L.BatchNormalization(),
                              L.Conv2D(3, (2, 2), padding="same", activation="softmax"),
                              L.MaxPooling2D((1, 2), strides=(1, 1)), L.Reshape((4, 3)),
                              L.BatchNormalization(), L.Activation("softmax")])
    model.compile("adam", "mse")
    x = np.random.default_rng(0).normal(size=(16, 12)).astype("float32")
    model.train_on_batch(x, np.zeros((16, 4, 3), "float32"))
    module = _import(export_model(model, "pytorch-code", tmp_path / "odd.py")[0])
    np.testing.assert_allclose(module.predict(x), model.predict(x), atol=1e-5, rtol=0)
