"""Packaging beyond pyproject.toml: the top-level ``resources/`` folder (translations, example
projects, icons) ships inside the package as ``nnstudio/resources``, where
``nnstudio.resource_files`` finds it in a wheel, a pipx install or the desktop bundle."""

from setuptools import find_packages, setup

# each folder of resources/ and the files of it that the installed app reads
RESOURCES = {"examples": ["*.nnstudio"], "translations": ["*.qm"], "icons": ["*.svg", "*.png", "*.ico", "*.icns"],
             "desktop": ["*.desktop", "*.xml"]}

setup(
    packages=find_packages(include=["nnstudio", "nnstudio.*"]) + ["nnstudio.resources"]
    + [f"nnstudio.resources.{folder}" for folder in RESOURCES],
    package_dir={"nnstudio.resources": "resources"},
    package_data={f"nnstudio.resources.{folder}": patterns for folder, patterns in RESOURCES.items()},
)
