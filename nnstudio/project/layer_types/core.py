"""The input and Dense: where the data comes in, and the layer of neurons."""

from __future__ import annotations

from nnstudio.i18n import M_, N_
from nnstudio.project.layer_types.describing import (LayerExport, LayerType, TorchCode, activation_suffix,
                                                     last_activation, onnx_kernel_and_bias, times,
                                                     torch_kernel_and_bias)


def _dense_summary(cfg):
    if cfg.get("units") == 1:
        return M_("layers", "1 unit{activation}").format(activation=activation_suffix(cfg))
    return M_("layers", "{units} units{activation}").format(units=cfg.get("units"), activation=activation_suffix(cfg))


def _dense_onnx(g, x, step):
    kernel, *bias = onnx_kernel_and_bias(g, step, step.layer.weights_dict["kernel"])
    return g.node("Gemm" if bias else "MatMul", [x, kernel, *bias], step.layer.name)


def _dense_torch(step, a):
    layer = step.layer
    return TorchCode(init=(f"self.{a} = nn.Linear({layer.input_shape[-1]}, {layer.units}, bias={layer.use_bias})",),
                     forward=(f"x = self.{a}(x)",), weights=torch_kernel_and_bias(layer, a, "dense"))


TYPES = (
    LayerType("InputLayer", "core", "input", N_("LayerCatalog", "Input"),
              N_("LayerCatalog", "Where the data comes in: its shape follows the data you chose. Every network "
                                 "starts with one."),
              defaults={"shape": [2]}, fields=("name", "shape"),
              summary=lambda cfg: M_("layers", "shape {shape}").format(shape=times(cfg.get("shape", [])))),
    LayerType("Dense", "core", "core", N_("LayerCatalog", "Dense"),
              N_("LayerCatalog", "A layer of neurons, each connected to every input: the basic building block. Use "
                                 "it for hidden layers and for the output."),
              defaults={"units": 8, "activation": "relu"}, fields=("name", "units", "activation", "use_bias"),
              summary=_dense_summary, kernel=True, output_activation=last_activation,
              export=LayerExport(layout="channels_last", onnx=_dense_onnx, torch=_dense_torch, activation=True),
              code_args=("units",), code_kwargs=("activation", "use_bias")),
)
