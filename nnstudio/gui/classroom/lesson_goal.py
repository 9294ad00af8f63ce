"""A lesson goal in words, in the user's language, and whether the current run has reached it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nnstudio.i18n import N_
from nnstudio.project.lesson import LessonGoal

CONTEXT = "LessonGoal"


@dataclass(frozen=True)
class GoalMetric:
    key: str            # a key of the epoch logs
    label: str          # marked for translation
    at_least: bool      # accuracy: higher is better; loss: lower is better
    maximum: float      # upper end of the threshold box


METRICS = (
    GoalMetric("test_accuracy", N_("LessonGoal", "test accuracy"), True, 1.0),
    GoalMetric("val_accuracy", N_("LessonGoal", "validation accuracy"), True, 1.0),
    GoalMetric("accuracy", N_("LessonGoal", "training accuracy"), True, 1.0),
    GoalMetric("test_loss", N_("LessonGoal", "test loss"), False, 100.0),
    GoalMetric("val_loss", N_("LessonGoal", "validation loss"), False, 100.0),
    GoalMetric("loss", N_("LessonGoal", "training loss"), False, 100.0),
)
BY_KEY = {m.key: m for m in METRICS}


def metric_label(key: str) -> str:
    m = BY_KEY.get(key)
    return QCoreApplication.translate(CONTEXT, m.label) if m else key.replace("_", " ")


def describe(goal: LessonGoal) -> str:
    # whole sentences, one per case: word order differs between languages, and lupdate's Python
    # reader does not take plural forms from translate()
    values = dict(metric=metric_label(goal.metric), op="≥" if goal.at_least else "≤",
                  threshold=f"{goal.threshold:g}", n=goal.max_hidden_layers)
    if goal.max_hidden_layers is None:
        text = QCoreApplication.translate("LessonGoal", "Reach {metric} {op} {threshold}.")
    elif goal.max_hidden_layers == 0:
        text = QCoreApplication.translate("LessonGoal", "Reach {metric} {op} {threshold} without hidden layers.")
    elif goal.max_hidden_layers == 1:
        text = QCoreApplication.translate(
            "LessonGoal", "Reach {metric} {op} {threshold} with one hidden layer at most.")
    else:
        text = QCoreApplication.translate(
            "LessonGoal", "Reach {metric} {op} {threshold} with at most {n} hidden layers.")
    return text.format(**values)


def latest_logs(doc, goal: LessonGoal | None = None) -> dict | None:
    """The newest epoch of the current run, if it counts for ``goal``: a run from before the goal
    was set, or one trained on other data than the project's, does not."""
    run = doc.history.current
    if run is None or not run.epochs:
        return None
    if goal is not None and run.id <= goal.after_run:
        return None
    data = (run.settings or {}).get("data")
    if data is not None and dict(data) != dict(doc.data_spec):
        return None
    return run.epochs[-1]


def status(goal: LessonGoal, doc) -> tuple:
    """(met, one line saying where the student stands)."""
    logs = latest_logs(doc, goal)
    hidden = doc.hidden_layer_count()
    met = goal.is_met(logs, hidden)
    if met:
        return True, QCoreApplication.translate("LessonGoal", "Goal reached! Well done.")
    parts = []
    value = (logs or {}).get(goal.metric)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        parts.append(QCoreApplication.translate(
            "LessonGoal", "Not reached yet: train the network to see your {metric}.").format(
            metric=metric_label(goal.metric)))
    else:
        parts.append(QCoreApplication.translate("LessonGoal", "Not reached yet: your {metric} is {value}.").format(
            metric=metric_label(goal.metric), value=f"{value:.3g}"))
    if goal.max_hidden_layers is not None and hidden > goal.max_hidden_layers:
        parts.append(QCoreApplication.translate(
            "LessonGoal", "Too many hidden layers: your network has {hidden}, the goal allows {allowed}.").format(
            hidden=hidden, allowed=goal.max_hidden_layers))
    return False, " ".join(parts)
