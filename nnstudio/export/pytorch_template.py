"""The text of the generated PyTorch script (filled in by pytorch_code.py)."""

from string import Template

TEMPLATE = Template('''#!/usr/bin/env python3
"""$title: the network exported by NN Studio $version, as a PyTorch module.

Files: this script and $weights_name (the trained weights, NN Studio's .npz layout), side by side.
Inputs are channels-last, (n, $shape_text), as in NN Studio and Keras; the module transposes to
channels-first inside and flattens in channels-last order, so its outputs equal NN Studio's.

As a module:
    import $module
    model = $module.build_model()   # torch.nn.Module with the trained weights, in eval mode
    y = $module.predict(x)          # x: numpy array of shape (n, $shape_text)

As a script:
    python $file                        # predict on random inputs
    python $file --input data.npz       # predict on data.npz["x"] (or a .csv, one sample per row);
                                        # with targets data.npz["y"] it also evaluates
    python $file --train --data data.npz [--epochs N] [--batch-size B] [--output trained.npz]
    torchrun --nproc_per_node=4 $file --train --data data.npz     # data-parallel (DDP)

Training uses the settings of the NN Studio run (NN Studio's update rules are torch.optim's):
    optimizer $optimizer_text
    loss $loss_text
    batch size $batch_size (per process under torchrun), $epochs epochs$note
The trained weights are saved in NN Studio's .npz layout, so NN Studio can load them back.
(BatchNorm: torch updates its running variance with the unbiased batch variance, NN Studio and
Keras with the biased one; the difference is a factor n/(n − 1) on the update, negligible for
ordinary batch sizes.)
"""
import argparse
import gc
import os
import pathlib
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = pathlib.Path(__file__).resolve().parent
WEIGHTS = HERE / $weights_literal
INPUT_SHAPE = $input_shape
BATCH_SIZE = $batch_size
EPOCHS = $epochs
EPSILON = 1e-7  # probabilities are clipped to [EPSILON, 1 - EPSILON] in cross-entropies, as in Keras


class Net(nn.Module):
    def __init__(self):
        super().__init__()
$init

    def forward(self, x):
$forward
        return x


# (NN Studio weight, torch parameter or buffer, layout): "dense" transposes (in, out) to (out, in),
# "conv" turns (kh, kw, in, out) into (out, in, kh, kw)
WEIGHT_MAP = [
$weight_rows
]


def _to_torch(array, layout):
    if layout == "dense":
        array = array.T
    elif layout == "conv":
        array = array.transpose(3, 2, 0, 1)
    return torch.from_numpy(np.ascontiguousarray(array, dtype=np.float32))


def _from_torch(tensor, layout):
    array = tensor.detach().cpu().numpy()
    if layout == "dense":
        array = array.T
    elif layout == "conv":
        array = array.transpose(2, 3, 1, 0)
    return np.ascontiguousarray(array)


def load_weights(model, path=WEIGHTS):
    with np.load(path, allow_pickle=False) as data:
        missing = [key for key, _, _ in WEIGHT_MAP if key not in data.files]
        if missing:
            sys.exit(f"{path} lacks the weights {', '.join(missing)}")
        state = {target: _to_torch(data[key], layout) for key, target, layout in WEIGHT_MAP}
    model.load_state_dict(state, strict=False)  # BatchNorm's num_batches_tracked is not in the file


def save_weights(model, path):
    """The weights in NN Studio's .npz layout (the architecture copied from WEIGHTS)."""
    params = dict(model.named_parameters())
    params.update(model.named_buffers())
    arrays = {key: _from_torch(params[target], layout) for key, target, layout in WEIGHT_MAP}
    with np.load(WEIGHTS, allow_pickle=False) as data:
        if "__architecture__" in data.files:
            arrays["__architecture__"] = data["__architecture__"]
    np.savez(path, **arrays)


def build_model(weights=WEIGHTS):
    """The network with the trained weights loaded (weights=None: torch's fresh ones), in eval mode."""
    model = Net()
    if weights is not None:
        load_weights(model, weights)
    return model.eval()


_model = None


def predict(x):
    """Predictions for x, channels-last inputs of shape (n, *INPUT_SHAPE), as a NumPy array."""
    global _model
    if _model is None:
        _model = build_model()
    x = torch.from_numpy(np.asarray(x, dtype=np.float32).reshape((-1,) + INPUT_SHAPE))
    with torch.no_grad():
        return torch.cat([_model(x[i:i + BATCH_SIZE]) for i in range(0, len(x), BATCH_SIZE)]).numpy()


# ----- training ---------------------------------------------------------------------------
def _binary_crossentropy(p, y):
    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()


def loss_fn(out, y):
    return $loss


def regularization(model):
    """The layers' L1/L2 weight penalties, added to the loss as NN Studio and Keras do."""
    return $regularization


METRIC_NAME = $metric_name


def metric_fn(out, y):
    return $metric


def make_optimizer(params):
    return $optimizer


def evaluate(model, x, y, device, batch_size=BATCH_SIZE):
    """Loss (with the weight penalties) and metric over a whole data set, in eval mode."""
    was_training = model.training
    model.eval()
    totals = np.zeros(2)
    with torch.no_grad():
        for i in range(0, len(x), batch_size):
            xb, yb = x[i:i + batch_size].to(device), y[i:i + batch_size].to(device)
            out = model(xb)
            totals[0] += float(loss_fn(out, yb)) * len(xb)
            if METRIC_NAME:
                totals[1] += float(metric_fn(out, yb)) * len(xb)
        results = {"loss": totals[0] / len(x) + float(regularization(model))}
    if METRIC_NAME:
        results[METRIC_NAME] = totals[1] / len(x)
    model.train(was_training)
    return results


def _format(results):
    return " - ".join(f"{k}: {v:.4f}" for k, v in results.items())


def _tensors(x, y):
    return torch.from_numpy(np.ascontiguousarray(x)), torch.as_tensor(np.asarray(y)).to($target_dtype)


def setup_distributed():
    """(rank, world size, device): one process per device under torchrun (gloo on CPU, nccl on CUDA)."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    cuda = torch.cuda.is_available()
    if world <= 1:
        return 0, 1, torch.device("cuda" if cuda else "cpu")
    import torch.distributed as dist

    dist.init_process_group("nccl" if cuda else "gloo")
    if cuda:
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(device)
    else:
        device = torch.device("cpu")
    return dist.get_rank(), dist.get_world_size(), device


def keep_gradient_layout(model):
    """Every gradient in its parameter's memory layout. A convolution over one channel gets its
    weight gradient channels-last from torch, which DDP would copy into its buckets (and warn
    about) at every step."""
    for p in model.parameters():
        p.register_hook(lambda g, p=p: g if g.stride() == p.stride() else
                        torch.empty_strided(p.size(), p.stride(), dtype=g.dtype, device=g.device).copy_(g))


def train(data_path, epochs=EPOCHS, batch_size=BATCH_SIZE, output=None):
    from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

    rank, world, device = setup_distributed()
    torch.manual_seed(0)
    x, y = load_inputs(data_path)
    if y is None:
        sys.exit(f"{data_path} has no array named 'y' (the targets)")
    x, y = _tensors(x, y)
    model = build_model().to(device)
    if rank == 0:
        print(f"before training: {_format(evaluate(model, x, y, device))}", flush=True)
    net = model
    if world > 1:
        from torch.nn.parallel import DistributedDataParallel

        keep_gradient_layout(model)
        net = DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None)
    dataset = TensorDataset(x, y)
    sampler = DistributedSampler(dataset, num_replicas=world, rank=rank, shuffle=True, seed=0) if world > 1 else None
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=sampler is None, sampler=sampler)
    optimizer = make_optimizer(net.parameters())
    net.train()
    for epoch in range(epochs):
        if sampler is not None:
            sampler.set_epoch(epoch)
        totals = torch.zeros(3, dtype=torch.float64, device=device)  # loss sum, metric sum, samples
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            optimizer.zero_grad()
            out = net(xb)
            loss = loss_fn(out, yb) + regularization(model)
            loss.backward()
            optimizer.step()
            metric = metric_fn(out.detach(), yb).item() if METRIC_NAME else 0.0
            totals += torch.tensor([loss.item() * len(xb), metric * len(xb), len(xb)], dtype=torch.float64,
                                   device=device)
        if world > 1:
            torch.distributed.all_reduce(totals)
        if rank == 0:
            line = f"epoch {epoch + 1}/{epochs} - loss: {totals[0] / totals[2]:.4f}"
            if METRIC_NAME:
                line += f" - {METRIC_NAME}: {totals[1] / totals[2]:.4f}"
            print(line, flush=True)
    if rank == 0:
        print(f"after training: {_format(evaluate(model, x, y, device))}", flush=True)
        output = output or HERE / $trained_literal
        save_weights(model, output)
        print(f"Saved the trained weights to {output}", flush=True)
    if world > 1:
        torch.distributed.barrier()  # every rank leaves together: a rank gone early aborts gloo's peers
        # DDP's reducer holds the process group and sits in reference cycles: left to the interpreter's
        # exit, gloo's threads were destroyed unjoined and one rank aborted ("terminate called …")
        del net, optimizer, loader, sampler
        gc.collect()
        torch.distributed.destroy_process_group()


$load_inputs$arguments

def main(argv=None):
    args = parse_args(argv)
    if args.train:
        train(args.data, epochs=args.epochs, batch_size=args.batch_size, output=args.output)
        return
    x, y = inputs_to_predict(args)
    if y is not None:
        tx, ty = _tensors(x, y)
        print(f"evaluation: {_format(evaluate(build_model(), tx, ty, torch.device('cpu'), args.batch_size))}")
    report_predictions(predict(x), args.output)


if __name__ == "__main__":
    main()
''')
