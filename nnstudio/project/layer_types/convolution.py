"""The image layers: Conv2D and the poolings, which slide a window over a channels-first image in
ONNX and PyTorch (the plan transposes before them), and the global average."""

from __future__ import annotations

from nnstudio.i18n import M_, N_
from nnstudio.project.layer_types.describing import (LayerExport, LayerType, TorchCode, activation_suffix,
                                                     last_activation, onnx_kernel_and_bias, onnx_pads, pair, times,
                                                     torch_kernel_and_bias, torch_same_padding, torch_window,
                                                     window_text)
from nnstudio.project.python_literals import literal


def _conv_summary(cfg):
    k = pair(cfg.get("kernel_size"), (3, 3))
    s = pair(cfg.get("strides"), (1, 1))
    rest = f"{times(k)}{f' /{s[0]}' if s != (1, 1) else ''} · {cfg.get('padding', 'valid')}{activation_suffix(cfg)}"
    return M_("layers", "{filters} filters {window}").format(filters=cfg.get("filters"), window=rest)


def _conv_onnx(g, x, step):
    layer = step.layer
    inputs = onnx_kernel_and_bias(g, step, layer.weights_dict["kernel"].transpose(3, 2, 0, 1))
    return g.node("Conv", [x, *inputs], layer.name, kernel_shape=list(layer.kernel_size),
                  strides=list(layer.strides), pads=onnx_pads(step))


def _conv_torch(step, a):
    layer = step.layer
    return TorchCode(init=(f"self.{a} = nn.Conv2d({layer.input_shape[-1]}, {layer.filters}, "
                           f"{torch_window(layer, layer.kernel_size)}, bias={layer.use_bias})",),
                     forward=(*torch_same_padding(step), f"x = self.{a}(x)"),
                     weights=torch_kernel_and_bias(layer, a, "conv"))


def _max_pool_onnx(g, x, step):
    layer = step.layer
    return g.node("MaxPool", [x], layer.name, kernel_shape=list(layer.pool_size), strides=list(layer.strides),
                  pads=onnx_pads(step))


def _max_pool_torch(step, a):
    return TorchCode(init=(f"self.{a} = nn.MaxPool2d({torch_window(step.layer, step.layer.pool_size)})",),
                     forward=(*torch_same_padding(step, ', value=float("-inf")'), f"x = self.{a}(x)"))


def _average_pool_onnx(g, x, step):   # TensorFlow's 'same' averages the cells inside the image: count_include_pad=0
    layer = step.layer
    return g.node("AveragePool", [x], layer.name, kernel_shape=list(layer.pool_size), strides=list(layer.strides),
                  pads=onnx_pads(step), count_include_pad=0)


def _average_pool_torch(step, a):
    layer = step.layer
    if not any(step.pads):
        return TorchCode(init=(f"self.{a} = nn.AvgPool2d({torch_window(layer, layer.pool_size)})",),
                         forward=(f"x = self.{a}(x)",))
    # TensorFlow's 'same': each window's sum over the cells inside the image
    top, bottom, left, right = step.pads
    h, w = layer.input_shape[0], layer.input_shape[1]
    pads = f"({left}, {right}, {top}, {bottom})"
    window = f"{literal(tuple(layer.pool_size))}, stride={literal(tuple(layer.strides))}, divisor_override=1"
    return TorchCode(init=(f"self.register_buffer({literal(a + '_cells')}, F.avg_pool2d(F.pad(torch.ones(1, 1, "
                           f"{h}, {w}), {pads}), {window}), persistent=False)  # cells of each window in the image",),
                     forward=(f"x = F.avg_pool2d(F.pad(x, {pads}), {window}) / self.{a}_cells",))


def _image_axes(step):
    """The input image's height and width axes in the plan's layout (batch axis = 0)."""
    return (2, 3) if step.axis == 1 else (1, 2)


def _global_average_onnx(g, x, step):
    return g.node("ReduceMean", [x], step.layer.name, axes=list(_image_axes(step)), keepdims=0)


def _global_average_torch(step, a):
    return TorchCode(forward=(f"x = x.mean(dim={_image_axes(step)})  # one average per channel",))


TYPES = (
    LayerType("Conv2D", "convolution", "convolution", N_("LayerCatalog", "Conv2D"),
              N_("LayerCatalog", "Slides small filters over an image to find edges and shapes; use it first on "
                                 "image data."),
              defaults={"filters": 8, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
                        "activation": "relu"},
              fields=("name", "filters", "kernel_size", "strides", "padding", "activation", "use_bias"),
              summary=_conv_summary, kernel=True, output_activation=last_activation,
              export=LayerExport(layout="channels_first", window="kernel_size", onnx=_conv_onnx, torch=_conv_torch,
                                 activation=True),
              code_args=("filters", "kernel_size"), code_kwargs=("strides", "padding", "activation", "use_bias")),
    LayerType("MaxPooling2D", "convolution", "convolution", N_("LayerCatalog", "MaxPooling2D"),
              N_("LayerCatalog", "Shrinks an image by keeping the largest value of each small window; use it after "
                                 "Conv2D."),
              defaults={"pool_size": [2, 2], "padding": "valid"}, fields=("name", "pool_size", "strides", "padding"),
              summary=lambda cfg: window_text(cfg, "pool_size"),
              export=LayerExport(layout="channels_first", window="pool_size", onnx=_max_pool_onnx,
                                 torch=_max_pool_torch),
              code_kwargs=("pool_size", "strides", "padding")),
    LayerType("AveragePooling2D", "convolution", "convolution", N_("LayerCatalog", "AveragePooling2D"),
              N_("LayerCatalog", "Shrinks an image by averaging each small window; smoother than MaxPooling2D."),
              defaults={"pool_size": [2, 2], "padding": "valid"}, fields=("name", "pool_size", "strides", "padding"),
              summary=lambda cfg: window_text(cfg, "pool_size"),
              export=LayerExport(layout="channels_first", window="pool_size", onnx=_average_pool_onnx,
                                 torch=_average_pool_torch),
              code_kwargs=("pool_size", "strides", "padding")),
    LayerType("GlobalAveragePooling2D", "convolution", "convolution", N_("LayerCatalog", "GlobalAveragePooling2D"),
              N_("LayerCatalog", "Averages each channel over the whole image into one number; use it instead of "
                                 "Flatten before Dense."),
              summary=lambda cfg: M_("layers", "one average per channel"),
              export=LayerExport(onnx=_global_average_onnx, torch=_global_average_torch)),
)
