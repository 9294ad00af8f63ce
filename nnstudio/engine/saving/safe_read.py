"""Reading files a user hands us without trusting them: the one zip reader of ``.nnstudio``
projects and ``.keras`` models, with a budget for what they may unpack to.

- Only ordinary files are opened: a pipe, a device or a link to ``/dev/zero`` is refused before a
  byte is read.
- A zip member is unpacked in chunks and counted as it comes, whatever size its header claims;
  each member has a limit (JSON texts far less than binary data) and all of them together have one.
  A member may also unpack to at most ``MAX_RATIO`` times its packed size above a floor, so a small
  file never becomes gigabytes (a "zip bomb").
- JSON is parsed only below a size and a count of objects/lists, and nested at most ``MAX_DEPTH``.
- NumPy arrays in an ``.npz`` are checked from their header (dtype, shape, bytes) before their
  data is read; pickled (object) arrays are refused.

Every refusal is a :class:`ProjectFileError` in plain words; so is running out of memory.
"""

from __future__ import annotations

import io
import json
import math
import os
import stat
import zipfile
from pathlib import Path

import numpy as np

from nnstudio.engine.budget import size_text
from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_

MB = 1024 * 1024
MAX_JSON_BYTES = 32 * MB          # a project's description or a Keras config
MAX_BINARY_BYTES = 1024 * MB      # weights, optimizer state and traces together
MAX_TOTAL_BYTES = MAX_BINARY_BYTES + MAX_JSON_BYTES
RATIO_FLOOR = 64 * MB             # below this, any compression ratio is fine
MAX_RATIO = 40                    # above it, a member may unpack to at most 40× its packed size
MAX_JSON_CONTAINERS = 2_000_000   # objects and lists in one JSON text
MAX_DEPTH = 40                    # nesting of objects and lists
_CHUNK = 1 * MB


