"""``keras.config``."""

from nnstudio.engine.backend import epsilon, floatx, set_epsilon, set_floatx


def backend():
    return "numpy"


__all__ = ["backend", "epsilon", "floatx", "set_epsilon", "set_floatx"]
