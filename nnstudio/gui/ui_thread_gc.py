"""Python's cycle collector, run only on the UI thread.

Automatic garbage collection runs on whichever thread happens to allocate when a generation's
count passes its threshold: often the training worker. If the garbage then holds a Qt wrapper
(a closed dialog, an old menu), the wrapper's QObject is deleted on that worker thread while the
UI thread may be deleting another QObject: each waits for a lock the other holds (Qt's
connection lock, Python's GIL) and the application hangs. As pyqtgraph's ``GarbageCollector``
does, automatic collection is switched off and a UI-thread timer collects instead, generation by
generation, whenever the counts pass the same thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the UI thread looks at the collector's counts (ms); a generation-0 pass is cheap
INTERVAL_MS = 250


class UiThreadCollector(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("uiThreadCollector")
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = True

    def start(self) -> None:
        """Switch automatic collection off and collect from the timer (again after :meth:`stop`)."""
        if not self._timer.isActive():
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds (Python's own rule);
        returns the number of unreachable objects found."""
        thresholds, counts = gc.get_threshold(), gc.get_count()
        found = 0
        if counts[0] > thresholds[0]:
            found += gc.collect(0)
            if counts[1] > thresholds[1]:
                found += gc.collect(1)
                if counts[2] > thresholds[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Collect everything now and give collection back to Python."""
        if self._timer.isActive():
            self._timer.stop()
            gc.collect()
            if self._was_enabled:
                gc.enable()


def install(app) -> UiThreadCollector:
    """The application's collector (created once, owned by ``app``), running."""
    collector = app.findChild(UiThreadCollector, "uiThreadCollector") or UiThreadCollector(app)
    collector.start()
    return collector
