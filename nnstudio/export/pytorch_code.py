"""A standalone PyTorch script: the network as a ``torch.nn.Module`` (channels-first inside,
channels-last at its input and output like the engine), its weights loaded from
``<script>.npz`` beside it (NN Studio's .npz export), ``predict``, and a training loop with
the same loss, optimizer, batch size and epochs that also runs data-parallel under ``torchrun``.

Layout conversions: Dense kernel (in, out) -> Linear weight (out, in); Conv2D kernel
(kh, kw, in, out) -> Conv2d weight (out, in, kh, kw); BatchNormalization momentum m ->
torch momentum 1 − m (torch weighs the new batch, Keras the old average).
"""

from __future__ import annotations

import keyword
import pathlib
import re

from nnstudio.engine.saving.files import write_text
from nnstudio.export import training_settings
from nnstudio.export.checks import check_exportable
from nnstudio.export.code_common import ARGUMENTS, LOAD_INPUTS, kwargs, literal, module_name
from nnstudio.export.graph_plan import plan
from nnstudio.export.npz_format import write_npz
from nnstudio.export.pytorch_template import TEMPLATE
from nnstudio.export.rows_code import rows_code

# names a submodule must not take: they are attributes of torch.nn.Module
_MODULE_ATTRS = set("""training forward train eval parameters named_parameters buffers named_buffers children
named_children modules named_modules state_dict load_state_dict to to_empty cuda cpu xpu ipu mtia float double
half bfloat16 type apply zero_grad register_buffer register_parameter register_module add_module get_submodule
get_parameter get_buffer requires_grad_ share_memory extra_repr compile set_extra_state get_extra_state
register_forward_hook register_forward_pre_hook register_backward_hook register_full_backward_hook
register_full_backward_pre_hook register_state_dict_pre_hook register_load_state_dict_post_hook
dump_patches call_super_init T_destination""".split())


def _attribute_names(layers) -> dict:
    names, used = {}, set()
    for layer in layers:
        base = re.sub(r"\W", "_", layer.name)
        if not base or base[0].isdigit() or base.startswith("_") or keyword.iskeyword(base) or base in _MODULE_ATTRS:
            base = f"layer_{base.lstrip('_')}"
        name, i = base, 1
        while name in used:
            name, i = f"{base}_{i}", i + 1
        used.add(name)
        names[layer.name] = name
    return names


def _activation_expr(fn, axis) -> str:
    return {
        "relu": "F.relu(x)",
        "leaky_relu": f"F.leaky_relu(x, negative_slope={getattr(fn, 'negative_slope', 0.2)!r})",
        "elu": f"F.elu(x, alpha={getattr(fn, 'alpha', 1.0)!r})",
        "gelu": "F.gelu(x)",  # exact (erf) form, as Keras's default
        "sigmoid": "torch.sigmoid(x)",
        "tanh": "torch.tanh(x)",
        "softmax": f"torch.softmax(x, dim={axis})",
        "swish": "F.silu(x)",
        "softplus": "F.softplus(x)",
    }[fn.name]


def _module_and_forward(model, attrs):
    """(lines of __init__, lines of forward, weight map rows) from the plan; each layer's lines come
    from its layer type's description."""
    init, forward, weights = [], [], []
    for step in plan(model, dropout=True):
        if step.op == "to_channels_first":
            forward.append("x = x.permute(0, 3, 1, 2).contiguous()  # channels-last -> channels-first")
        elif step.op == "to_channels_last":
            forward.append("x = x.permute(0, 2, 3, 1)  # back to channels-last, the order the engine flattens in")
        elif step.op == "activation":
            forward.append(f"x = {_activation_expr(step.activation, step.axis)}")
        else:
            layer, a = step.layer, attrs[step.layer.name]
            code = step.export.torch(step, a)
            init += code.init
            forward += code.forward
            weights += [(layer, name, target, kind) for name, target, kind in code.weights]
            if code.weights and not layer.trainable:
                init.append(f"self.{a}.requires_grad_(False)  # frozen in NN Studio")
    return init, forward, weights


def _regularization_lines(model, attrs):
    terms = []
    for layer in model.layers:
        reg = getattr(layer, "kernel_regularizer", None)
        if reg is None:
            continue
        w = f"model.{attrs[layer.name]}.weight"
        if reg.l1:
            terms.append(f"{reg.l1!r} * {w}.abs().sum()")
        if reg.l2:
            terms.append(f"{reg.l2!r} * {w}.pow(2).sum()")
    return " + ".join(terms) if terms else "torch.zeros(())"


_LOSSES = {
    ("SparseCategoricalCrossentropy", True): "F.cross_entropy(out, y.reshape(-1))",
    ("SparseCategoricalCrossentropy", False):
        "F.nll_loss(torch.log(out.clamp(EPSILON, 1 - EPSILON)), y.reshape(-1))",
    ("CategoricalCrossentropy", True): "F.cross_entropy(out, y.reshape(out.shape))",
    ("CategoricalCrossentropy", False): "-(y.reshape(out.shape) * torch.log((out / out.sum(-1, keepdim=True))"
                                        ".clamp(EPSILON, 1 - EPSILON))).sum(-1).mean()",
    ("BinaryCrossentropy", True): "F.binary_cross_entropy_with_logits(out, y.reshape(out.shape))",
    ("BinaryCrossentropy", False): "_binary_crossentropy(out.clamp(EPSILON, 1 - EPSILON), y.reshape(out.shape))",
    ("MeanSquaredError", False): "F.mse_loss(out, y.reshape(out.shape))",
    ("MeanAbsoluteError", False): "F.l1_loss(out, y.reshape(out.shape))",
}


