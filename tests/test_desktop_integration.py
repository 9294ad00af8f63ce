"""``nnstudio --install-desktop``: the menu entry, the .nnstudio file type and the icon for the
current user only (Linux: under ~/.local; Windows: HKEY_CURRENT_USER), for the bundle as for a
pip install."""

import os
import subprocess
import sys

import pytest

from nnstudio import desktop_integration as desktop


def test_the_command_starts_this_python_unless_frozen(monkeypatch):
    assert desktop.launch_command("x.nnstudio") == [sys.executable, "-m", "nnstudio", "x.nnstudio"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop.launch_command() == [sys.executable]


def test_the_desktop_entry_starts_the_app_with_the_file_quoted_as_the_spec_asks():
    entry = desktop.desktop_entry(["/opt/NN Studio/nnstudio"])
    assert 'Exec="/opt/NN Studio/nnstudio" %f\n' in entry
    assert entry.count("Exec=") == 1 and "MimeType=application/x-nnstudio-project;" in entry
    assert "Icon=nnstudio" in entry and "Name[zh_CN]=" in entry
    assert desktop.desktop_entry(["/usr/bin/python3", "-m", "nnstudio"]).count("Exec=/usr/bin/python3 -m nnstudio %f") == 1
    assert 'Exec="/home/a\\\\$b/nn" %f' in desktop.desktop_entry(["/home/a$b/nn"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org files")
def test_install_and_uninstall_for_this_user_on_linux(tmp_path):
    written = desktop.install_linux(home=tmp_path)
    share = tmp_path / ".local" / "share"
    entry = (share / "applications" / "nnstudio.desktop").read_text()
    assert f"Exec={sys.executable} -m nnstudio %f" in entry
    mime = (share / "mime" / "packages" / "nnstudio.xml").read_text()
    assert '<glob pattern="*.nnstudio"' in mime and 'type="application/x-nnstudio-project"' in mime
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "nnstudio.png").stat().st_size > 1000
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "nnstudio.svg").is_file()
    assert len(written) == 4
    removed = desktop.uninstall_linux(home=tmp_path)
    assert sorted(removed) == sorted(written)
    assert not (share / "applications" / "nnstudio.desktop").exists()


def test_the_windows_file_association_opens_the_file_with_the_app(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    entries = {(key, name): data for key, name, data in
               desktop.windows_registry_entries([r"C:\Users\t\NN Studio\nnstudio.exe"])}
    assert entries[(r"Software\Classes\.nnstudio", "")] == "NNStudio.Project"
    assert entries[(r"Software\Classes\NNStudio.Project\shell\open\command", "")] == \
        r'"C:\Users\t\NN Studio\nnstudio.exe" "%1"'
    assert entries[(r"Software\Classes\NNStudio.Project\DefaultIcon", "")] == r'"C:\Users\t\NN Studio\nnstudio.exe",0'


def test_the_command_line_flag(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    r = subprocess.run([sys.executable, "-m", "nnstudio", "--install-desktop"], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    if sys.platform.startswith("linux"):
        assert (tmp_path / "data" / "applications" / "nnstudio.desktop").is_file()
        assert "nnstudio.desktop" in r.stdout
    r = subprocess.run([sys.executable, "-m", "nnstudio", "--uninstall-desktop"], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "data" / "applications" / "nnstudio.desktop").exists()
