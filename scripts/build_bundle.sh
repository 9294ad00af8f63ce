#!/usr/bin/env bash
# Build the NN Studio desktop bundle with PyInstaller: dist/nnstudio/ (one folder holding the
# `nnstudio` program, Python, Qt, the translations, example projects and icons) and an archive
# to hand out: dist/nnstudio-VERSION-linux-ARCH.tar.gz on Linux (with install.sh, which adds the
# menu entry and the .nnstudio file type), a .zip on Windows and macOS (there also dist/NN Studio.app).
# Prints the bundle's size and its start-up time (`nnstudio --self-test`, best of 3).
#   bash scripts/build_bundle.sh            # uses $PYTHON, else .venv's python, else python3
# NNSTUDIO_DIST / NNSTUDIO_BUILD choose the output and work folders (default dist/, build/pyinstaller).
# Installs PyInstaller (the `bundle` extra) into that Python's environment when it is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
py=${PYTHON:-}
if [ -z "$py" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe; do
    [ -x "$candidate" ] && py=$candidate && break
  done
fi
py=${py:-python3}
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller"
  "$py" -m pip install -q "$root[bundle]"
fi

dist=${NNSTUDIO_DIST:-$root/dist}
work=${NNSTUDIO_BUILD:-$root/build/pyinstaller}
started=$(date +%s)
echo "Building the bundle with $("$py" -m PyInstaller --version 2>/dev/null | sed 's/^/PyInstaller /')"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/nnstudio.spec
echo "Built in $(( $(date +%s) - started )) s"

NNSTUDIO_DIST=$dist "$py" - <<'PY'
"""Finish the bundle: the Linux desktop files and install.sh, the archive, and the figures."""
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from nnstudio._version import __version__

root = Path.cwd()
dist = Path(os.environ["NNSTUDIO_DIST"])
bundle = dist / "nnstudio"
system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
arch = platform.machine().lower().replace("amd64", "x86_64")
if system == "linux":   # the menu entry and file type: install.sh (nnstudio --install-desktop)
    shutil.copy2(root / "packaging" / "linux" / "install.sh", bundle / "install.sh")
name = f"nnstudio-{__version__}-{system}-{arch}"
source = dist / "NN Studio.app" if system == "macos" else bundle
archive = shutil.make_archive(str(dist / name), "gztar" if system == "linux" else "zip",
                              root_dir=source.parent, base_dir=source.name)

size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
exe = bundle / ("nnstudio-cli.exe" if system == "windows" else "nnstudio")
env = {**os.environ}
if system == "linux" and not env.get("DISPLAY"):
    env["QT_QPA_PLATFORM"] = "offscreen"
times = []
for _ in range(3):
    t = time.perf_counter()
    r = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env, timeout=300)
    times.append(time.perf_counter() - t)
    if r.returncode != 0:
        sys.exit(f"The bundle's self-test failed:\n{r.stdout}\n{r.stderr}")
t = time.perf_counter()
subprocess.run([str(exe), "--version"], capture_output=True, check=True, env=env, timeout=300)
version_time = time.perf_counter() - t
print(r.stdout.strip())
print(f"Bundle: {bundle} — {size / 2**20:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files")
print(f"Archive: {archive} — {Path(archive).stat().st_size / 2**20:.0f} MB")
print(f"Start-up (window open, nnstudio --self-test): best {min(times):.2f} s of {len(times)} "
      f"({', '.join(f'{x:.2f}' for x in times)}); nnstudio --version: {version_time:.2f} s")
PY
