"""``keras.layers``."""

from nnstudio.engine.layers import (Activation, BatchNormalization, Conv2D, Dense, Dropout, Flatten, Input,
                                    InputLayer, Layer, LeakyReLU, MaxPooling2D, ReLU, Reshape)

Convolution2D = Conv2D
MaxPool2D = MaxPooling2D

__all__ = ["Activation", "BatchNormalization", "Conv2D", "Convolution2D", "Dense", "Dropout", "Flatten",
           "Input", "InputLayer", "Layer", "LeakyReLU", "MaxPooling2D", "MaxPool2D", "ReLU", "Reshape"]
