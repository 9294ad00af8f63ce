"""Presentation mode (View ▸ Presentation mode, F11): for a projector at the back of a classroom.

Large fonts, thick curves, a high-contrast colour-blind-safe palette, full screen with only the
canvas, the curves and the train controls. Leaving it restores exactly what was there before:
the window state and geometry, dock layout, font, palette, style sheet and every curve's pen.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QWidget

SCALE = 1.6
CURVE_WIDTH = 4
#: what the back row came to see: the network, the curves and their headline numbers, the decision
#: boundary, and the train button
ESSENTIAL = ("networkCanvas", "lossPlot", "accuracyPlot", "trainButton", "boundaryView")

# Okabe–Ito blue for selection; black on white (contrast 21:1); disabled grey #595959 (7:1)
HIGH_CONTRAST = {
    QPalette.Window: "#ffffff", QPalette.WindowText: "#000000", QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#eef3f8", QPalette.Text: "#000000", QPalette.Button: "#f2f2f2",
    QPalette.ButtonText: "#000000", QPalette.BrightText: "#ffffff", QPalette.Highlight: "#0072B2",
    QPalette.HighlightedText: "#ffffff", QPalette.ToolTipBase: "#ffffff", QPalette.ToolTipText: "#000000",
    QPalette.Link: "#0072B2", QPalette.PlaceholderText: "#595959", QPalette.Light: "#ffffff",
    QPalette.Midlight: "#d9d9d9", QPalette.Mid: "#737373", QPalette.Dark: "#404040", QPalette.Shadow: "#000000",
}
DISABLED_TEXT = "#595959"


def _scaled(font: QFont) -> QFont:
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * SCALE)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * SCALE))
    return font


def _scaled_size(size: str) -> str:
    """pyqtgraph's CSS-like sizes: '12pt' → '19.2pt'."""
    match = re.fullmatch(r"\s*([\d.]+)\s*(pt|px)\s*", str(size))
    if not match:
        return size
    return f"{float(match.group(1)) * SCALE:g}{match.group(2)}"


def _scaled_style(style: dict) -> dict:
    style = dict(style)
    style["font-size"] = _scaled_size(style.get("font-size", "9pt"))
    return style


def _set_legend_size(legend, size: str):
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:
        label.setText(label.text)        # setAttr alone does not redraw the text
    legend.updateSize()


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, color in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor(DISABLED_TEXT))
    return palette


class PresentationMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved = None

    def toggle(self, on=None):
        on = (not self.active) if on is None else bool(on)
        if on and not self.active:
            self.enter()
        elif not on and self.active:
            self.exit()

    # ----- entering -----------------------------------------------------------------------
    def enter(self):
        app = QApplication.instance()
        window = self.window
        self._saved = {
            "state": window.saveState(),
            "geometry": window.saveGeometry(),
            "rect": window.geometry(),
            "window_state": window.windowState(),
            "font": QFont(app.font()),
            "palette": QPalette(app.palette()),
            "style_sheet": app.styleSheet(),
            "visible": {w: w.isVisible() for w in self._panels()},
            "plots": {},
        }
        self.active = True
        font = QFont(app.font())
        font = _scaled(font)
        app.setFont(font)
        # widgets that chose their own font (the run controls, titles) grow too
        self._saved["fonts"] = {w: QFont(w.font()) for w in window.findChildren(QWidget)
                                if w.testAttribute(Qt.WA_SetFont)}
        for w, f in self._saved["fonts"].items():
            w.setFont(_scaled(f))
        app.setPalette(high_contrast_palette())
        for panel, visible in self._saved["visible"].items():
            if visible and not self._essential(panel):
                panel.hide()
        self.restyle_plots()
        canvas = window.findChild(QWidget, "networkCanvas")
        if canvas is not None and hasattr(canvas, "zoom_by"):
            self._saved["canvas"] = (canvas, getattr(canvas, "_mode", "auto"), canvas.zoom)
        window.showFullScreen()
        # without a window manager (a bare X server) full screen is only a wish: cover the screen
        QTimer.singleShot(300, self, self._cover_screen)

    def _cover_screen(self):
        if not self.active:
            return
        screen = self.window.screen()
        if screen is not None and self.window.geometry() != screen.geometry():
            self.window.setGeometry(screen.geometry())
        # the curves are what the back row came to see: give them almost half of the height
        plot = self.window.findChild(QWidget, "lossPlot")
        dock = plot.parentWidget() if plot is not None else None
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and self.window.dockWidgetArea(dock) in (Qt.BottomDockWidgetArea, Qt.TopDockWidgetArea):
            self.window.resizeDocks([dock], [int(self.window.height() * 0.45)], Qt.Vertical)
        QTimer.singleShot(50, self, self._zoom_canvas)

    def _zoom_canvas(self):
        """The diagram as large as it fits, up to SCALE× (the canvas wraps its rows to the width)."""
        if not self.active or "canvas" not in self._saved:
            return
        canvas = self._saved["canvas"][0]
        if not shiboken6.isValid(canvas):
            return
        zoom = SCALE
        while True:
            canvas.zoom_by(zoom / canvas.zoom)
            shown = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
            if zoom <= 1.0 or shown.height() <= canvas.viewport().height():
                break
            zoom = max(1.0, zoom / 1.1)

    def _panels(self):
        return [w for w in self.window.findChildren(QWidget) if isinstance(w, (QDockWidget, QToolBar))
                and w.parentWidget() is self.window]

    def _essential(self, panel) -> bool:
        return any(panel.findChild(QWidget, name) is not None for name in ESSENTIAL)

    def plots(self):
        return [p for p in self.window.findChildren(pg.PlotWidget) if p.objectName() in ("lossPlot", "accuracyPlot")]

    def restyle_plots(self):
        """Thick curves and big axis text; safe to call again when a part adds curves."""
        if not self.active:
            return
        saved = self._saved["plots"]
        font = QApplication.instance().font()
        for plot in self.plots():
            item = plot.getPlotItem()
            if plot not in saved:
                saved[plot] = {"background": plot.backgroundBrush().color(), "curves": {}, "axes": {}}
                plot.setBackground("w")
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                if axis not in saved[plot]["axes"]:
                    saved[plot]["axes"][axis] = (axis.pen(), axis.textPen(), axis.style.get("tickFont"),
                                                 dict(axis.labelStyle))
                    axis.setPen(pg.mkPen("k", width=2))
                    axis.setTextPen(pg.mkPen("k"))
                    axis.setStyle(tickFont=font)
                    axis.setLabel(axis.labelText, axis.labelUnits, **_scaled_style(axis.labelStyle))
            legend = item.legend
            if legend is not None and "legend" not in saved[plot]:
                saved[plot]["legend"] = legend.opts.get("labelTextSize")
                _set_legend_size(legend, _scaled_size(legend.opts.get("labelTextSize") or "9pt"))
            for curve in item.listDataItems():
                if curve in saved[plot]["curves"]:
                    continue
                pen = pg.mkPen(curve.opts.get("pen"))
                saved[plot]["curves"][curve] = pg.mkPen(pen)
                pen.setWidthF(max(CURVE_WIDTH, pen.widthF() * 2.5))
                curve.setPen(pen)

    # ----- leaving ----------------------------------------------------------------------------
    def exit(self):
        if not self.active:
            return
        saved, self._saved = self._saved, None
        self.active = False
        app = QApplication.instance()
        window = self.window
        for plot, s in saved["plots"].items():
            try:
                for curve, pen in s["curves"].items():
                    curve.setPen(pen)
                for axis, (pen, text_pen, tick_font, label_style) in s["axes"].items():
                    axis.setPen(pen)
                    axis.setTextPen(text_pen)
                    axis.setStyle(tickFont=tick_font)
                    axis.labelStyle = label_style
                    axis.setLabel(axis.labelText, axis.labelUnits, **label_style)
                if "legend" in s and plot.getPlotItem().legend is not None:
                    _set_legend_size(plot.getPlotItem().legend, s["legend"] or "9pt")
                plot.setBackground(s["background"])
            except RuntimeError:      # a part replaced the plot or curve meanwhile
                pass
        for w, f in saved["fonts"].items():
            if shiboken6.isValid(w):
                w.setFont(f)
        app.setStyleSheet(saved["style_sheet"])
        app.setPalette(saved["palette"])
        app.setFont(saved["font"])
        window.setWindowState(saved["window_state"])
        if not (saved["window_state"] & (Qt.WindowFullScreen | Qt.WindowMaximized)):
            window.showNormal()
        self._restore_layout(saved)
        # layouts shrink back to the normal font only when their posted events run, and a window
        # manager leaves full screen asynchronously: restore once more when both are done
        QTimer.singleShot(0, self, lambda: self._restore_layout(saved))
        QTimer.singleShot(150, self, lambda: self._restore_layout(saved))

    def _restore_layout(self, saved):
        if self.active:
            return
        window = self.window
        normal = not (saved["window_state"] & (Qt.WindowFullScreen | Qt.WindowMaximized))
        window.restoreGeometry(saved["geometry"])
        if normal:
            window.setGeometry(saved["rect"])     # restoreGeometry() may clamp it to a small screen
        window.restoreState(saved["state"])
        for panel, visible in saved["visible"].items():
            panel.setVisible(visible)
        if "canvas" in saved:
            canvas, mode, zoom = saved["canvas"]
            if shiboken6.isValid(canvas):
                if mode == "manual":
                    canvas.zoom_by(zoom / canvas.zoom)
                else:
                    getattr(canvas, "fit" if mode == "fit" else "auto_layout")()
