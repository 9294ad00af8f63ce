"""What the window's training controls are doing, as an enum (a run's own status is
:class:`nnstudio.project.history.RunStatus`)."""

from __future__ import annotations

from enum import Enum


class SessionState(str, Enum):
    """Nothing is training, a run trains, or a run is paused. A member equals its word."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"

    def __str__(self):
        return self.value
