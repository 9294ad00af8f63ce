"""Dropout and BatchNormalization."""

from __future__ import annotations

import numpy as np

from nnstudio.i18n import M_, N_
from nnstudio.project.layer_types.describing import LayerExport, LayerType, TorchCode, f32

_MOVING_STATS = ("gamma", "beta", "moving_mean", "moving_variance")


def _dropout_torch(step, a):
    return TorchCode(init=(f"self.{a} = nn.Dropout(p={step.layer.rate!r})",), forward=(f"x = self.{a}(x)",))


def _batchnorm_onnx(g, x, step):
    layer, base = step.layer, step.layer.name
    w = {k: f32(v) for k, v in layer.weights_dict.items()}
    rank = len(step.shape) + 1
    if step.axis == 1 and rank in (2, 4):  # ONNX BatchNormalization normalises axis 1
        names = [g.const(f"{base}/{k}", w[k]) for k in _MOVING_STATS]
        return g.node("BatchNormalization", [x, *names], base, epsilon=float(layer.epsilon))
    # other ranks, channels last: (x − mean)·γ/√(var + ε) + β, broadcast over the last axis
    scale = f32(w["gamma"] / np.sqrt(w["moving_variance"] + np.float32(layer.epsilon)))
    centred = g.node("Sub", [x, g.const(f"{base}/moving_mean", w["moving_mean"])], f"{base}/centred")
    scaled = g.node("Mul", [centred, g.const(f"{base}/scale", scale)], f"{base}/scaled")
    return g.node("Add", [scaled, g.const(f"{base}/beta", w["beta"])], base)


def _batchnorm_torch(step, a):
    layer = step.layer
    cls = "BatchNorm2d" if len(step.shape) == 3 else "BatchNorm1d"
    momentum = float(f"{1 - layer.momentum:.12g}")  # torch weighs the new batch: 1 − Keras's momentum
    forward = f"x = self.{a}(x)" if step.axis == 1 else f"x = self.{a}(x.transpose(1, 2)).transpose(1, 2)"  # (N, L, C)
    targets = ("weight", "bias", "running_mean", "running_var")
    return TorchCode(init=(f"self.{a} = nn.{cls}({layer.input_shape[-1]}, eps={layer.epsilon!r}, "
                           f"momentum={momentum!r})",), forward=(forward,),
                     weights=tuple((name, f"{a}.{target}", "same") for name, target in zip(_MOVING_STATS, targets)))


def _batchnorm_torch_refusal(layer):
    if len(layer.input_shape) <= 3:
        return None
    return M_("errors", "Layer '{layer}' (BatchNormalization) cannot be exported to PyTorch code: torch normalises "
                        "tensors of at most 3 axes per sample, and this one gets {axes}.") \
        .format(layer=layer.name, axes=len(layer.input_shape))


TYPES = (
    LayerType("Dropout", "regularization", "regularization", N_("LayerCatalog", "Dropout"),
              N_("LayerCatalog", "While training, switches off a random share of values so the network cannot "
                                 "memorise; use it when test accuracy lags behind."),
              defaults={"rate": 0.2}, fields=("name", "rate"),
              summary=lambda cfg: M_("layers", "rate {rate}").format(rate=cfg.get("rate")),
              elementwise=True, export=LayerExport(torch=_dropout_torch, training_only=True), code_args=("rate",)),
    LayerType("BatchNormalization", "regularization", "regularization", N_("LayerCatalog", "BatchNormalization"),
              N_("LayerCatalog", "Rescales values to a steady range between layers; helps deep networks train "
                                 "faster and more reliably."),
              defaults={"momentum": 0.99, "epsilon": 0.001}, fields=("name", "momentum", "epsilon"),
              summary=lambda cfg: M_("layers", "momentum {momentum}").format(momentum=cfg.get("momentum", 0.99)),
              elementwise=True,
              export=LayerExport(layout="channels_first", onnx=_batchnorm_onnx, torch=_batchnorm_torch,
                                 torch_refusal=_batchnorm_torch_refusal),
              code_kwargs=("momentum", "epsilon")),
)
