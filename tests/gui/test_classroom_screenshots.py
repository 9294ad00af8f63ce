"""Screenshots of the classroom features on a real X server (Xvfb), and a check that Chinese text
is drawn with real glyphs, not boxes.

    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/gui/test_classroom_screenshots.py docs/screenshots

writes classroom-zh_CN.png (the main window in Chinese), classroom-presentation.png and
classroom-lesson.png (a student's view of a lesson, in Chinese).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("classroom-zh_CN.png", "classroom-presentation.png", "classroom-lesson.png")


def glyphs_render(text: str) -> bool:
    """True when ``text`` is drawn differently from a character no font has (which Qt draws as a
    box): i.e. a font with these glyphs is installed and picked."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    def draw(s):
        image = QImage(400, 60, QImage.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont())
        painter.setPen(QColor("black"))
        painter.drawText(5, 40, s)
        painter.end()
        return image

    missing = draw("\U000f0000" * len(text))      # plane-15 private use: no font has it
    return draw(text) != missing


def _wait(app, condition, timeout=30.0):
    end = time.time() + timeout
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    return condition()


def _settle(app, seconds=0.5):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def _train(app, window, epochs):
    from PySide6.QtWidgets import QPushButton, QSpinBox

    window.findChild(QSpinBox, "epochsSpin").setValue(epochs)
    window.findChild(QPushButton, "trainButton").click()
    _wait(app, lambda: window.training.controller.state == "idle", 60)
    _settle(app)


def make_screenshots(out: Path):
    """Build the windows and save the three pictures into ``out``; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    settings_dir = tempfile.mkdtemp()
    os.environ["NNSTUDIO_NO_TOUR"] = "1"
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, settings_dir)
    from nnstudio.gui.app import ensure_app
    from nnstudio.gui.classroom.language import install_translators
    from nnstudio.gui.main_window import MainWindow
    from nnstudio.project import LessonGoal, LessonSettings

    app = ensure_app(["nnstudio"])
    paths = []
    try:
        # 1. the main window in Simplified Chinese, after a short run
        install_translators(app, "zh_CN")
        window = MainWindow()
        window.builder.can_close = lambda: True
        window.show()
        _settle(app, 1.0)
        _train(app, window, 40)
        paths.append(out / NAMES[0])
        window.grab().save(str(paths[-1]))

        # 3. a student's view of a lesson (same language), goal reached
        window.classroom.lessons.set_lesson(LessonSettings(
            enabled=True, title="让边界弯起来",
            instructions="只用两个隐藏层，让网络把圆盘和圆环分开。\n\n试着改变激活函数和训练轮数，"
                         "然后按“训练”。测试准确率达到 0.9 时，目标就会变成绿色。",
            hidden=["layerPalette", "lossCombo"], locked=["optimizerCombo", "learningRateSpin", "datasetCombo"],
            goal=LessonGoal(metric="test_accuracy", threshold=0.9, max_hidden_layers=2)))
        path = Path(tempfile.mkdtemp()) / "lesson.nnstudio"
        window.save_project(path)
        window.open_project(path)
        _train(app, window, 100)
        paths.append(out / NAMES[2])
        window.grab().save(str(paths[-1]))
        window.close()

        # 2. presentation mode, in English
        install_translators(app, "en")
        window = MainWindow()
        window.builder.can_close = lambda: True
        window.show()
        _settle(app, 1.0)
        _train(app, window, 60)
        window.classroom.set_presentation(True)
        _settle(app, 1.5)
        paths.insert(1, out / NAMES[1])
        window.grab().save(str(paths[1]))
        window.classroom.set_presentation(False)
        _settle(app, 0.5)
        window.close()
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)
    return paths


def test_chinese_glyphs_are_installed(qapp):
    assert glyphs_render("训练神经网络")


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_screenshots_under_xvfb(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__, str(tmp_path)]
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    for name in NAMES:
        from PySide6.QtGui import QImage

        image = QImage(str(tmp_path / name))
        assert not image.isNull() and image.width() >= 1000, name
    assert "CJK glyphs: ok" in result.stdout


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    for p in make_screenshots(target):
        print(p)
    print("CJK glyphs: " + ("ok" if glyphs_render("训练神经网络") else "BOXES"))
