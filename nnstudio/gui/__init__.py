"""The Qt views. The only package that imports PySide6 or pyqtgraph."""


def __getattr__(name):
    # MainWindow is imported lazily so that `import nnstudio.gui.x` does not build the whole window
    if name == "MainWindow":
        from nnstudio.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


__all__ = ["MainWindow"]
