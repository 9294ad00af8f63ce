"""Cycles are collected on the UI thread only (nnstudio/gui/ui_thread_gc.py): a worker that
allocates never runs the collector, which could delete an old Qt wrapper on the wrong thread."""

from __future__ import annotations

import gc
import threading
import weakref

from nnstudio.gui import ui_thread_gc
from nnstudio.gui.app import ensure_app


class Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it


def collection_threads():
    seen = []

    def note(phase, info):
        if phase == "start":
            seen.append(threading.get_ident())
    gc.callbacks.append(note)
    return seen, note


def allocate_cycles(count, refs):
    for i in range(count):
        node = Node()
        if i % 1000 == 0:
            refs.append(weakref.ref(node))


def test_a_worker_allocating_cycles_never_collects_and_the_ui_thread_frees_them(qtbot, qapp):
    collector = ui_thread_gc.install(qapp)
    assert not gc.isenabled()
    seen, note = collection_threads()
    refs = []
    try:
        worker = threading.Thread(target=allocate_cycles, args=(50_000, refs))
        worker.start()
        worker.join()
        assert seen == []   # 50,000 cycles, far past the threshold: no collection on the worker
        assert any(r() is not None for r in refs)
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)
    finally:
        gc.callbacks.remove(note)
    assert seen and set(seen) == {threading.get_ident()}
    assert collector is ui_thread_gc.install(qapp)  # one per application


def test_without_it_the_worker_would_collect(qapp):
    """The situation the collector prevents, shown: with automatic collection on, the allocating
    thread runs the collector itself."""
    ui_thread_gc.install(qapp).stop()
    assert gc.isenabled()
    seen, note = collection_threads()
    worker = threading.Thread(target=allocate_cycles, args=(50_000, []))
    try:
        worker.start()
        worker.join()
    finally:
        gc.callbacks.remove(note)
    assert worker.ident in seen


def test_stop_collects_and_gives_collection_back(qapp):
    collector = ui_thread_gc.install(qapp)
    refs = []
    allocate_cycles(5000, refs)
    collector.stop()
    assert gc.isenabled()
    assert all(r() is None for r in refs)
    collector.start()
    assert not gc.isenabled()


def test_the_application_installs_it(qapp):
    ui_thread_gc.install(qapp).stop()
    app = ensure_app()
    collector = app.findChild(ui_thread_gc.UiThreadCollector, "uiThreadCollector")
    assert collector is not None and not gc.isenabled()
