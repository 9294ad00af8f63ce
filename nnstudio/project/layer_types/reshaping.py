"""Flatten and Reshape: they read the values in the engine's (channels-last) order, so the exports'
plan transposes a channels-first image back before them."""

from __future__ import annotations

import numpy as np

from nnstudio.i18n import M_, N_
from nnstudio.project.layer_types.describing import LayerExport, LayerType, TorchCode, times


def _reshape_onnx(g, x, step):
    base = step.layer.name
    return g.node("Reshape", [x, g.const(f"{base}/shape", np.array([-1, *step.shape], dtype=np.int64))], base)


TYPES = (
    LayerType("Flatten", "convolution", "convolution", N_("LayerCatalog", "Flatten"),
              N_("LayerCatalog", "Unrolls an image into one long list of numbers so Dense layers can use it; put it "
                                 "between the convolutions and Dense."),
              summary=lambda cfg: M_("layers", "unrolls into a vector"),
              export=LayerExport(layout="channels_last",
                                 onnx=lambda g, x, step: g.node("Flatten", [x], step.layer.name, axis=1),
                                 torch=lambda step, a: TorchCode(forward=("x = torch.flatten(x, 1)",)))),
    LayerType("Reshape", "convolution", "convolution", N_("LayerCatalog", "Reshape"),
              N_("LayerCatalog", "Rearranges the values into another shape with the same count, e.g. a list of 64 "
                                 "into an 8×8 image."),
              defaults={"target_shape": [8, 8, 1]}, fields=("name", "target_shape"),
              summary=lambda cfg: M_("layers", "to {shape}").format(shape=times(cfg.get("target_shape", []))),
              export=LayerExport(layout="channels_last", onnx=_reshape_onnx,
                                 torch=lambda step, a: TorchCode(forward=(f"x = x.reshape(-1, "
                                                                          f"{', '.join(map(str, step.shape))})",))),
              code_args=("target_shape",)),
)
