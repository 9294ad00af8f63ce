"""The app's own files are found through one function, in the source tree as when installed."""

from nnstudio.project import EXAMPLES
from nnstudio.resource_files import example_files, resource_path, resources_dir


def test_translations_examples_and_icons_are_found():
    assert {"nnstudio_en.qm", "nnstudio_zh_CN.qm"} <= {p.name for p in resource_path("translations").iterdir()}
    assert {p.stem for p in example_files()} == set(EXAMPLES)
    for name in ("nnstudio.svg", "nnstudio.png", "nnstudio.ico", "nnstudio.icns"):
        assert resource_path("icons", name).stat().st_size > 1000, name
    assert resource_path("desktop", "nnstudio.desktop").is_file() and resource_path("desktop", "nnstudio-mime.xml").is_file()


def test_an_installed_package_folder_wins_over_the_source_tree(tmp_path, monkeypatch):
    import nnstudio.resource_files as rf

    package = tmp_path / "site-packages" / "nnstudio"
    (package / "resources" / "examples").mkdir(parents=True)
    monkeypatch.setattr(rf, "PACKAGE_DIR", package)
    assert resources_dir() == package / "resources"
    assert resource_path("examples", "xor.nnstudio") == package / "resources" / "examples" / "xor.nnstudio"


def test_the_source_tree_folder_is_used_when_the_package_has_none(tmp_path, monkeypatch):
    import nnstudio.resource_files as rf

    monkeypatch.setattr(rf, "PACKAGE_DIR", tmp_path / "src" / "nnstudio")
    assert resources_dir() == tmp_path / "src" / "resources"
