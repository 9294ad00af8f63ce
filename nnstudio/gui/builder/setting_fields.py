"""The inspector's fields: one editor per layer setting, with its limits and a short explanation.

A field turns a layer config value into widget state (``show``) and widget state back into a
config change (``value``). Which fields a layer type uses is ``FIELDS_FOR``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from nnstudio.engine.activations import NAMES as ACTIVATIONS
from nnstudio.project.layer_types import LAYER_TYPES

#: the settings each layer type shows (``project.layer_types``)
FIELDS_FOR = {name: t.fields for name, t in LAYER_TYPES.items()}

#: key -> (label, explanation), marked for lupdate and translated when shown
TEXTS = {
    "name": (QT_TRANSLATE_NOOP("Inspector", "Name"),
             QT_TRANSLATE_NOOP("Inspector", "A label for this layer, shown on its block and in the summary.")),
    "shape": (QT_TRANSLATE_NOOP("Inspector", "Shape"),
              QT_TRANSLATE_NOOP("Inspector", "The shape of one sample, e.g. 2 or 8, 8, 1. It follows the data "
                                             "you choose.")),
    "units": (QT_TRANSLATE_NOOP("Inspector", "Units"),
              QT_TRANSLATE_NOOP("Inspector", "How many neurons. More can learn more complicated patterns but "
                                             "train slower. The last Dense layer needs one per class.")),
    "filters": (QT_TRANSLATE_NOOP("Inspector", "Filters"),
                QT_TRANSLATE_NOOP("Inspector", "How many patterns the layer looks for; each gives one output "
                                               "channel.")),
    "kernel_size": (QT_TRANSLATE_NOOP("Inspector", "Window"),
                    QT_TRANSLATE_NOOP("Inspector", "The size of the square window each filter looks at "
                                                   "(3 means 3×3 pixels).")),
    "pool_size": (QT_TRANSLATE_NOOP("Inspector", "Window"),
                  QT_TRANSLATE_NOOP("Inspector", "The size of the window; 2 halves the width and height.")),
    "strides": (QT_TRANSLATE_NOOP("Inspector", "Step"),
                QT_TRANSLATE_NOOP("Inspector", "How far the window moves at each step; 2 halves the image.")),
    "padding": (QT_TRANSLATE_NOOP("Inspector", "Padding"),
                QT_TRANSLATE_NOOP("Inspector", "“same” pads the border so the image keeps its size; “valid” "
                                               "does not, so the image shrinks a little.")),
    "activation": (QT_TRANSLATE_NOOP("Inspector", "Activation"),
                   QT_TRANSLATE_NOOP("Inspector", "The function applied to each output. relu is a good default; "
                                                  "use linear on the last layer (the loss turns it into "
                                                  "probabilities).")),
    "use_bias": (QT_TRANSLATE_NOOP("Inspector", "Bias"),
                 QT_TRANSLATE_NOOP("Inspector", "Adds a learnable offset to every output. Leave it on unless a "
                                                "BatchNormalization follows.")),
    "negative_slope": (QT_TRANSLATE_NOOP("Inspector", "Negative slope"),
                       QT_TRANSLATE_NOOP("Inspector", "How much of the negative values gets through "
                                                      "(0 is plain ReLU).")),
    "rate": (QT_TRANSLATE_NOOP("Inspector", "Rate"),
             QT_TRANSLATE_NOOP("Inspector", "The share of values switched off at random while training "
                                            "(0.2 = 20 %). Nothing is switched off when predicting.")),
    "momentum": (QT_TRANSLATE_NOOP("Inspector", "Momentum"),
                 QT_TRANSLATE_NOOP("Inspector", "How slowly the running mean and spread of the data change "
                                                "(close to 1 = slowly).")),
    "epsilon": (QT_TRANSLATE_NOOP("Inspector", "Epsilon"),
                QT_TRANSLATE_NOOP("Inspector", "A tiny number that avoids dividing by zero.")),
    "target_shape": (QT_TRANSLATE_NOOP("Inspector", "New shape"),
                     QT_TRANSLATE_NOOP("Inspector", "e.g. 8, 8, 1. The numbers multiplied must equal the number "
                                                    "of values coming in.")),
}

ACTIVATION_TIPS = {
    "relu": QT_TRANSLATE_NOOP("Inspector", "max(x, 0): the usual choice for hidden layers"),
    "leaky_relu": QT_TRANSLATE_NOOP("Inspector", "like relu, lets a little of the negatives through"),
    "elu": QT_TRANSLATE_NOOP("Inspector", "smooth relu that goes slightly negative"),
    "gelu": QT_TRANSLATE_NOOP("Inspector", "smooth relu used in transformers"),
    "sigmoid": QT_TRANSLATE_NOOP("Inspector", "squeezes into 0…1"),
    "tanh": QT_TRANSLATE_NOOP("Inspector", "squeezes into −1…1"),
    "softmax": QT_TRANSLATE_NOOP("Inspector", "turns outputs into probabilities that add up to 1"),
    "swish": QT_TRANSLATE_NOOP("Inspector", "x·sigmoid(x), a smooth relu"),
    "softplus": QT_TRANSLATE_NOOP("Inspector", "a smooth relu: log(1 + eˣ)"),
    "linear": QT_TRANSLATE_NOOP("Inspector", "no function: the value passes unchanged"),
}


def label_text(key):
    return QCoreApplication.translate("Inspector", TEXTS[key][0])


def help_text(key):
    return QCoreApplication.translate("Inspector", TEXTS[key][1])


def parse_shape(text: str):
    """'8, 8, 1' / '8×8×1' / '64' -> [8, 8, 1]; None when it is not positive whole numbers."""
    parts = [p for p in re.split(r"[\s,×xX*()\[\]]+", text.strip()) if p]
    if not parts or not all(p.isdigit() and 0 < int(p) <= 100000 for p in parts):
        return None
    return [int(p) for p in parts]


def _pair(value, default):
    if isinstance(value, (list, tuple)):
        return int(value[0]) if value else default
    return int(value) if isinstance(value, int) else default


def make_editor(key, parent):
    """The widget for setting ``key``; its objectName is ``<key>Edit`` except the activation combo."""
    if key in ("name", "shape", "target_shape"):
        w = QLineEdit(parent)
    elif key in ("units", "filters", "kernel_size", "pool_size", "strides"):
        w = QSpinBox(parent)
        w.setRange(*{"units": (1, 4096), "filters": (1, 1024), "kernel_size": (1, 15),
                     "pool_size": (1, 8), "strides": (1, 8)}[key])
        w.setAccelerated(True)
    elif key in ("padding", "activation"):
        w = QComboBox(parent)
        if key == "padding":
            w.addItems(["valid", "same"])
        else:
            for i, name in enumerate(ACTIVATIONS):
                w.addItem(name)
                w.setItemData(i, QCoreApplication.translate("Inspector", ACTIVATION_TIPS[name]), 3)  # ToolTipRole
    elif key == "use_bias":
        w = QCheckBox(QCoreApplication.translate("Inspector", "learn an offset"), parent)
    else:
        w = QDoubleSpinBox(parent)
        ranges = {"negative_slope": (0.0, 1.0, 0.05, 2), "rate": (0.0, 0.95, 0.05, 2),
                  "momentum": (0.0, 0.999, 0.01, 3), "epsilon": (1e-5, 0.1, 1e-4, 5)}
        lo, hi, step, decimals = ranges[key]
        w.setDecimals(decimals)
        w.setRange(lo, hi)
        w.setSingleStep(step)
    w.setObjectName("activationCombo" if key == "activation" else f"{key}Edit")
    w.setToolTip(help_text(key))
    return w


def _pooling(class_name) -> bool:
    """A pooling layer: its step is its window unless set ("= window")."""
    return "pool_size" in FIELDS_FOR.get(class_name, ())


def show_value(key, widget, config, class_name):
    """Put ``config``'s value of ``key`` into ``widget`` (the caller blocks its signals)."""
    value = config.get(key)
    if key == "strides" and _pooling(class_name):
        widget.setMinimum(0)
        widget.setSpecialValueText(QCoreApplication.translate("Inspector", "= window"))
        widget.setValue(0 if value is None else _pair(value, 0))
    elif key == "strides":
        widget.setMinimum(1)
        widget.setSpecialValueText("")
        widget.setValue(_pair(value, 1))
    elif key in ("kernel_size", "pool_size"):
        widget.setValue(_pair(value, 3 if key == "kernel_size" else 2))
    elif key in ("units", "filters"):
        widget.setValue(int(value) if isinstance(value, int) else widget.minimum())
    elif key == "activation":
        widget.setCurrentText(value if isinstance(value, str) and value else "linear")
    elif key == "padding":
        widget.setCurrentText(value or "valid")
    elif key == "use_bias":
        widget.setChecked(value is not False)
    elif key in ("shape", "target_shape"):
        if not widget.hasFocus():
            widget.setText(", ".join(str(d) for d in (value or [])))
    elif key == "name":
        if not widget.hasFocus():
            widget.setText(str(value or ""))
    else:
        default = {"negative_slope": 0.3, "rate": 0.2, "momentum": 0.99, "epsilon": 1e-3}[key]
        widget.setValue(float(value) if isinstance(value, (int, float)) else default)


def read_value(key, widget, class_name):
    """The config change the widget asks for: ``{key: value}``, or None when the text is not valid."""
    if key == "strides" and _pooling(class_name):
        return {key: None if widget.value() == 0 else [widget.value()] * 2}
    if key in ("kernel_size", "pool_size", "strides"):
        return {key: [widget.value()] * 2}
    if key in ("units", "filters"):
        return {key: widget.value()}
    if key in ("activation", "padding"):
        return {key: widget.currentText()}
    if key == "use_bias":
        return {key: widget.isChecked()}
    if key in ("shape", "target_shape"):
        shape = parse_shape(widget.text())
        return {key: shape} if shape else None
    if key == "name":
        return {key: widget.text().strip()}
    return {key: round(widget.value(), widget.decimals())}
