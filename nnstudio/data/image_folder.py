"""Pictures as a data set: a folder with one sub-folder per class (the layout of Keras's
``image_dataset_from_directory`` and torchvision's ``ImageFolder``), read with Pillow.

Rules a user sees:
- every sub-folder of the chosen folder is a class, named after it, in alphabetical order;
  pictures in folders inside a class folder belong to that class;
- each picture is turned upright (a phone's rotation tag), laid on white where it is
  transparent, made grey or colour and resized to ``size``×``size`` pixels (stretched, as Keras
  does by default);
- a file that cannot be read as a picture is skipped and listed with the reason; so are
  pictures lying directly in the chosen folder (they belong to no class); an empty class
  folder is listed and left out. Nothing else is lost.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from nnstudio.data.cancel import check_cancel
from nnstudio.data.dataset import Dataset, make_dataset
from nnstudio.data.splits import stratified_split
from nnstudio.data.transforms import PixelScale
from nnstudio.errors import DataError
from nnstudio.i18n import M_

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")
SIZES = (28, 32, 64)
MAX_CLASSES = 100


@dataclass(frozen=True)
class Skipped:
    """A file left out and why (a translatable message)."""

    path: str
    reason: str


@dataclass(frozen=True, eq=False)
class ImageFolder:
    """What a folder read gave: ``images`` (n, size, size, channels) uint8, ``labels`` class
    indices, the files in the same order, and every file or class folder left out."""

    root: str
    images: np.ndarray
    labels: np.ndarray
    class_names: tuple[str, ...]
    paths: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    empty_classes: tuple[str, ...]

    def class_counts(self) -> dict:
        counts = np.bincount(self.labels, minlength=len(self.class_names))
        return {name: int(c) for name, c in zip(self.class_names, counts)}


def _pictures_under(folder):
    """Every file below ``folder`` (nested folders too), sorted, hidden files and folders left out."""
    found = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(here, f) for f in sorted(files) if not f.startswith(".")]
    return found


def scan_folder(root):
    """(class names, [(path, class index)], skipped, empty class folders) without reading a picture."""
    if not isinstance(root, str) or not os.path.isdir(root):
        raise DataError(M_("errors", "The folder {path} does not exist or is not a folder.").format(path=root))
    try:
        entries = sorted(os.listdir(root))
    except OSError as e:
        raise DataError(M_("errors", "The folder {path} cannot be read: {reason}").format(
            path=root, reason=e.strerror or str(e))) from None
    classes = [e for e in entries if not e.startswith(".") and os.path.isdir(os.path.join(root, e))]
    skipped = [Skipped(os.path.join(root, e), M_("errors", "not inside a class folder"))
               for e in entries if os.path.isfile(os.path.join(root, e)) and e.lower().endswith(IMAGE_SUFFIXES)]
    if not classes:
        raise DataError(M_("errors", "The folder {path} has no sub-folders. Put the pictures of each class in a "
                                     "sub-folder of its own, for example cats/ and dogs/.").format(path=root))
    if len(classes) > MAX_CLASSES:
        raise DataError(M_("errors", "The folder {path} has {count} sub-folders; at most {limit} classes are "
                                     "supported.").format(path=root, count=len(classes), limit=MAX_CLASSES))
    files, names, empty = [], [], []
    for name in classes:
        found = _pictures_under(os.path.join(root, name))
        if not found:
            empty.append(name)
            continue
        files += [(path, len(names)) for path in found]
        names.append(name)
    if not files:
        raise DataError(M_("errors", "The class folders in {path} are empty: there are no pictures to read.")
                        .format(path=root))
    return names, files, skipped, empty


def _white_background(img):
    from PIL import Image

    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba)
    return img


def read_picture(path, size, channels):
    """One picture as (size, size, channels) uint8; raises OSError/ValueError when unreadable."""
    from PIL import Image, ImageOps

    with Image.open(path) as img:
        if img.format == "JPEG":
            img.draft("L" if channels == 1 else "RGB", (size, size))  # decode at a smaller scale
        img = ImageOps.exif_transpose(img)
        if img.mode in ("I", "I;16", "I;16B", "I;16L", "F"):  # 16-bit or float pictures: stretch to 0–255
            a = np.asarray(img, dtype=np.float64)
            top = a.max()
            img = Image.fromarray((a * (255.0 / top) if top > 0 else a).clip(0, 255).astype(np.uint8))
        img = _white_background(img).convert("L" if channels == 1 else "RGB")
        img = img.resize((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
        return np.asarray(img, dtype=np.uint8).reshape(size, size, channels)


def _check_settings(size, channels):
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or not 8 <= size <= 128:
        raise DataError(M_("errors", '"{key}" must be a whole number from {low} to {high}. Received: {key}={value!r}.')
                        .format(key="size", low=8, high=128, value=size))
    if channels not in (1, 3):
        raise DataError(M_("errors", '"{key}" must be one of {options}. Received: {key}={value!r}.')
                        .format(key="channels", options="1, 3", value=channels))


def read_image_folder(root, size=28, channels=1, progress=None, should_cancel=None) -> ImageFolder:
    """Reads every picture under ``root`` (see the module's rules). ``progress(fraction)`` is
    called as files are read; ``should_cancel()`` is asked between files (raises ``Cancelled``).
    Raises DataError when no class has a readable picture, or only one class has."""
    _check_settings(size, channels)
    names, files, skipped, empty = scan_folder(root)
    images = np.empty((len(files), size, size, channels), np.uint8)
    labels, paths, kept = [], [], 0
    for i, (path, label) in enumerate(files):
        check_cancel(should_cancel)
        try:
            images[kept] = read_picture(path, size, channels)
        except Exception as e:  # Pillow raises many kinds (UnidentifiedImageError, OSError, DecompressionBombError, …)
            reason = M_("errors", "not a picture Pillow can read") if type(e).__name__ == "UnidentifiedImageError" \
                else M_("errors", "cannot be read: {reason}").format(reason=str(e) or type(e).__name__)
            skipped.append(Skipped(path, reason))
        else:
            labels.append(label)
            paths.append(path)
            kept += 1
        if progress is not None and (i % 16 == 15 or i == len(files) - 1):
            progress((i + 1) / len(files))
    labels = np.asarray(labels, dtype=np.int64)
    present = np.unique(labels)
    if len(present) < len(names):  # a class whose every file was unreadable is an empty class
        empty += [names[k] for k in range(len(names)) if k not in present]
        keep = {int(k): j for j, k in enumerate(present)}
        labels = np.asarray([keep[int(k)] for k in labels], dtype=np.int64)
        names = [names[int(k)] for k in present]
    if kept == 0:
        raise DataError(M_("errors", "None of the {count} files under {path} could be read as a picture.")
                        .format(count=len(files), path=root))
    if len(names) < 2:
        raise DataError(M_("errors", "The folder {path} has pictures of one class only ({name}). A classifier "
                                     "needs at least two: add a sub-folder for each other class.")
                        .format(path=root, name=names[0]))
    return ImageFolder(root, images[:kept], labels, tuple(names), tuple(paths), tuple(skipped), tuple(sorted(empty)))


def _fingerprint(root):
    """Names, sizes and times of every file under ``root``: a changed folder is read again."""
    parts = []
    for path in _pictures_under(root):
        try:
            st = os.stat(path)
        except OSError:
            continue
        parts.append((path, st.st_size, st.st_mtime_ns))
    return hash(tuple(parts))


_recent: dict = {}  # (root, size, channels, fingerprint) -> ImageFolder, the last two reads


def load_image_folder(root, size, channels, progress=None, should_cancel=None) -> ImageFolder:
    """``read_image_folder``, remembering the last two reads of an unchanged folder (a project
    opened, then trained, reads its pictures once)."""
    key = (root, size, channels, _fingerprint(root) if isinstance(root, str) and os.path.isdir(root) else 0)
    folder = _recent.get(key)
    if folder is None:
        folder = read_image_folder(root, size, channels, progress, should_cancel)
        while len(_recent) >= 2:
            del _recent[next(iter(_recent))]
        _recent[key] = folder
    elif progress is not None:
        progress(1.0)
    return folder


def build_image_folder(spec: dict, description, progress=None, should_cancel=None) -> Dataset:
    """The Dataset of an ``{"name": "image_folder", "path": …}`` spec: a stratified split,
    pixels scaled from 0–255 to 0–1, each sample an image (size, size, channels)."""
    size, channels = spec["size"], spec["channels"]
    folder = load_image_folder(spec["path"], size, channels, progress, should_cancel)
    rng = np.random.default_rng(spec["seed"])
    train, test = stratified_split(folder.labels, spec["test_ratio"], rng)
    shape = (size, size, channels)
    return make_dataset(spec, "classification", "images", folder.images[train], folder.labels[train],
                        folder.images[test], folder.labels[test], PixelScale(255.0, shape),
                        class_names=folder.class_names, input_shape=shape, description=description)
