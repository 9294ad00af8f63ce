"""Light and dark themes. "System" follows the desktop (QStyleHints.colorScheme) and switches
when the desktop does; the plots (pyqtgraph) get a matching background and axis colour.

The choice is remembered in QSettings ("appearance/theme": system | light | dark).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SETTING = "appearance/theme"
MODES = ("system", "light", "dark")

PLOT_COLORS = {"light": ("#ffffff", "#202020"), "dark": ("#1e1e1e", "#dcdcdc")}

DARK = {
    QPalette.Window: "#2b2b2b", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1e1e1e",
    QPalette.AlternateBase: "#323232", QPalette.Text: "#e6e6e6", QPalette.Button: "#353535",
    QPalette.ButtonText: "#e6e6e6", QPalette.BrightText: "#ff6b6b", QPalette.Highlight: "#3d8ee0",
    QPalette.HighlightedText: "#ffffff", QPalette.ToolTipBase: "#3a3a3a", QPalette.ToolTipText: "#f0f0f0",
    QPalette.Link: "#6cb4ff", QPalette.PlaceholderText: "#9a9a9a", QPalette.Light: "#505050",
    QPalette.Midlight: "#404040", QPalette.Mid: "#2a2a2a", QPalette.Dark: "#1a1a1a", QPalette.Shadow: "#000000",
}


def chosen_mode() -> str:
    mode = str(QSettings().value(SETTING, "system"))
    return mode if mode in MODES else "system"


def system_scheme() -> str:
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in DARK.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor("#808080"))
    return palette


def configure_pyqtgraph(scheme: str):
    """Defaults for plots created from now on (call before the window is built)."""
    background, foreground = PLOT_COLORS[scheme]
    pg.setConfigOptions(background=background, foreground=foreground, antialias=True)


class ThemeController(QObject):
    def __init__(self, window, presentation=None):
        super().__init__(window)
        self.window = window
        self.presentation = presentation
        self.mode = chosen_mode()
        self.scheme = None
        self._base_palette = QPalette(QApplication.instance().palette())
        self._base_style = QApplication.instance().style().name()
        self._overridden = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    def set_mode(self, mode: str):
        if mode not in MODES:
            raise ValueError(f"Unknown theme. Expected one of {', '.join(MODES)}. Received: mode={mode!r}")
        self.mode = mode
        QSettings().setValue(SETTING, mode)
        self.apply()

    def effective_scheme(self) -> str:
        return self.mode if self._overridden else system_scheme()

    def _system_changed(self, *_):
        if self.mode == "system":
            self.apply()

    def apply(self):
        if self.presentation is not None and self.presentation.active:
            return      # presentation mode owns the palette; its exit restores, then we re-apply
        app = QApplication.instance()
        hints = QGuiApplication.styleHints()
        if self._overridden:
            app.setStyle(QStyleFactory.create(self._base_style))
            app.setPalette(self._base_palette)
            self._overridden = False
        if self.mode == "system":
            hints.unsetColorScheme()
        else:
            # ask the platform first (native styles then follow); where it cannot (X11 without a
            # desktop theme, offscreen), Fusion with our own palette does it
            wanted = Qt.ColorScheme.Dark if self.mode == "dark" else Qt.ColorScheme.Light
            hints.setColorScheme(wanted)
            if hints.colorScheme() != wanted:
                app.setStyle(QStyleFactory.create("Fusion"))
                app.setPalette(dark_palette() if self.mode == "dark" else app.style().standardPalette())
                self._overridden = True
        self.scheme = self.effective_scheme()
        configure_pyqtgraph(self.scheme)
        self.restyle_plots()

    def restyle_plots(self):
        background, foreground = PLOT_COLORS[self.scheme or "light"]
        for view in self.window.findChildren(pg.GraphicsView):
            view.setBackground(background)
            scene = view.scene()
            if scene is None:
                continue
            for item in scene.items():
                if isinstance(item, pg.AxisItem):
                    item.setPen(pg.mkPen(foreground))
                    item.setTextPen(pg.mkPen(foreground))
                    if item.labelText:
                        item.setLabel(item.labelText, item.labelUnits, **{**item.labelStyle, "color": foreground})
                elif isinstance(item, pg.LabelItem):
                    item.setAttr("color", foreground)
                    item.setText(item.text)


def prepare_plots():
    """Before the window is built: plots start in the colours of the chosen (or system) theme."""
    mode = chosen_mode()
    configure_pyqtgraph(system_scheme() if mode == "system" else mode)
