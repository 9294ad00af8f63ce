"""Feature maps and filters of a convnet: the maps are the Conv2D layers' own outputs for the
picture, the filters its kernels (averaged over grey input channels, kept whole for colour)."""

import numpy as np

from nnstudio import keras
from nnstudio.insight.feature_maps import conv_layer_indices, conv_pictures


def test_maps_are_each_conv_layers_output_and_filters_its_kernel():
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((10, 9, 3)), keras.layers.Conv2D(4, 3, activation="relu"),
                              keras.layers.MaxPooling2D(2), keras.layers.Conv2D(5, 2, padding="same"),
                              keras.layers.Flatten(), keras.layers.Dense(2)])
    x = np.random.default_rng(0).random((10, 9, 3)).astype(np.float32)
    assert conv_layer_indices(model) == [0, 2]
    first, second = conv_pictures(model, x)
    h1 = model.layers[0](x[None])
    h2 = model.layers[2](model.layers[1](h1))
    np.testing.assert_allclose(first.maps, np.transpose(h1[0], (2, 0, 1)), rtol=1e-6)
    np.testing.assert_allclose(second.maps, np.transpose(h2[0], (2, 0, 1)), rtol=1e-6)
    assert first.maps.shape == (4, 8, 7) and second.maps.shape == (5, 4, 3)
    kernel = model.layers[0].get_weights()[0]
    assert first.colour_filters and first.filters.shape == (4, 3, 3, 3)
    np.testing.assert_allclose(first.filters[1], kernel[:, :, :, 1], rtol=1e-6)
    k2 = model.layers[2].get_weights()[0]
    assert not second.colour_filters and second.filters.shape == (5, 2, 2)
    np.testing.assert_allclose(second.filters[3], k2[:, :, :, 3].astype(np.float64).mean(axis=2), rtol=1e-12)
