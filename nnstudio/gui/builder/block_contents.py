"""What each block says, derived from the network, the validation report and the training
settings (the loss block names the loss that training will use)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nnstudio.gui.builder.block_item import BlockContent
from nnstudio.gui.builder.layer_catalog import entry_for
from nnstudio.gui.user_text import user_text
from nnstudio.project.model_factory import last_activation
from nnstudio.project.layer_types import summary_of
from nnstudio.project.network import display_type
from nnstudio.project.training_config import resolve_loss

translate = QCoreApplication.translate


def shape_text(shape) -> str:
    return "×".join(str(d) for d in shape) if shape else "?"


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def layer_content(index, spec, check) -> BlockContent:
    cfg = spec.get("config") or {}
    shape = check.output_shape if check is not None else None
    params = check.params if check is not None else 0
    if shape is not None:
        meta = translate("NetworkCanvas", "out {0} · {1} params").format(shape_text(shape), f"{params:,}")
    else:
        meta = translate("NetworkCanvas", "out ? · shape unknown")
    error = user_text(check.error) if check is not None else ""
    fix = check.fix if check is not None else None
    entry = entry_for(spec["class_name"])
    tooltip = f"<b>{display_type(spec['class_name'])}</b> — {entry.tooltip if entry else ''}"
    if error:
        tooltip += "<br><span style='color:#B71C1C'>" + _escape(error) + "</span>"
    return BlockContent(index=index, class_name=spec["class_name"], title=display_type(spec["class_name"]),
                        name=str(cfg.get("name", "")), key=user_text(summary_of(spec)), meta=meta, error=error,
                        fix_text=translate("NetworkCanvas", "Fix: {0}").format(user_text(fix.text)) if fix else "",
                        tooltip=tooltip, output_shape=shape, params=params)


#: loss class -> (name, detail); marked for lupdate, translated when shown
_LOSS_NAMES = {
    "SparseCategoricalCrossentropy": (QT_TRANSLATE_NOOP("NetworkCanvas", "Cross-entropy"),
                                      QT_TRANSLATE_NOOP("NetworkCanvas", "sparse categorical")),
    "CategoricalCrossentropy": (QT_TRANSLATE_NOOP("NetworkCanvas", "Cross-entropy"),
                                QT_TRANSLATE_NOOP("NetworkCanvas", "categorical (one-hot)")),
    "BinaryCrossentropy": (QT_TRANSLATE_NOOP("NetworkCanvas", "Binary cross-entropy"),
                           QT_TRANSLATE_NOOP("NetworkCanvas", "yes/no outputs")),
    "MeanSquaredError": (QT_TRANSLATE_NOOP("NetworkCanvas", "Mean squared error"),
                         QT_TRANSLATE_NOOP("NetworkCanvas", "average squared difference")),
    "MeanAbsoluteError": (QT_TRANSLATE_NOOP("NetworkCanvas", "Mean absolute error"),
                          QT_TRANSLATE_NOOP("NetworkCanvas", "average difference")),
    "Huber": (QT_TRANSLATE_NOOP("NetworkCanvas", "Huber loss"),
              QT_TRANSLATE_NOOP("NetworkCanvas", "squared when close, linear when far")),
}


def loss_content(layers, training, dataset) -> BlockContent:
    """The final block: which loss training will use, and what the output must be."""
    title = translate("NetworkCanvas", "Loss")
    about = translate("NetworkCanvas", "The loss measures how wrong the network is; training makes it smaller.")
    if dataset is None:
        key = training.loss if training.loss != "auto" else translate("NetworkCanvas", "automatic")
        return BlockContent(-1, "Loss", title, "", key, translate("NetworkCanvas", "chosen when data is loaded"),
                            tooltip=about)
    loss = resolve_loss(training.loss, dataset.task, last_activation(layers), int(dataset.output_units))
    kind = type(loss).__name__
    name, detail = _LOSS_NAMES.get(kind, (kind, ""))
    name, detail = translate("NetworkCanvas", name), translate("NetworkCanvas", detail)
    if getattr(loss, "from_logits", None) is not None:
        detail += " · " + (translate("NetworkCanvas", "from logits") if loss.from_logits
                           else translate("NetworkCanvas", "from probabilities"))
    units = int(dataset.output_units)
    if dataset.task == "classification" and units > 1:
        meta = translate("NetworkCanvas", "needs {0} outputs ({0} classes)").format(units)
    elif dataset.task == "classification":
        meta = translate("NetworkCanvas", "needs 1 output (yes or no)")
    else:
        meta = translate("NetworkCanvas", "needs 1 output value") if units == 1 else \
            translate("NetworkCanvas", "needs {0} output values").format(units)
    how = translate("NetworkCanvas", "chosen automatically") if training.loss == "auto" else \
        translate("NetworkCanvas", "set in the training settings")
    tooltip = f"<b>{name}</b> ({_escape(detail)}) — {how}.<br>{about}"
    return BlockContent(-1, "Loss", title, how, name, meta, tooltip=tooltip)
