"""``keras.optimizers``. Defaults follow Keras: SGD lr 0.01; Adam/AdamW/RMSprop/Adagrad lr 0.001,
ε 1e-7; AdamW weight_decay 0.004; Adagrad initial accumulator 0.1. The update formulas are torch.optim's."""

from nnstudio.engine.optimizers import SGD, Adagrad, Adam, AdamW, Optimizer, RMSprop, get

__all__ = ["SGD", "Adagrad", "Adam", "AdamW", "Optimizer", "RMSprop", "get"]
