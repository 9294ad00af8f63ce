"""Screenshots of the insight views after training (docs/screenshots/insight-*.png).

Run under a real X server:  xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/insight-screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtWidgets import QApplication  # noqa: E402

from nnstudio.gui.insight.boundary_view import BoundaryView  # noqa: E402
from nnstudio.gui.insight.draw_digit_view import DrawDigitView  # noqa: E402
from nnstudio.gui.insight.evaluation_view import EvaluationView  # noqa: E402
from nnstudio.gui.insight.glass_box_view import GlassBoxView  # noqa: E402
from nnstudio.gui.insight.neuron_view import NeuronView  # noqa: E402
from nnstudio.gui.insight.part import WeightRecorder  # noqa: E402
from nnstudio.gui.insight.predictions_view import PredictionsView  # noqa: E402
from nnstudio.gui.insight.weights_view import WeightsView  # noqa: E402
from nnstudio.data import load_dataset  # noqa: E402
from nnstudio.insight import LiveModel, WeightHistory  # noqa: E402
from nnstudio.project import make_example  # noqa: E402
from nnstudio.project.workspace import Workspace  # noqa: E402
from nnstudio.training import TrainingSession  # noqa: E402

OUT = Path(__file__).resolve().parent
ONE = [[(118, 30), (118, 226)], [(138, 30), (138, 226)]]
ZERO = [[(128 + 52 * __import__("math").sin(t / 20 * 6.2832), 128 - 100 * __import__("math").cos(t / 20 * 6.2832))
         for t in range(21)]]


def trained(key, epochs=None, history=None):
    """Example ``key`` trained headless; ``history`` (a WeightRecorder) sees every epoch's weights."""
    doc = make_example(key)
    if epochs:
        doc.training.epochs = epochs
    workspace = Workspace(doc)
    live = LiveModel(doc, workspace)
    recorder = None
    if history is not None:
        recorder = WeightRecorder(live, history)
        recorder.record()

    def report(p):
        if p.weights is not None and p.kind in ("epoch", "finished"):
            doc.set_weights(list(p.weights), p.optimizer_state)
            if recorder is not None:
                recorder.record()
    TrainingSession(doc.layers, doc.training, load_dataset(doc.data_spec), report=report).run()
    return doc, workspace, live


def shoot(widget, name, size=(900, 650)):
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.refresh()
    for _ in range(5):
        QApplication.processEvents()
    path = OUT / f"insight-{name}.png"
    widget.grab().save(str(path))
    print("saved", path)


def window_shot(app):
    """The main window after training the default example: the views share the inspector's place."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QPushButton

    from nnstudio.gui.main_window import MainWindow

    QCoreApplication.setOrganizationName("NN Studio Screenshots")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    os.environ["NNSTUDIO_NO_TOUR"] = "1"
    window = MainWindow()
    window.builder.can_close = lambda: True
    window.resize(1600, 1000)
    window.show()
    window.findChild(QPushButton, "trainButton").click()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: window.training.controller.state == "idle" and loop.quit())
    timer.start(20)
    loop.exec()
    QTimer.singleShot(600, loop.quit)
    loop.exec()
    window.grab().save(str(OUT / "insight-window.png"))
    print("saved", OUT / "insight-window.png")
    window.training.shutdown()
    window.doc.set_dirty(False)
    window.close()


def main():
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window_shot(app)
    _, _, live = trained("circle")
    shoot(BoundaryView(live), "boundary-circle")
    shoot(NeuronView(live), "neurons-circle", (1000, 650))

    _, _, live = trained("spiral")
    b = BoundaryView(live)
    b.test_check.setChecked(True)
    shoot(b, "boundary-spiral")

    _, _, live = trained("iris")
    b = BoundaryView(live)
    shoot(b, "boundary-iris")
    b.discrete_check.setChecked(True)
    b.set_features(2, 3)
    shoot(b, "boundary-iris-discrete")

    doc = make_example("spiral")
    doc.set_data_spec({"name": "multi_gaussian", "noise": 0.0, "train_ratio": 0.5, "n_samples": 1200, "seed": 0})
    layers = [dict(s) for s in doc.layers]
    layers[-1] = {"class_name": "Dense", "config": {**layers[-1]["config"], "units": 1}}
    doc.set_layers(layers)
    ws = Workspace(doc)
    s = TrainingSession(doc.layers, doc.training, ws.dataset)
    s.config.epochs = 150
    s.run()
    doc.set_weights(s.model.get_weights())
    live = LiveModel(doc, ws)
    shoot(BoundaryView(live), "boundary-regression")
    shoot(EvaluationView(live), "evaluation-regression")

    history = WeightHistory()
    doc, ws, live = trained("digits_mlp", history=history)
    shoot(NeuronView(live), "neurons-digits", (1000, 700))
    ev = EvaluationView(live)
    shoot(ev, "confusion-digits", (900, 700))
    ev.select_cell(8, 1)
    shoot(ev, "confusion-digits-cell", (900, 700))
    shoot(WeightsView(live, history), "weights-digits", (1000, 520))
    p = PredictionsView(live)
    p.tabs.setCurrentIndex(1)
    shoot(p, "predictions-digits", (900, 650))
    d = DrawDigitView(live)
    shoot(d, "draw-empty", (760, 420))
    d.replay(ZERO)
    d.pad.repaint()
    shoot(d, "draw-zero", (760, 420))
    d.replay(ONE)
    shoot(d, "draw-one", (760, 420))

    history = WeightHistory()
    doc, ws, live = trained("circle", history=history)
    shoot(WeightsView(live, history), "weights-circle", (1000, 700))
    g = GlassBoxView(live)
    g.resize(1000, 600)
    g.show()
    g.refresh()
    g.select_neuron(1, 0)
    g.step_one_batch()
    shoot(g, "glass-box", (1000, 600))
    app.processEvents()


if __name__ == "__main__":
    main()
