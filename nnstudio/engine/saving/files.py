"""Atomic file writing: a half-written file never replaces a good one. (And the check that a file
to read exists, in plain words.)

Write to a temporary file in the destination folder, flush it to disk, then ``os.replace`` it
over the destination (atomic on POSIX and Windows when both are on one file system).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pathlib
import tempfile
import time

from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_

# os.umask can only be read by setting it; do it once, at import, before any threads write files.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def existing_file(path) -> pathlib.Path:
    """The file to read as a Path, after checking that it exists (a plain-words error)."""
    path = pathlib.Path(path)
    if not path.is_file():
        raise ProjectFileError(M_("errors", "The file {path} does not exist.").format(path=path))
    return path


def check_destination(path, overwrite=True) -> pathlib.Path:
    """The destination as a Path, after checking that its folder exists (plain-words errors)."""
    path = pathlib.Path(path)
    if path.is_dir():
        raise ProjectFileError(M_("errors", "Cannot write {path}: it is a folder.").format(path=path))
    if not path.parent.is_dir():
        raise ProjectFileError(M_("errors", "Cannot write {file}: the folder {folder} does not exist.")
                               .format(file=path.name, folder=path.parent))
    if not overwrite and path.exists():
        raise ProjectFileError(M_("errors", "{path} already exists (overwrite=False).").format(path=path))
    return path


#: a temporary file untouched this long belongs to a save that was killed: it is removed
STALE_PART_SECONDS = 60


def remove_stale_parts(path: pathlib.Path) -> None:
    """Remove the temporary files that killed saves of ``path`` left beside it."""
    now = time.time()
    for part in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        with contextlib.suppress(OSError):
            if part.is_file() and now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()


@contextlib.contextmanager
def atomic_write(path, overwrite=True):
    """``with atomic_write(path) as f: f.write(...)`` — the file appears only if the block succeeds."""
    path = check_destination(path, overwrite)
    remove_stale_parts(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise ProjectFileError(M_("errors", "Cannot write to the folder {folder}: {reason}.")
                               .format(folder=path.parent, reason=e.strerror or e)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        # mkstemp creates the file readable by its owner only; give it a normal file's permissions
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise ProjectFileError(M_("errors", "Could not write {path}: {reason}.")
                                   .format(path=path, reason=e.strerror or e)) from None
        raise


def write_bytes(path, data: bytes, overwrite=True) -> pathlib.Path:
    with atomic_write(path, overwrite) as f:
        f.write(data)
    return pathlib.Path(path)


def write_text(path, text: str, overwrite=True) -> pathlib.Path:
    return write_bytes(path, text.encode("utf-8"), overwrite)
