"""``keras.models``."""

from nnstudio.engine.model import Sequential


def load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Read a ``.keras`` file (ours or one written by real Keras) into a Sequential model."""
    from nnstudio.engine.saving import load_model as _load

    return _load(filepath, compile=compile)


__all__ = ["Sequential", "load_model"]
