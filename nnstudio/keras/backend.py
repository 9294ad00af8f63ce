"""``keras.backend``."""

from nnstudio.engine.backend import clear_session, epsilon, floatx, set_epsilon, set_floatx


def backend():
    return "numpy"


__all__ = ["backend", "clear_session", "epsilon", "floatx", "set_epsilon", "set_floatx"]
