"""L1/L2 weight penalties: ``penalty(w)`` is added to the loss, ``gradient(w)`` to dL/dw."""

from __future__ import annotations

import numpy as np

from nnstudio.i18n import M_


class Regularizer:
    def __init__(self, l1=0.0, l2=0.0):
        for arg, v in (("l1", l1), ("l2", l2)):
            if not isinstance(v, (int, float)) or v < 0:
                raise ValueError(M_("errors", "Expected a non-negative number. Received: {arg}={value!r}")
                                 .format(arg=arg, value=v))
        self.l1, self.l2 = float(l1), float(l2)

    def penalty(self, w) -> float:
        out = 0.0
        if self.l1:
            out += self.l1 * float(np.abs(w).sum())
        if self.l2:
            out += self.l2 * float(np.square(w).sum())
        return out

    def gradient(self, w):
        g = 0
        if self.l1:
            g = self.l1 * np.sign(w)
        if self.l2:
            g = g + (2 * self.l2) * w
        return g

    def get_config(self):
        return {"l1": self.l1, "l2": self.l2}


class L1(Regularizer):
    def __init__(self, l1=0.01):
        super().__init__(l1=l1)

    def get_config(self):
        return {"l1": self.l1}


class L2(Regularizer):
    def __init__(self, l2=0.01):
        super().__init__(l2=l2)

    def get_config(self):
        return {"l2": self.l2}


L1L2 = Regularizer


def l1_l2(l1=0.01, l2=0.01):
    return Regularizer(l1, l2)


def get(identifier):
    if identifier is None or isinstance(identifier, Regularizer):
        return identifier
    if isinstance(identifier, str) and identifier in ("l1", "l2", "l1_l2"):
        return {"l1": L1, "l2": L2, "l1_l2": l1_l2}[identifier]()
    if isinstance(identifier, dict):
        name = identifier.get("class_name", "").lower()
        cfg = identifier.get("config", {})
        if name == "l1":
            return L1(cfg.get("l1", 0.01))
        if name == "l2":
            return L2(cfg.get("l2", 0.01))
        if name in ("l1l2", "l1_l2"):
            return Regularizer(cfg.get("l1", 0.0), cfg.get("l2", 0.0))
    raise ValueError(M_("errors", "Unknown regularizer. Expected 'l1', 'l2', 'l1_l2' or a Regularizer. "
                                  "Received: kernel_regularizer={value!r}").format(value=identifier))


def serialize(reg):
    if reg is None:
        return None
    # Keras's configs: L1 {"l1"}, L2 {"l2"}, L1L2 {"l1", "l2"} (real Keras rejects extra keys)
    if reg.l2 == 0 and reg.l1:
        return {"class_name": "L1", "config": {"l1": reg.l1}}
    if reg.l1 == 0:
        return {"class_name": "L2", "config": {"l2": reg.l2}}
    return {"class_name": "L1L2", "config": {"l1": reg.l1, "l2": reg.l2}}
