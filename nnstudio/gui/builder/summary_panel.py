"""The model summary dock: Keras's table of layers, output shapes and parameter counts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from nnstudio.gui.builder.families import ERROR_TEXT
from nnstudio.gui.user_text import user_text

#: layers listed in the table; a longer network's others are counted in one row (a pasted 10,000-layer
#: network's full table took 0.8 s to make, on the UI thread)
MAX_ROWS = 200


def monospace_font(point_size=10.0) -> QFont:
    """A fixed-pitch font (the table's box-drawing lines must align) on every platform plugin."""
    font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    if not QFontInfo(font).fixedPitch():
        font = QFont()
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "Noto Sans Mono", "Liberation Mono",
                          "monospace"])
        font.setStyleHint(QFont.Monospace)
        font.setFixedPitch(True)
    font.setPointSizeF(max(point_size, font.pointSizeF()))
    return font


class SummaryPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("modelSummary")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("modelSummaryText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.text.setFont(monospace_font(9.5))
        self.text.setToolTip(self.tr("The network as Keras's model.summary() prints it: each layer, the shape "
                                     "of what it outputs and how many numbers (parameters) it learns."))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        layout.addWidget(self.status)

    def show_report(self, report, name="model"):
        """Show ``report``; while the panel is hidden (a tab behind another) only remember it."""
        self._pending = (report, name)
        if self.isVisible():
            self._update()

    def showEvent(self, event):
        super().showEvent(event)
        self._update()

    def _update(self):
        if getattr(self, "_pending", None) is None:
            return
        report, name = self._pending
        self._pending = None
        text = report.summary_text(name, max_rows=MAX_ROWS)
        if text != self.text.toPlainText():
            self.text.setPlainText(text)
        if report.ok:
            self.status.setStyleSheet("color:#1B5E20;")
            self.status.setText(self.tr("The network fits together: {0} parameters to learn.")
                                .format(f"{report.total_params:,}"))
        else:
            self.status.setStyleSheet(f"color:{ERROR_TEXT};")
            self.status.setText(self.tr("Problem: {0}").format(user_text(report.error)))
