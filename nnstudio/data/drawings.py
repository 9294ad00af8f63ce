"""A class's own drawings as a picture folder: one sub-folder per class holding PNG files, the
layout ``image_folder`` reads (and Keras's ``image_dataset_from_directory`` and torchvision's
``ImageFolder``). Files already in the folder are kept: new drawings get new numbers."""

from __future__ import annotations

import os

import numpy as np

from nnstudio.data.image_folder import MAX_CLASSES
from nnstudio.errors import DataError
from nnstudio.i18n import M_

MAX_NAME = 40
_FORBIDDEN = set('/\\:*?"<>|')


def check_class_name(name: str, taken=()) -> str:
    """``name`` stripped, or a DataError saying why it cannot name a class folder."""
    name = str(name).strip()
    if not name:
        raise DataError(M_("errors", "Give the class a name, for example cat or circle."))
    if len(name) > MAX_NAME or name.startswith(".") or any(c in _FORBIDDEN or ord(c) < 32 for c in name):
        raise DataError(M_("errors", "“{name}” cannot be a class name: use at most {limit} letters, digits, spaces "
                                     "or dashes, not starting with a dot.").format(name=name, limit=MAX_NAME))
    if name.casefold() in {t.casefold() for t in taken}:
        raise DataError(M_("errors", "There is already a class called “{name}”.").format(name=name))
    return name


def free_folder(base: str) -> str:
    """``base`` when it does not exist or is empty, else ``base 2``, ``base 3``, … (a new folder
    never mixes a new set of drawings with an earlier one)."""
    candidate, n = base, 1
    while os.path.exists(candidate) and (not os.path.isdir(candidate) or os.listdir(candidate)):
        n += 1
        candidate = f"{base} {n}"
    return candidate


def save_drawings(root: str, drawings: dict) -> list[str]:
    """Writes ``drawings`` ({class name: [(h, w) uint8 grey pictures]}) as ``root/<class>/drawing_NNN.png``
    and returns the files written. Classes without drawings get no folder. Raises DataError when
    a name is unusable or the folder cannot be written (what was written before stays)."""
    from PIL import Image

    names = [check_class_name(name) for name, pictures in drawings.items() if len(pictures)]
    if len(names) > MAX_CLASSES:
        raise DataError(M_("errors", "At most {limit} classes are supported.").format(limit=MAX_CLASSES))
    written = []
    try:
        for name in names:
            folder = os.path.join(root, name)
            os.makedirs(folder, exist_ok=True)
            number = 1
            for picture in drawings[name]:
                while os.path.exists(os.path.join(folder, f"drawing_{number:03d}.png")):
                    number += 1
                path = os.path.join(folder, f"drawing_{number:03d}.png")
                Image.fromarray(np.ascontiguousarray(picture, dtype=np.uint8)).save(path)
                written.append(path)
    except OSError as e:
        raise DataError(M_("errors", "The drawings cannot be saved in {path}: {reason}").format(
            path=root, reason=e.strerror or str(e))) from None
    return written
