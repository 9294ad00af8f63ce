"""Packaging beyond pyproject.toml: the top-level ``resources/`` folder (translations, example
projects, icons, the desktop entry, and whatever is added there later) ships inside the package
as ``nnstudio/resources``, where ``nnstudio.resource_files`` finds it in a wheel, a pipx install
or the desktop bundle (packaging/nnstudio.spec collects the same files)."""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
SOURCES_ONLY = {".ts"}   # translation sources: the app reads the compiled .qm files


def resource_packages() -> dict[str, list[str]]:
    """{package: its files}: every folder of resources/ (named like a Python package) is a package
    of data files, so that setuptools ships each file once and warns about none."""
    packages = {}
    for path in sorted(RESOURCES.rglob("*")):
        if not path.is_file() or path.suffix in SOURCES_ONLY:
            continue
        folder = path.parent.relative_to(RESOURCES).parts
        while folder and not all(part.isidentifier() for part in folder):
            folder = folder[:-1]     # a folder named unlike a package: its files go with its parent's
        name = ".".join(("nnstudio", "resources", *folder))
        packages.setdefault(name, []).append(str(path.relative_to(RESOURCES.joinpath(*folder)).as_posix()))
    return packages


DATA = resource_packages()

setup(
    packages=find_packages(include=["nnstudio", "nnstudio.*"]) + sorted({"nnstudio.resources", *DATA}),
    package_dir={"nnstudio.resources": "resources"},
    package_data=DATA,
)
