"""Making NN Studio a desktop application for the current user, without administrator rights:
``nnstudio --install-desktop`` (``--uninstall-desktop`` undoes it).

- Linux: the applications-menu entry, the ``.nnstudio`` MIME type (double click opens the file)
  and the icon, under ``~/.local/share`` (XDG), and ``~/.local/bin/nnstudio`` for the bundle.
- Windows: the ``.nnstudio`` file association under ``HKEY_CURRENT_USER\\Software\\Classes``.
- macOS: ``NN Studio.app`` declares the file type itself; nothing to do.

Works the same for the bundle and for a pip/pipx install (the command that starts the app is
``launch_command``). Qt-free.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from nnstudio.resource_files import resource_path

MIME_TYPE = "application/x-nnstudio-project"
PROG_ID = "NNStudio.Project"


def launch_command(*args: str) -> list[str]:
    """The command line that starts NN Studio: the bundle's own executable when frozen by
    PyInstaller, else this Python with ``-m nnstudio`` (``pythonw`` on Windows: no console)."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        if exe.stem == "nnstudio-cli" and exe.with_name("nnstudio.exe").exists():
            exe = exe.with_name("nnstudio.exe")   # Windows: the windowed twin, not the terminal one
        return [str(exe), *args]
    python = Path(sys.executable)
    windowless = python.with_name("pythonw.exe")
    if os.name == "nt" and windowless.exists():
        python = windowless
    return [str(python), "-m", "nnstudio", *args]


# ----- Linux (freedesktop.org) ------------------------------------------------------------------
def _data_home(home: Path | None) -> Path:
    if home is not None:
        return home / ".local" / "share"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _exec_argument(arg: str) -> str:
    """One argument of a desktop entry's Exec key as the specification asks: quoted when it holds a
    reserved character (with \\ " ` $ escaped inside the quotes), % doubled, and then every backslash
    doubled once more by the string-value escape of the file format (a literal $ is written \\\\$)."""
    if any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """resources/desktop/nnstudio.desktop with Exec set to ``command`` (and the file argument)."""
    text = resource_path("desktop", "nnstudio.desktop").read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(_exec_argument(a) for a in command) + " %f"
    return "".join(exec_line + "\n" if line.startswith("Exec=") else line
                   for line in text.splitlines(keepends=True))


def linux_files(home: Path | None = None) -> dict[Path, Path | str]:
    """Where each file goes (under the user's data folder) and its source file or text."""
    data = _data_home(home)
    icons = data / "icons" / "hicolor"
    return {
        data / "applications" / "nnstudio.desktop": desktop_entry(launch_command()),
        data / "mime" / "packages" / "nnstudio.xml": resource_path("desktop", "nnstudio-mime.xml"),
        icons / "scalable" / "apps" / "nnstudio.svg": resource_path("icons", "nnstudio.svg"),
        icons / "256x256" / "apps" / "nnstudio.png": resource_path("icons", "nnstudio.png"),
    }


def _command_link(home: Path | None) -> Path | None:
    """~/.local/bin/nnstudio for the bundle (a pip/pipx install has its own command already)."""
    if not getattr(sys, "frozen", False):
        return None
    return (home or Path.home()) / ".local" / "bin" / "nnstudio"


def _refresh(data: Path, home: Path | None) -> None:
    """Tell the desktop about the new files (each tool only where it is installed)."""
    env = None
    if home is not None:   # a home of its own (tests): the tools write nothing of the real user's
        env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(home / ".config")}
    for tool, target in (("update-mime-database", data / "mime"), ("update-desktop-database", data / "applications"),
                         ("gtk-update-icon-cache", data / "icons" / "hicolor")):
        if shutil.which(tool):
            args = [tool, "-q", "-t", str(target)] if tool == "gtk-update-icon-cache" else [tool, str(target)]
            subprocess.run(args, capture_output=True, timeout=60, env=env)
    if shutil.which("xdg-mime"):
        subprocess.run(["xdg-mime", "default", "nnstudio.desktop", MIME_TYPE], capture_output=True, timeout=60,
                       env=env)


def install_linux(home: Path | None = None) -> list[Path]:
    written = []
    for target, source in linux_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, target)
        else:
            target.write_text(source, encoding="utf-8")
        written.append(target)
    link = _command_link(home)
    if link is not None:
        link.parent.mkdir(parents=True, exist_ok=True)
        link.unlink(missing_ok=True)
        link.symlink_to(sys.executable)
        written.append(link)
    _refresh(_data_home(home), home)
    return written


def uninstall_linux(home: Path | None = None) -> list[Path]:
    removed = [p for p in [*linux_files(home), _command_link(home)] if p is not None and (p.exists() or p.is_symlink())]
    for p in removed:
        p.unlink()
    _refresh(_data_home(home), home)
    return removed


# ----- Windows ----------------------------------------------------------------------------------
def windows_registry_entries(command: list[str]) -> list[tuple[str, str, str]]:
    """(key under HKEY_CURRENT_USER, value name ("" is the default value), data)."""
    quoted = " ".join(f'"{a}"' for a in command)
    icon = f'"{command[0]}",0' if getattr(sys, "frozen", False) else str(resource_path("icons", "nnstudio.ico"))
    classes = r"Software\Classes"
    return [
        (rf"{classes}\.nnstudio", "", PROG_ID),
        (rf"{classes}\.nnstudio", "Content Type", MIME_TYPE),
        (rf"{classes}\{PROG_ID}", "", "NN Studio project"),
        (rf"{classes}\{PROG_ID}\DefaultIcon", "", icon),
        (rf"{classes}\{PROG_ID}\shell\open\command", "", f'{quoted} "%1"'),
    ]


def _notify_windows_shell() -> None:
    import ctypes

    ctypes.windll.shell32.SHChangeNotify(0x08000000, 0, None, None)   # SHCNE_ASSOCCHANGED


def install_windows() -> list[str]:
    import winreg

    entries = windows_registry_entries(launch_command())
    for key, name, data in entries:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, data)
    _notify_windows_shell()
    return sorted({rf"HKEY_CURRENT_USER\{key}" for key, _, _ in entries})


def uninstall_windows() -> list[str]:
    import winreg

    removed = []
    for key in (rf"Software\Classes\{PROG_ID}\shell\open\command", rf"Software\Classes\{PROG_ID}\shell\open",
                rf"Software\Classes\{PROG_ID}\shell", rf"Software\Classes\{PROG_ID}\DefaultIcon",
                rf"Software\Classes\{PROG_ID}", r"Software\Classes\.nnstudio"):
        try:
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
            removed.append(rf"HKEY_CURRENT_USER\{key}")
        except OSError:
            pass
    _notify_windows_shell()
    return removed


# ----- the command ------------------------------------------------------------------------------
def _on_this_platform(windows, linux, home) -> list:
    if sys.platform.startswith("win"):
        return windows()
    if sys.platform == "darwin":   # the app bundle registers itself
        return []
    return linux(home)


def install(home: Path | None = None) -> list:
    """Register NN Studio for this user; returns what was written. Raises OSError on failure."""
    return _on_this_platform(install_windows, install_linux, home)


def uninstall(home: Path | None = None) -> list:
    """Remove what :func:`install` wrote; returns what was removed."""
    return _on_this_platform(uninstall_windows, uninstall_linux, home)
