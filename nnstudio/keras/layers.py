"""``keras.layers``."""

from nnstudio.engine.layers import (Activation, AveragePooling2D, BatchNormalization, Conv2D, Dense, Dropout, Flatten,
                                    GlobalAveragePooling2D, Input, InputLayer, Layer, LeakyReLU, MaxPooling2D, ReLU,
                                    Reshape)

Convolution2D = Conv2D
MaxPool2D = MaxPooling2D
AvgPool2D = AveragePooling2D
GlobalAvgPool2D = GlobalAveragePooling2D

__all__ = ["Activation", "AveragePooling2D", "AvgPool2D", "BatchNormalization", "Conv2D", "Convolution2D", "Dense",
           "Dropout", "Flatten", "GlobalAveragePooling2D", "GlobalAvgPool2D", "Input", "InputLayer", "Layer",
           "LeakyReLU", "MaxPooling2D", "MaxPool2D", "ReLU", "Reshape"]
