"""A Qt-free event: the document emits, views subscribe (napari's EventedModel, in miniature)."""

from __future__ import annotations


class Event:
    def __init__(self):
        self._callbacks = []

    def connect(self, callback):
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback):
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args):
        for cb in list(self._callbacks):
            cb(*args)
