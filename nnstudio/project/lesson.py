"""A teacher's lesson saved in the project: hidden or locked controls, instructions and a goal."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import asdict, dataclass, field

#: PBKDF2-HMAC-SHA256 rounds for a lesson's password (slow to guess, a fraction of a second to check)
PASSWORD_ROUNDS = 200_000


@dataclass
class LessonGoal:
    metric: str = "test_accuracy"       # a key of the epoch logs
    threshold: float = 0.9
    at_least: bool = True               # True: metric ≥ threshold; False: metric ≤ threshold
    max_hidden_layers: int | None = None
    after_run: int = 0                  # only runs with a higher id count (not those before the goal)

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
    password: str = ""                  # "pbkdf2_sha256$rounds$salt$hash" (hex), or "" for none

    def check_password(self, text: str) -> bool:
        """True when ``text`` is the teacher's password, or when the lesson has none."""
        if not self.password:
            return True
        try:
            scheme, rounds, salt, digest = self.password.split("$")
            expected = hashlib.pbkdf2_hmac("sha256", text.encode("utf-8"), bytes.fromhex(salt), int(rounds))
        except ValueError:
            return False
        return scheme == "pbkdf2_sha256" and hmac.compare_digest(expected.hex(), digest)

    def to_json(self) -> dict:
        data = asdict(self)
        data["goal"] = asdict(self.goal) if self.goal else None
        return data

    @classmethod
    def from_json(cls, data: dict | None) -> "LessonSettings":
        data = dict(data or {})
        goal = data.pop("goal", None)
        known = {k: v for k, v in data.items()
                 if k in ("enabled", "title", "instructions", "hidden", "locked", "password")}
        lesson = cls(**known)
        lesson.password = str(lesson.password or "")
        lesson.hidden, lesson.locked = list(lesson.hidden), list(lesson.locked)
        if goal:
            lesson.goal = LessonGoal(**{k: v for k, v in goal.items() if k in LessonGoal.__dataclass_fields__})
        return lesson


def hash_password(text: str, rounds: int = PASSWORD_ROUNDS) -> str:
    """What a lesson stores for a teacher's password: a salted PBKDF2 hash, never the password."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", text.encode("utf-8"), salt, rounds)
    return f"pbkdf2_sha256${rounds}${salt.hex()}${digest.hex()}"
