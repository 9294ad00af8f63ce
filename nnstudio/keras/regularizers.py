"""``keras.regularizers``."""

from nnstudio.engine.regularizers import L1, L1L2, L2, Regularizer, get, l1_l2

l1 = L1
l2 = L2

__all__ = ["L1", "L1L2", "L2", "Regularizer", "get", "l1", "l1_l2", "l2"]
