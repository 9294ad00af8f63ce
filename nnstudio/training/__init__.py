"""Training sessions: the engine's fit loop made pausable, steppable and stoppable (no Qt)."""

from nnstudio.training.progress import Progress
from nnstudio.training.session import DIVERGED_MESSAGE, TrainingSession

__all__ = ["Progress", "TrainingSession", "DIVERGED_MESSAGE"]
