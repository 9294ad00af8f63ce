"""Python source text for values: what generated code (the Keras and PyTorch scripts, the layer
types' export mappings) writes for a number, a string or a tuple."""

from __future__ import annotations

import json


def literal(value) -> str:
    """A Python literal for a number, string, bool, None or tuple (floats keep every digit)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (tuple, list)):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, str):
        return json.dumps(value)  # double quotes, escapes that Python reads back
    return repr(value)


def kwargs(**items) -> str:
    return ", ".join(f"{k}={literal(v)}" for k, v in items.items())
