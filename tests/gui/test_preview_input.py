"""Previews answer the input a user gives them: a typed CSV path shows its preview without leaving
the field, and the mouse wheel over the data scatter scrolls the panel instead of zooming."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from nnstudio.data import load_dataset
from nnstudio.gui.csv_wizard import CsvImportWizard
from nnstudio.gui.data_preview import DataPreview


def test_typing_a_csv_path_shows_the_preview_while_the_field_has_focus(qtbot, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("a,b,kind\n" + "".join(f"{i},{i * 2},{'xy'[i % 2]}\n" for i in range(30)), encoding="utf-8")
    wizard = CsvImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        edit = wizard.findChild(QLineEdit, "csvPathEdit")
        edit.setFocus()
        qtbot.keyClicks(edit, str(path))
        qtbot.waitUntil(lambda: wizard.preview is not None, timeout=3000)
        assert edit.text() == str(path) and edit.hasFocus() or not wizard.isActiveWindow()
        assert wizard.file_page.table.rowCount() > 0
    finally:
        wizard.shutdown()


def test_the_wheel_over_the_data_scatter_scrolls_the_panel(qtbot):
    body = QWidget()
    layout = QVBoxLayout(body)
    preview = DataPreview()
    preview.setMinimumHeight(500)
    layout.addWidget(preview)
    filler = QWidget()
    filler.setMinimumHeight(900)
    layout.addWidget(filler)
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(400, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    preview.set_dataset(load_dataset({"name": "circle", "n_samples": 100}))
    view_before = preview.plot.getPlotItem().vb.viewRange()
    target = preview.plot.viewport()
    centre = QPointF(target.width() / 2, target.height() / 2)
    wheel = QWheelEvent(centre, QPointF(target.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(target, wheel)
    assert area.verticalScrollBar().value() > 0                   # the panel scrolled down
    assert preview.plot.getPlotItem().vb.viewRange() == view_before   # the plot did not zoom
