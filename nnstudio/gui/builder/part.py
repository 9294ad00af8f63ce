"""Scaffold, replaced by the builder's real part."""

from PySide6.QtWidgets import QLabel

from nnstudio.project import load_project, save_project


class BuilderPart:
    def __init__(self, window):
        self.window = window
        window.setCentralWidget(QLabel("network canvas"))

    def open_project(self, path):
        self.window.doc.replace_with(load_project(path))
        self.window.doc.set_path(path)

    def save_project(self, path):
        save_project(self.window.doc, path)
