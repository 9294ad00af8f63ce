"""Decision boundary: the model's answer over the input plane as a heatmap, with the training
(and test) points on top. Classes in colour-blind-safe colours, confidence as lightness; a value
heatmap for regression. Data with more than two features: two are picked, the rest held."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from nnstudio.gui.insight.view_base import GraphicsLayoutWidget, InsightView, describe, fmt, plain_axis
from nnstudio.gui.user_text import user_text
from nnstudio.insight import boundary
from nnstudio.insight.palette import NEGATIVE_HEX, POSITIVE_HEX, class_rgb

#: points drawn per split at most
MAX_POINTS = 3000


class BoundaryView(InsightView):
    RESOLUTION = 100

    def __init__(self, live, parent=None):
        super().__init__(live, parent)
        self.setObjectName("boundaryView")
        self.grid: boundary.BoundaryGrid | None = None
        self.plane: boundary.Plane | None = None
        self._points_key = None
        self._chosen = None   # the two inputs picked automatically as the most informative

        self.x_combo, self.y_combo = QComboBox(), QComboBox()
        self.x_combo.setObjectName("boundaryXCombo")
        self.y_combo.setObjectName("boundaryYCombo")
        for combo in (self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.discrete_check = QCheckBox(self.tr("Discretize"))
        self.discrete_check.setObjectName("discretizeCheck")
        self.discrete_check.setToolTip(self.tr("Show hard class regions instead of confidence"))
        self.test_check = QCheckBox(self.tr("Show test points"))
        self.test_check.setObjectName("showTestCheck")
        self.x_label, self.y_label = QLabel(self.tr("Horizontal:")), QLabel(self.tr("Vertical:"))
        controls = QHBoxLayout()
        for w in (self.x_label, self.x_combo, self.y_label, self.y_combo):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.test_check)
        controls.addWidget(self.discrete_check)

        self.graphics = GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.plot = self.graphics.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1))
        self.test_points = pg.ScatterPlotItem(size=8, pen=pg.mkPen("k", width=1.5), symbol="s")
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.test_points)
        self.legend = QLabel()   # above the plot, never over the points
        self.legend.setObjectName("boundaryLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.colour_bar = None

        describe(self.x_combo, self.tr("Horizontal feature"), self.tr("The feature along the horizontal axis"))
        describe(self.y_combo, self.tr("Vertical feature"), self.tr("The feature along the vertical axis"))
        describe(self.test_check, self.tr("Show test points"),
                 self.tr("Also draw the test points (square, black outline), which the network never trained on"))
        describe(self.graphics, self.tr("Decision boundary"),
                 self.tr("What the network answers at every point of the input plane, with the data on top"),
                 tooltip=False)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.legend)
        layout.addWidget(self.graphics, 1)

        self.x_combo.currentIndexChanged.connect(self._on_axes_changed)
        self.y_combo.currentIndexChanged.connect(self._on_axes_changed)
        self.discrete_check.toggled.connect(lambda: (self._update_legend(self.live.dataset), self.redraw_now()))
        self.test_check.toggled.connect(self._on_test_toggled)
        self.discrete_check.setVisible(False)

    # ----- settings ---------------------------------------------------------------------------
    def _on_axes_changed(self):
        self.plane = None
        self._points_key = None
        self.redraw_now()

    def _on_test_toggled(self, on):
        self.test_points.setVisible(on)
        self._update_legend(self.live.dataset)

    def set_features(self, x_index: int, y_index: int):
        self.x_combo.setCurrentIndex(x_index)
        self.y_combo.setCurrentIndex(y_index)

    # ----- drawing -----------------------------------------------------------------------------
    def update_view(self, model, structure_changed):
        ds = self.live.dataset
        if not boundary.supports_plane(ds):
            self.show_message(self.tr("The decision boundary needs points or a table with at least two "
                                      "numeric features; this data has none to lay out on a plane."))
            return
        if structure_changed:
            self._fill_combos(ds)
            self.discrete_check.setVisible(ds.task == "classification")
            self.plane = None
            self._points_key = None
        if self.plane is None:
            self.plane = boundary.make_plane(ds, self.x_combo.currentIndex(), self.y_combo.currentIndex())
            self._setup_axes(ds)
        self.grid = boundary.compute_boundary(
            model, ds, self.plane, boundary.resolution_for(len(self.plane.held), self.RESOLUTION))
        if ds.task == "classification":
            rgba = boundary.class_image(self.grid, self.discrete_check.isChecked())
        else:
            rgba = boundary.value_image(self.grid, *boundary.value_scale(ds))
        self.image.setImage(rgba, autoLevels=False, levels=(0, 255))
        (x0, x1), (y0, y1) = self.plane.x_range, self.plane.y_range
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self._draw_points(ds)
        self.show_content()

    def _fill_combos(self, ds):
        n = ds.x_train_raw.shape[1]
        names = [user_text(f) for f in ds.feature_names] if len(ds.feature_names) == n else [
            self.tr("feature %1").replace("%1", str(i + 1)) for i in range(n)]
        x, y, chosen = boundary.default_axes(ds)
        self._chosen = (x, y) if chosen else None
        for combo, index in ((self.x_combo, x), (self.y_combo, y)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        several = n > 2
        for w in (self.x_label, self.x_combo, self.y_label, self.y_combo):
            w.setVisible(several)

    def _setup_axes(self, ds):
        plane = self.plane
        x_name, y_name = (user_text(plane.feature_names[i]) for i in (plane.x_index, plane.y_index))
        if self._chosen == (plane.x_index, plane.y_index):   # say why these two
            x_name = self.tr("%1 (the number input that tells most about the target)").replace("%1", x_name)
            y_name = self.tr("%1 (the second most telling)").replace("%1", y_name)
        self.plot.setLabel("bottom", x_name, color="k")
        self.plot.setLabel("left", y_name, color="k")
        for axis in ("bottom", "left"):
            plain_axis(self.plot.getAxis(axis))
        self.plot.setTitle(self._held_text(ds) or None, color="k", size="10pt")
        (x0, x1), (y0, y1) = plane.x_range, plane.y_range
        # 2-D points: equal scales, so a circle looks round; features of a table have their own units
        self.plot.setAspectLocked(ds.kind == "points2d", ratio=1.0)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._update_colour_bar(ds)
        self._update_legend(ds)

    def _held_text(self, ds) -> str:
        """What the plane holds fixed, said on the plot: 'Held at their training mean: a = 1.2, …'."""
        plane = self.plane
        shown = (plane.x_index, plane.y_index)
        held = [(n, plane.held[i]) for i, n in enumerate(plane.feature_names) if i not in shown]
        if not held:
            return ""
        shown = ", ".join(f"{user_text(n)} = {fmt(v, 3)}" for n, v in held[:3])
        if len(held) > 3:
            shown += " " + self.tr("and %1 more").replace("%1", str(len(held) - 3))
        return self.tr("Other features held at their training mean: %1").replace("%1", shown)

    def _update_colour_bar(self, ds):
        if self.colour_bar is not None:
            self.graphics.removeItem(self.colour_bar)
            self.colour_bar = None
        if ds.task != "regression":
            return
        centre, half = boundary.value_scale(ds)
        cmap = pg.ColorMap(pos=[0.0, 0.5, 1.0], color=[NEGATIVE_HEX, "#F7F7F7", POSITIVE_HEX])
        self.colour_bar = pg.ColorBarItem(values=(centre - half, centre + half), colorMap=cmap,
                                          interactive=False, colorMapMenu=False)
        self.colour_bar.axis.setLabel(self.tr("predicted value"), color="k")
        plain_axis(self.colour_bar.axis)
        self.graphics.addItem(self.colour_bar, row=0, col=1)

    def _update_legend(self, ds):
        if ds is None:
            return
        entries = []
        if ds.task == "classification":
            for k, name in enumerate(ds.class_names):
                colour = "#%02X%02X%02X" % class_rgb(k)
                entries.append(f"<span style='color:{colour}; font-size:14pt'>●</span> "
                               + html.escape(self.tr("class %1").replace("%1", str(name))))
            if not self.discrete_check.isChecked():
                entries.append(html.escape(self.tr("paler = less sure")))
        else:
            entries.append(html.escape(self.tr("Colour: the predicted value (scale on the right); dots: the data")))
        if self.test_check.isChecked():
            entries.append("<span style='font-size:12pt'>□</span> "
                           + html.escape(self.tr("test points (black outline)")))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(entries))

    def _draw_points(self, ds):
        key = (id(ds), self.plane.x_index, self.plane.y_index)
        if key == self._points_key:
            return
        self._points_key = key
        for item, raw, y in ((self.train_points, ds.x_train_raw, ds.y_train),
                             (self.test_points, ds.x_test_raw, ds.y_test)):
            # a large set is thinned evenly to MAX_POINTS: the picture is the same, the drawing fast
            every = max(1, -(-len(raw) // MAX_POINTS))
            raw, y = np.asarray(raw)[::every], np.asarray(y)[::every]
            xs = raw[:, self.plane.x_index].astype(np.float64)
            ys = raw[:, self.plane.y_index].astype(np.float64)
            item.setData(xs, ys, brush=self._brushes(ds, y))
        self.test_points.setVisible(self.test_check.isChecked())

    def _brushes(self, ds, y):
        if ds.task == "classification":
            table = [pg.mkBrush(*class_rgb(k)) for k in range(max(ds.n_classes, 1))]
            return [table[int(c)] for c in y]
        centre, half = boundary.value_scale(ds)
        from nnstudio.insight.palette import diverging_rgb
        rgb = diverging_rgb(np.asarray(y, dtype=np.float64) - centre, half)
        return [pg.mkBrush(int(r), int(g), int(b)) for r, g, b in rgb]

    # ----- for tests and scripts --------------------------------------------------------------
    def displayed_class_at(self, x: float, y: float) -> int:
        """The class the heatmap shows at raw point (x, y)."""
        return self.grid.class_at(x, y)
