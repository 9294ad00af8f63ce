"""The pure-NumPy training engine (no Qt, no torch, no TensorFlow)."""
