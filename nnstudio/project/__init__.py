"""The project a user edits and saves (Qt-free, evented)."""

from nnstudio.project.commands import (Command, DuplicateLayer, InsertLayer, LoadProject, MoveLayer, RemoveLayer,
                                       ReplaceNetwork, SetDataSpec, SetLayerConfig, SetTrainingConfig)
from nnstudio.project.document import ProjectDocument
from nnstudio.project.examples import DEFAULT_EXAMPLE, EXAMPLES, make_example
from nnstudio.project.file_format import SCHEMA_VERSION, load_project, save_project
from nnstudio.project.history import History, Run
from nnstudio.project.lesson import LessonGoal, LessonSettings
from nnstudio.project.model_factory import build_model, model_for_project, prepare_targets
from nnstudio.project.training_config import TrainingConfig
from nnstudio.project.validation import ValidationReport, validate_network

__all__ = ["Command", "DuplicateLayer", "InsertLayer", "LoadProject", "MoveLayer", "RemoveLayer", "ReplaceNetwork",
           "SetDataSpec", "SetLayerConfig", "SetTrainingConfig", "ProjectDocument", "DEFAULT_EXAMPLE", "EXAMPLES",
           "make_example", "SCHEMA_VERSION", "load_project", "save_project", "History", "Run", "LessonGoal",
           "LessonSettings", "build_model", "model_for_project", "prepare_targets", "TrainingConfig",
           "ValidationReport", "validate_network"]