def _loss_expr(loss) -> str:
    kind = type(loss).__name__
    if kind == "Huber":
        return f"F.huber_loss(out, y.reshape(out.shape), delta={loss.delta!r})"
    return _LOSSES[(kind, bool(getattr(loss, "from_logits", False)))]


def _metric(settings):
    """(column name, expression over out and y) of the first metric, or None."""
    if not settings.metrics:
        return None
    name = settings.metrics[0]
    kind = getattr(settings.loss, "accuracy_kind", None)
    if name in ("accuracy", "acc"):
        if kind == "sparse_categorical":
            return "accuracy", "(out.argmax(-1) == y.reshape(-1)).float().mean()"
        if kind == "categorical":
            return "accuracy", "(out.argmax(-1) == y.reshape(out.shape).argmax(-1)).float().mean()"
        threshold = 0.0 if getattr(settings.loss, "from_logits", False) else 0.5
        return "accuracy", f"((out > {threshold}) == (y.reshape(out.shape) > 0.5)).float().mean()"
    if name == "mae":
        return "mae", "(out - y.reshape(out.shape)).abs().mean()"
    return "mse", "(out - y.reshape(out.shape)).pow(2).mean()"


def _optimizer_expr(opt) -> str:
    kind = type(opt).__name__
    lr = opt.learning_rate
    if kind == "SGD":
        return f"torch.optim.SGD(params, {kwargs(lr=lr, momentum=opt.momentum, nesterov=opt.nesterov)})"
    if kind == "RMSprop":
        return f"torch.optim.RMSprop(params, {kwargs(lr=lr, alpha=opt.rho, eps=opt.epsilon, momentum=opt.momentum)})"
    if kind == "Adagrad":
        return (f"torch.optim.Adagrad(params, {kwargs(lr=lr, eps=opt.epsilon)}, "
                f"initial_accumulator_value={opt.initial_accumulator_value!r})")
    betas = f"betas=({opt.beta_1!r}, {opt.beta_2!r})"
    if kind == "AdamW":
        return f"torch.optim.AdamW(params, lr={lr!r}, {betas}, eps={opt.epsilon!r}, weight_decay={opt.weight_decay!r})"
    return f"torch.optim.Adam(params, lr={lr!r}, {betas}, eps={opt.epsilon!r})"


def _loss_text(loss) -> str:
    cfg = {k: v for k, v in loss.get_config().items() if k != "name"}
    return f"{type(loss).__name__}({kwargs(**cfg)})"


def pytorch_script(model, path, settings, preprocessing=None) -> str:
    from nnstudio._version import __version__

    path = pathlib.Path(path)
    module = module_name(path)
    attrs = _attribute_names(model.layers)
    init, forward, weights = _module_and_forward(model, attrs)
    metric = _metric(settings)
    weight_rows = "\n".join(f"    ({literal(f'{layer.name}/{name}')}, {literal(target)}, {literal(kind)}),"
                            for layer, name, target, kind in weights)
    sparse = type(settings.loss).__name__ == "SparseCategoricalCrossentropy"
    note = ("\n(The network was never compiled in NN Studio: these training settings are defaults\n"
            "chosen from its output layer.)" if settings.defaulted else "")
    return TEMPLATE.substitute(
        title=model.name, version=__version__, module=module, file=path.name, weights_name=f"{module}.npz",
        shape_text=", ".join(map(str, model.input_shape)), optimizer_text=_optimizer_expr(settings.optimizer),
        loss_text=_loss_text(settings.loss),
        batch_size=settings.batch_size, epochs=settings.epochs, note=note,
        weights_literal=literal(f"{module}.npz"), trained_literal=literal(f"{module}.trained.npz"),
        input_shape=literal(tuple(model.input_shape)),
        init="\n".join(f"        {line}" for line in init) or "        pass",
        forward="\n".join(f"        {line}" for line in forward),
        weight_rows=weight_rows, optimizer=_optimizer_expr(settings.optimizer), loss=_loss_expr(settings.loss),
        regularization=_regularization_lines(model, attrs),
        metric_name=literal(metric[0] if metric else None), metric=metric[1] if metric else "None",
        target_dtype="torch.long" if sparse else "torch.float32", load_inputs=LOAD_INPUTS + rows_code(preprocessing),
        arguments=ARGUMENTS)


def export_pytorch_code(model, path, training=None, preprocessing=None) -> list[pathlib.Path]:
    """Write ``path`` (.py) and ``<stem>.npz`` (the weights, NN Studio's .npz layout) beside it. With a
    CSV table's ``preprocessing`` the script also has ``preprocess(rows)`` and ``predict_rows(rows)``."""
    check_exportable(model, "pytorch-code")
    settings = training_settings.resolve(model, training)
    path = pathlib.Path(path)
    script = pytorch_script(model, path, settings, preprocessing)
    weights_path = path.with_name(f"{module_name(path)}.npz")
    write_npz(model, weights_path)
    write_text(path, script)
    return [path, weights_path]
