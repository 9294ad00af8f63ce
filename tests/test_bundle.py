"""The desktop bundle: scripts/build_bundle.sh builds it with PyInstaller, and it runs on a clean
environment (``env -i``: no venv, no PATH, no PYTHONPATH, no display): it opens its window
offscreen (``--self-test``) and trains the default example through its own command, reading the
example it carries. Skipped when PyInstaller is not installed (``pip install -e .[bundle]``;
scripts/test.sh installs it)."""

import faulthandler
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import nnstudio
from nnstudio.project import DEFAULT_EXAMPLE, load_project

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (the bundle extra)")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"),
                                                     reason="runs the Linux bundle and its tar.gz")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(the build script's output, the dist folder)."""
    tmp = tmp_path_factory.mktemp("bundle")
    faulthandler.cancel_dump_traceback_later()   # the build takes minutes by design: no hang report
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHON=sys.executable, NNSTUDIO_DIST=str(tmp / "dist"), NNSTUDIO_BUILD=str(tmp / "build"),
               QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(["bash", str(ROOT / "scripts" / "build_bundle.sh")], capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=1500)
    assert r.returncode == 0, (r.stdout + r.stderr)[-5000:]
    return r.stdout, tmp / "dist"


def clean_run(exe, *args, cwd):
    """``env -i exe args``: not one environment variable, so no venv and no Python on PATH."""
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, env={}, cwd=cwd,
                          timeout=300)


def test_the_script_prints_size_and_start_up_time_and_packs_the_archive(built):
    out, dist = built
    assert "Bundle:" in out and " MB in " in out and "Start-up (window open" in out
    archive, = dist.glob(f"nnstudio-{nnstudio.__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    for name in ("nnstudio/nnstudio", "nnstudio/install.sh",
                 "nnstudio/_internal/nnstudio/resources/desktop/nnstudio.desktop",
                 "nnstudio/_internal/nnstudio/resources/desktop/nnstudio-mime.xml",
                 "nnstudio/_internal/nnstudio/resources/icons/nnstudio.png",
                 f"nnstudio/_internal/nnstudio/resources/examples/{DEFAULT_EXAMPLE}.nnstudio",
                 "nnstudio/_internal/nnstudio/resources/translations/nnstudio_zh_CN.qm"):
        assert name in names, name


def test_the_bundle_carries_every_resource_the_wheel_does(built):
    from tests.test_install import shipped_resources

    _, dist = built
    bundled = dist / "nnstudio" / "_internal" / "nnstudio" / "resources"
    assert shipped_resources(bundled) == shipped_resources(ROOT / "resources")


def test_unused_qt_modules_and_the_reference_frameworks_are_left_out(built):
    _, dist = built
    internal = dist / "nnstudio" / "_internal"
    present = {p.name.split(".")[0] for p in (internal / "PySide6").iterdir()}
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= present
    assert not present & {"QtQml", "QtQuick", "QtNetwork", "QtPdf", "QtMultimedia", "QtWebEngineCore"}
    assert not (internal / "torch").exists() and not (internal / "keras").exists()
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert "qtbase_zh_CN.qm" in qt_translations      # Qt's own dialogs in the languages NN Studio speaks,
    assert all(name.endswith(("_en.qm", "_zh_CN.qm")) for name in qt_translations), qt_translations  # no others


def test_the_bundle_opens_its_window_on_a_clean_environment(built, tmp_path):
    _, dist = built
    r = clean_run(dist / "nnstudio" / "nnstudio", "--self-test", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok   window: opened on a trainable example" in r.stdout and "FAIL" not in r.stdout
    assert str(dist / "nnstudio" / "_internal" / "nnstudio" / "resources") in r.stdout   # not the source tree
    assert clean_run(dist / "nnstudio" / "nnstudio", "--version", cwd=tmp_path).stdout.strip() == \
        f"nnstudio {nnstudio.__version__}"


def test_the_bundled_command_trains_the_default_example_on_a_clean_environment(built, tmp_path):
    _, dist = built
    example = dist / "nnstudio" / "_internal" / "nnstudio" / "resources" / "examples" / f"{DEFAULT_EXAMPLE}.nnstudio"
    out = tmp_path / "trained.nnstudio"
    r = clean_run(dist / "nnstudio" / "nnstudio", "train", example, "--epochs", "3", "-o", out, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Epoch 3/3" in r.stderr and "Trained 3 epoch(s)" in r.stdout
    doc = load_project(out)
    assert doc.weights is not None and len(doc.history.runs[-1].epochs) == 3


def test_install_sh_registers_the_app_for_this_user_only(built, tmp_path):
    """No administrator rights: the menu entry, MIME type, icons and command go under ~/.local."""
    _, dist = built
    home = tmp_path / "home"
    home.mkdir()
    bundle = dist / "nnstudio"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}   # no XDG_DATA_HOME: the default, ~/.local/share
    r = subprocess.run(["sh", str(bundle / "install.sh")], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    share = home / ".local" / "share"
    entry = (share / "applications" / "nnstudio.desktop").read_text()
    assert f"Exec={bundle}/nnstudio %f" in entry and "MimeType=application/x-nnstudio-project;" in entry
    assert '<glob pattern="*.nnstudio"' in (share / "mime" / "packages" / "nnstudio.xml").read_text()
    assert (share / "mime" / "packages" / "nnstudio.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "nnstudio.png").is_file()
    command = home / ".local" / "bin" / "nnstudio"
    assert clean_run(command, "--version", cwd=tmp_path).stdout.strip() == f"nnstudio {nnstudio.__version__}"
    r = subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0 and not (share / "applications" / "nnstudio.desktop").exists() and not command.exists()


def test_the_bundle_runs_the_helper_processes_of_large_training_steps(built):
    """The frozen app has no ``-m``: it serves as a helper with its own command's flag, and gives
    the gradients, output and loss the engine gives here."""
    from tests.engine.test_part_processes import check_helper_step

    from nnstudio.engine import part_processes

    _, dist = built
    check_helper_step([str(dist / "nnstudio" / "nnstudio"), part_processes.FROZEN_FLAG])
