"""``keras.initializers``."""

from nnstudio.engine.initializers import (GlorotNormal, GlorotUniform, HeNormal, HeUniform, Initializer,
                                          LecunNormal, LecunUniform, Ones, RandomNormal, RandomUniform, Zeros, get)

__all__ = ["GlorotNormal", "GlorotUniform", "HeNormal", "HeUniform", "Initializer", "LecunNormal",
           "LecunUniform", "Ones", "RandomNormal", "RandomUniform", "Zeros", "get"]
