"""How fast a run goes: full speed, or paced to a number of epochs a second so that a class can
watch the curves grow and the decision boundary bend.

A pace only decides how long the session waits between batches; the arithmetic is the same at
every pace, so one seed gives the same weights however fast the run went.
"""

from __future__ import annotations

import time

from nnstudio.i18n import N_

#: the paces a user can choose, slowest first: epochs a second, ``None`` for full speed
PACES = (1.0, 2.0, 5.0, 10.0, 25.0, 60.0, None)
#: "watch": slow enough to see every step of a 2-D example, fast enough that a lesson's run ends
#: within a minute (the spiral's 300 epochs take 30 s)
WATCH = 10.0
FULL_SPEED = None


def pace_label(pace) -> str:
    """The pace in plain words (English; the GUI translates the template in context "pace")."""
    if pace is None:
        return N_("pace", "Full speed")
    if pace == WATCH:
        return N_("pace", "Watch ({0:g} epochs/s)")
    return N_("pace", "{0:g} epochs/s")


def default_pace(doc, input_shape=None):
    """Watch for 2-D data (the classroom examples) and for lessons; full speed otherwise."""
    if getattr(doc.lesson, "enabled", False):
        return WATCH
    return WATCH if tuple(input_shape or ()) == (2,) else FULL_SPEED


def nearest_pace(value) -> float | None:
    """The listed pace closest to ``value`` (epochs a second, or None for full speed)."""
    if value is None:
        return None
    finite = [p for p in PACES if p is not None]
    return min(finite, key=lambda p: abs(p - float(value)))


class Pacer:
    """Spaces batches evenly at ``pace`` epochs a second: :meth:`delay` after a batch says how long
    to wait. Falling behind (a slow batch, a pause) never makes it race to catch up."""

    def __init__(self, pace=None, clock=time.perf_counter):
        self.clock = clock
        self.pace = pace
        self.restart()

    def restart(self):
        self._t0 = self.clock()
        self._batches = 0

    def set_pace(self, pace):
        self.pace = pace
        self.restart()

    def delay(self, batches_per_epoch: int) -> float:
        """Seconds to wait after a batch (0 at full speed)."""
        if self.pace is None:
            return 0.0
        self._batches += 1
        due = self._t0 + self._batches / (self.pace * max(1, batches_per_epoch))
        wait = due - self.clock()
        if wait < -0.25:        # far behind: start counting from here
            self.restart()
            return 0.0
        return max(0.0, wait)
