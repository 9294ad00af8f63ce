"""The recently opened or saved projects, newest first, kept in QSettings."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

KEY = "recentFiles"
MAX_RECENT = 8


def recent_files() -> list[str]:
    value = QSettings().value(KEY, [])
    if isinstance(value, str):   # QSettings gives a plain string for a one-item list on some platforms
        value = [value]
    return [str(v) for v in (value or []) if v][:MAX_RECENT]


def add_recent_file(path) -> list[str]:
    path = os.path.abspath(str(path))
    files = [path] + [f for f in recent_files() if os.path.abspath(f) != path]
    QSettings().setValue(KEY, files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent_file(path) -> list[str]:
    files = [f for f in recent_files() if f != str(path)]
    QSettings().setValue(KEY, files)
    return files


def clear_recent_files():
    QSettings().setValue(KEY, [])
