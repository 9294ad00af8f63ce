"""``pip install nnstudio`` from a built wheel: in a fresh virtual environment, without the source
tree on sys.path, ``nnstudio --version`` answers and ``nnstudio train`` trains an example that the
wheel carries. The dependencies (NumPy, Qt, …) are taken from this environment instead of being
downloaded again."""

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

import nnstudio

ROOT = Path(__file__).resolve().parent.parent


def build_wheel(out: Path) -> Path:
    """A wheel built from a copy of the sources (a build folder in the tree could hold stale files)."""
    src = out / "src"
    for name in ("nnstudio", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.ts"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(out / "dist"), str(src)], capture_output=True, text=True, timeout=300,
                           env=without_source_tree())
    assert build.returncode == 0, build.stderr[-3000:]
    wheel, = (out / "dist").glob("nnstudio-*.whl")
    return wheel


def shipped_resources(folder: Path) -> set[str]:
    """The files of a resources folder that an installed app needs: all but translation sources."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.suffix != ".ts"}


def without_source_tree():
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def clean_env(**extra):
    keep = ("PATH", "HOME", "LANG", "TMPDIR", "SYSTEMROOT")   # no PYTHONPATH, no display
    return {**{k: os.environ[k] for k in keep if k in os.environ}, "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv bin folder, the installed package folder) of a wheel built from this tree."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(tmp)
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                              str(wheel)], capture_output=True, text=True, timeout=300,
                             env=without_source_tree())
    assert install.returncode == 0, install.stderr[-3000:]
    site = Path(subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                        text=True).strip())
    # the dependencies: this environment's site folder appended after the new one (its .pth files,
    # such as an editable install of the source tree, are not read from there)
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return bin_dir, site / "nnstudio"


def run(bin_dir, *args, cwd):
    exe = bin_dir / ("nnstudio.exe" if os.name == "nt" else "nnstudio")
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=clean_env(),
                          timeout=300)


def test_the_wheel_installs_the_package_and_its_resources(installed, tmp_path):
    bin_dir, package = installed
    r = run(bin_dir, "--version", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"nnstudio {nnstudio.__version__}"
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    where = subprocess.run([str(python), "-c", "import nnstudio, nnstudio.resource_files as r; "
                            "print(nnstudio.__file__); print(r.resources_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=clean_env(), timeout=60)
    module, resources = where.stdout.split()
    assert Path(module).parent == package and Path(resources) == package / "resources"
    assert not str(ROOT) in where.stdout
    assert shipped_resources(package / "resources") == shipped_resources(ROOT / "resources")


def test_the_installed_command_trains_a_bundled_example(installed, tmp_path):
    bin_dir, package = installed
    example = package / "resources" / "examples" / "xor.nnstudio"
    out = tmp_path / "xor-trained.nnstudio"
    r = run(bin_dir, "train", example, "--epochs", "3", "-o", out, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Epoch 3/3" in r.stderr and f"Saved to {out}" in r.stdout
    from nnstudio.project import load_project

    assert load_project(out).weights is not None
