"""Inside a convolutional network, for the neuron view: one test picture, and for each Conv2D
layer its filters and the feature maps it makes of that picture, as small pictures.

Filters are drawn in the weight colours (blue positive, orange negative, white zero; a layer
reading a colour picture shows its filters in colour); feature maps in grey, black = 0 and white
= the layer's largest value, so the maps of one layer compare at a glance.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnstudio.gui.insight.view_base import describe, gray_pixmap, image_pixmap, pixel_range, rgba_pixmap
from nnstudio.insight.feature_maps import conv_pictures
from nnstudio.insight.palette import diverging_rgb, to_rgba_bytes

MAX_CHANNELS = 12   # filters and maps drawn per layer; the rest is counted
PER_ROW = 6         # so a layer fits the narrow dock column
MAP_PIXELS = 44
FILTER_PIXELS = 24
PICTURE_PIXELS = 96


def _filter_pixmap(weights, scale, colour):
    if colour:  # (kh, kw, 3): centred on grey, as colour
        rgb = np.clip(0.5 + 0.5 * weights / scale, 0.0, 1.0) * 255.0
        pixmap = rgba_pixmap(to_rgba_bytes(rgb))
    else:
        pixmap = rgba_pixmap(to_rgba_bytes(diverging_rgb(weights, scale)))
    return pixmap.scaled(FILTER_PIXELS, FILTER_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.FastTransformation)


class FeatureMapsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("featureMapsPanel")
        self.sample = QSpinBox()
        self.sample.setObjectName("featureMapSampleSpin")
        self.sample.setKeyboardTracking(False)
        describe(self.sample, self.tr("Test picture"), self.tr("Which test picture the feature maps are made of"))
        self.picture = QLabel()
        self.picture.setObjectName("featureMapPicture")
        self.picture.setFixedSize(PICTURE_PIXELS, PICTURE_PIXELS)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Test picture:")))
        top.addWidget(self.sample)
        top.addWidget(self.picture)
        top.addWidget(self.caption, 1)
        self.layers_box = QWidget()
        self.grid = QGridLayout(self.layers_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(3)
        self.grid.setVerticalSpacing(3)
        legend = QLabel(self.tr("Filters: what each filter looks for (blue = positive weight, orange = negative). "
                                "Feature maps: where the picture matches it (white = strongly)."))
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.layers_box)
        layout.addWidget(legend)
        layout.addStretch(1)
        self.map_labels: list[list[QLabel]] = []     # per conv layer, the feature-map pictures drawn
        self.filter_labels: list[list[QLabel]] = []
        self._shape = None

    def _build(self, layers):
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.map_labels, self.filter_labels = [], []
        row = 0
        for layer in layers:
            n = len(layer.maps)
            title = QLabel(self.tr("{layer}: {count} filters {height}×{width}").format(
                layer=layer.layer_name, count=n, height=layer.filters.shape[1], width=layer.filters.shape[2]))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.grid.addWidget(title, row, 0, 1, PER_ROW + 1)
            self.grid.addWidget(QLabel(self.tr("Filters")), row + 1, 0)
            self.grid.addWidget(QLabel(self.tr("Feature maps")), row + 2, 0)
            filters, maps = [], []
            for k in range(min(n, MAX_CHANNELS)):
                f = QLabel()
                f.setToolTip(self.tr("Filter {k} of {layer}").format(k=k + 1, layer=layer.layer_name))
                m = QLabel()
                m.setToolTip(self.tr("Feature map {k} of {layer}: {height}×{width}").format(
                    k=k + 1, layer=layer.layer_name, height=layer.maps.shape[1], width=layer.maps.shape[2]))
                r, c = row + 1 + 2 * (k // PER_ROW), 1 + k % PER_ROW
                self.grid.addWidget(f, r, c, Qt.AlignmentFlag.AlignCenter)
                self.grid.addWidget(m, r + 1, c)
                filters.append(f)
                maps.append(m)
            shown_rows = 2 * ((min(n, MAX_CHANNELS) + PER_ROW - 1) // PER_ROW)
            if n > MAX_CHANNELS:
                shown_rows += 1
                self.grid.addWidget(QLabel(self.tr("… {count} more").format(count=n - MAX_CHANNELS)),
                                    row + shown_rows, 1, 1, PER_ROW)
            self.map_labels.append(maps)
            self.filter_labels.append(filters)
            row += 1 + shown_rows

    def set_dataset(self, ds):
        self.sample.blockSignals(True)
        self.sample.setRange(1, max(1, ds.n_test))
        self.sample.blockSignals(False)

    def show_model(self, model, ds):
        """Draw every Conv2D layer of ``model`` for the chosen test picture."""
        index = min(self.sample.value(), ds.n_test) - 1
        raw = ds.x_test_raw[index]
        self.picture.setPixmap(image_pixmap(raw if raw.ndim >= 2 else raw.reshape(ds.input_shape), pixel_range(ds),
                                            PICTURE_PIXELS))
        self.caption.setText(self.tr("Class: {name}").format(name=ds.class_names[int(ds.y_test[index])])
                             if ds.task == "classification" else "")
        layers = conv_pictures(model, ds.x_test[index])
        shape = [(layer.layer_name, len(layer.maps), layer.maps.shape[1:]) for layer in layers]
        if shape != self._shape:  # a new network: new labels; while it trains only the pictures change
            self._build(layers)
            self._shape = shape
        for layer, filters, maps in zip(layers, self.filter_labels, self.map_labels):
            scale = float(np.abs(layer.filters).max()) or 1.0
            top = float(np.abs(layer.maps).max()) or 1.0
            for k, (f, m) in enumerate(zip(filters, maps)):
                f.setPixmap(_filter_pixmap(layer.filters[k], scale, layer.colour_filters))
                values = layer.maps[k]
                m.setPixmap(gray_pixmap(values, top, MAP_PIXELS) if values.min() >= 0 else
                            rgba_pixmap(to_rgba_bytes(diverging_rgb(values, top))).scaled(
                                MAP_PIXELS, MAP_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.FastTransformation))
        return layers
