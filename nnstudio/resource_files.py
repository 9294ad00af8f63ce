"""Where the app's own files are: translations, example projects and icons.

In the source tree they live in ``resources/`` beside the package. A wheel and the desktop bundle
carry the same folder inside the package as ``nnstudio/resources/`` (``setup.py`` maps it, the
PyInstaller spec collects it), so an installed app needs no source tree. Every reader asks here.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """``nnstudio/resources`` when installed or bundled, else ``resources/`` of the source tree."""
    inside = PACKAGE_DIR / "resources"
    return inside if inside.is_dir() else PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder of the resources, e.g. ``resource_path("examples", "xor.nnstudio")``."""
    return resources_dir().joinpath(*parts)


def example_files() -> list[Path]:
    """The example projects shipped as ``.nnstudio`` files, by name."""
    return sorted(resource_path("examples").glob("*.nnstudio"))
