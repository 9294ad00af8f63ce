"""Curves as a PNG picture (pyqtgraph's ImageExporter; its SVG export fails on Qt ≥ 6.11) and the
training history of every run as a CSV table."""

from __future__ import annotations

import csv

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from nnstudio.errors import NNStudioError

BASE_COLUMNS = ("run", "run_name", "epoch", "loss", "accuracy", "mae", "val_loss", "val_accuracy", "val_mae",
                "test_loss", "test_accuracy", "test_mae", "lr", "seconds")


def plot_image(plot, width=1200) -> QImage:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(plot.getPlotItem())
    exporter.parameters()["width"] = int(width)
    exporter.parameters()["antialias"] = True
    return exporter.export(toBytes=True)


def export_curves_png(plots, path, width=1200) -> str:
    """All ``plots`` side by side in one PNG at ``path``."""
    images = [plot_image(p, width) for p in plots]
    total_w = sum(im.width() for im in images)
    height = max(im.height() for im in images)
    canvas = QImage(total_w, height, QImage.Format_ARGB32)
    canvas.fill(QColor(Qt.white))
    painter = QPainter(canvas)
    x = 0
    for im in images:
        painter.drawImage(x, 0, im)
        x += im.width()
    painter.end()
    if not canvas.save(str(path), "PNG"):
        raise NNStudioError(QCoreApplication.translate(
            "TrainingExport", "Could not write the picture to {0}: check that the folder exists and that you "
                              "may write there.").format(path))
    return str(path)


def history_rows(history):
    """One row per epoch of every run; the columns every run shares first, then any others."""
    extra = []
    for run in history.runs:
        for logs in run.epochs:
            extra.extend(k for k in logs if k not in BASE_COLUMNS and k not in extra)
    columns = list(BASE_COLUMNS) + extra
    rows = []
    for run in history.runs:
        for logs in run.epochs:
            row = {"run": run.id, "run_name": run.name, **logs}
            rows.append([row.get(c, "") for c in columns])
    return columns, rows


def export_history_csv(history, path) -> str:
    columns, rows = history_rows(history)
    try:
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows(rows)
    except OSError as e:
        raise NNStudioError(QCoreApplication.translate(
            "TrainingExport", "Could not write the history to {0}: {1}.").format(path, e.strerror)) from None
    return str(path)