def check_regular_file(path) -> Path:
    """``path`` as a Path after checking that it is an ordinary file (following links)."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ProjectFileError(M_("errors", "There is no file {path}.").format(path=path)) from None
    except OSError as e:
        raise ProjectFileError(M_("errors", "{file} cannot be read: {reason}.")
                               .format(file=path.name, reason=e.strerror or e)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ProjectFileError(M_("errors", "{path} is a folder, not a file.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise ProjectFileError(M_("errors", "{file} is not an ordinary file (it is a pipe, a device or a socket), "
                                            "so NN Studio does not read it.").format(file=path.name))
    return path


def too_large(file, member, size, limit) -> ProjectFileError:
    return ProjectFileError(M_("errors", "{file} is too large to open safely: its {member} unpacks to more than "
                                         "{limit} (at least {size}).")
                            .format(file=file, member=member, size=size_text(size), limit=size_text(limit)))


def out_of_memory(file) -> ProjectFileError:
    return ProjectFileError(M_("errors", "{file} is too large to open: the computer ran out of memory while "
                                         "reading it.").format(file=file))


class ZipReader:
    """``with ZipReader(path) as z: z.read(name, limit)`` — members within one shared budget."""

    def __init__(self, path, total=MAX_TOTAL_BYTES, not_a_zip=None):
        self.path = check_regular_file(path)
        self.file = self.path.name
        self.remaining = total
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
            raise ProjectFileError(not_a_zip or M_("errors", "{file} is damaged or not an NN Studio project (it is "
                                                             "not a complete zip file).").format(file=self.file)) \
                from None
        except OSError as e:
            raise ProjectFileError(M_("errors", "{file} cannot be read: {reason}.")
                                   .format(file=self.file, reason=e.strerror or e)) from None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._zip.close()

    def names(self) -> list[str]:
        return self._zip.namelist()

    def has(self, name) -> bool:
        return name in self._zip.NameToInfo

    def read(self, name, limit, missing=None) -> bytes:
        """The unpacked bytes of ``name``; ProjectFileError when missing, damaged or over budget."""
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise ProjectFileError(missing or M_("errors", "{file} is not complete: it has no {member}.")
                                   .format(file=self.file, member=name)) from None
        limit = min(limit, self.remaining, max(RATIO_FLOOR, MAX_RATIO * info.compress_size))
        if info.file_size > limit:
            raise too_large(self.file, name, info.file_size, limit)
        parts, got = [], 0
        try:
            with self._zip.open(info) as f:
                while chunk := f.read(_CHUNK):
                    got += len(chunk)
                    if got > limit:   # the header lied about the size
                        raise too_large(self.file, name, got, limit)
                    parts.append(chunk)
            data = b"".join(parts)
        except ProjectFileError:
            raise
        except MemoryError:
            raise out_of_memory(self.file) from None
        except Exception as e:  # zlib errors, bad CRC, truncated data, unknown compression …
            raise ProjectFileError(M_("errors", "{file} is damaged: its {member} cannot be read ({reason}).")
                                   .format(file=self.file, member=name, reason=_reason(e))) from None
        self.remaining -= got
        return data


def _reason(e) -> str:
    """Plain words for a low-level read failure (never the library's own text)."""
    if isinstance(e, NotImplementedError):
        return M_("errors", "it is packed in a way NN Studio cannot unpack")
    return M_("errors", "the data is corrupt or cut short")


def parse_json(raw: bytes, file: str, member: str):
    """A JSON text within the limits (size, object count, nesting); ProjectFileError otherwise."""
    if len(raw) > MAX_JSON_BYTES:
        raise too_large(file, member, len(raw), MAX_JSON_BYTES)
    if raw.count(b"{") + raw.count(b"[") > MAX_JSON_CONTAINERS:
        raise ProjectFileError(M_("errors", "{file} is too large to open safely: its {member} holds more than "
                                            "{count} entries.").format(file=file, member=member,
                                                                       count=f"{MAX_JSON_CONTAINERS:,}"))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProjectFileError(M_("errors", "{file} is damaged: its {member} is not valid JSON.")
                               .format(file=file, member=member)) from None
    except RecursionError:
        data = None
    except MemoryError:
        raise out_of_memory(file) from None
    if data is None and raw.strip() != b"null" or nesting_depth(data) > MAX_DEPTH:
        raise ProjectFileError(M_("errors", "{file} is damaged: its {member} is nested more than {depth} levels "
                                            "deep.").format(file=file, member=member, depth=MAX_DEPTH))
    return data


def nesting_depth(value) -> int:
    """How deeply lists and dicts nest in ``value`` (without recursion: any depth is measured)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def read_npz(raw: bytes, file: str, member: str, limit=MAX_BINARY_BYTES) -> dict[str, np.ndarray]:
    """The arrays of an ``.npz`` held in ``raw``: each header (dtype, shape) is checked before its data
    is read, objects are refused, and all arrays together stay within ``limit`` bytes."""
    def damaged(reason):
        return ProjectFileError(M_("errors", "{file} is damaged: its {member} cannot be read ({reason}).")
                                .format(file=file, member=member, reason=reason))
    arrays = {}
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            for info in z.infolist():
                key = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
                with z.open(info) as f:
                    version = np.lib.format.read_magic(f)
                    if version == (1, 0):
                        shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
                    else:
                        shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
                    if dtype.hasobject:
                        raise damaged(M_("errors", "{key} is not an array of numbers").format(key=key))
                    nbytes = math.prod(int(n) for n in shape) * dtype.itemsize
                    if nbytes > limit:
                        raise too_large(file, member, nbytes, limit)
                    limit -= nbytes
                    data = bytearray(nbytes)
                    view, got = memoryview(data), 0
                    while got < nbytes and (n := f.readinto(view[got:])):
                        got += n
                    if got != nbytes:
                        raise damaged(M_("errors", "{key} is cut short").format(key=key))
                    arrays[key] = np.frombuffer(data, dtype=dtype).reshape(shape, order="F" if fortran else "C")
    except ProjectFileError:
        raise
    except MemoryError:
        raise out_of_memory(file) from None
    except Exception as e:  # not a zip, not .npy headers, bad CRC, …
        raise damaged(_reason(e)) from None
    return arrays
