"""Training sessions: the engine's fit loop made pausable, steppable and stoppable, and the
record of a run in the project (no Qt)."""

from nnstudio.training.progress import Progress
from nnstudio.training.recorder import RunRecorder, trained_epochs
from nnstudio.training.session import DIVERGED_MESSAGE, TrainingSession
from nnstudio.training.states import SessionState

__all__ = ["Progress", "TrainingSession", "DIVERGED_MESSAGE", "RunRecorder", "trained_epochs", "SessionState"]
