"""``keras.callbacks``."""

from nnstudio.engine.callbacks import (Callback, EarlyStopping, History, LambdaCallback, LearningRateScheduler,
                                       TerminateOnNaN)

__all__ = ["Callback", "EarlyStopping", "History", "LambdaCallback", "LearningRateScheduler", "TerminateOnNaN"]
