"""A teacher's lesson saved in the project: hidden or locked controls, instructions and a goal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class LessonGoal:
    metric: str = "test_accuracy"       # a key of the epoch logs
    threshold: float = 0.9
    at_least: bool = True               # True: metric ≥ threshold; False: metric ≤ threshold
    max_hidden_layers: int | None = None

    def describe(self) -> str:
        op = "≥" if self.at_least else "≤"
        text = f"reach {self.metric.replace('_', ' ')} {op} {self.threshold:g}"
        if self.max_hidden_layers is not None:
            text += f" with at most {self.max_hidden_layers} hidden layers"
        return text

    def is_met(self, logs: dict | None, hidden_layers: int) -> bool:
        if not logs or self.metric not in logs:
            return False
        value = logs[self.metric]
        ok = value >= self.threshold if self.at_least else value <= self.threshold
        if self.max_hidden_layers is not None and hidden_layers > self.max_hidden_layers:
            return False
        return bool(ok)


@dataclass
class LessonSettings:
    enabled: bool = False
    title: str = ""
    instructions: str = ""              # plain text or simple HTML, shown in the lesson panel
    hidden: list = field(default_factory=list)   # objectNames of controls to hide
    locked: list = field(default_factory=list)   # objectNames of controls to disable
    goal: LessonGoal | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        data["goal"] = asdict(self.goal) if self.goal else None
        return data

    @classmethod
    def from_json(cls, data: dict | None) -> "LessonSettings":
        data = dict(data or {})
        goal = data.pop("goal", None)
        known = {k: v for k, v in data.items() if k in ("enabled", "title", "instructions", "hidden", "locked")}
        lesson = cls(**known)
        lesson.hidden, lesson.locked = list(lesson.hidden), list(lesson.locked)
        if goal:
            lesson.goal = LessonGoal(**{k: v for k, v in goal.items() if k in LessonGoal.__dataclass_fields__})
        return lesson
