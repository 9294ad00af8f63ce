"""Drawings saved as a picture folder: one sub-folder per class, read back by the folder reader."""

import numpy as np
import pytest

from nnstudio.data.drawings import check_class_name, free_folder, save_drawings
from nnstudio.data.image_folder import read_image_folder
from nnstudio.errors import DataError

pytest.importorskip("PIL")


def _disc(radius):
    yy, xx = np.mgrid[:64, :64]
    return np.where((yy - 32) ** 2 + (xx - 32) ** 2 < radius ** 2, 255, 0).astype(np.uint8)


def test_saved_drawings_read_back_as_their_classes_and_new_ones_never_overwrite(tmp_path):
    root = tmp_path / "drawings"
    bar = np.zeros((64, 64), np.uint8)
    bar[28:36, 8:56] = 255
    written = save_drawings(str(root), {"disc": [_disc(10), _disc(20)], "bar": [bar, bar.T], "empty": []})
    assert len(written) == 4 and not (root / "empty").exists()
    folder = read_image_folder(str(root), 28, 1)
    assert folder.class_names == ("bar", "disc") and folder.class_counts() == {"bar": 2, "disc": 2}
    disc = folder.images[folder.labels == 1][0, :, :, 0]
    assert disc[14, 14] > 200 and disc[0, 0] < 30          # white ink on black, as drawn
    save_drawings(str(root), {"disc": [_disc(5)]})
    assert sorted(p.name for p in (root / "disc").iterdir()) == ["drawing_001.png", "drawing_002.png",
                                                                  "drawing_003.png"]


@pytest.mark.parametrize("name", ["", "  ", "../up", "a/b", ".hidden", "x" * 41])
def test_a_class_name_that_cannot_be_a_folder_is_refused_in_plain_words(name):
    with pytest.raises(DataError):
        check_class_name(name)


def test_class_names_are_stripped_and_must_differ():
    assert check_class_name("  smiley ") == "smiley"
    with pytest.raises(DataError, match="already a class"):
        check_class_name("Smiley", ["smiley"])


def test_a_fresh_folder_never_mixes_with_earlier_drawings(tmp_path):
    base = tmp_path / "My drawings"
    assert free_folder(str(base)) == str(base)
    (base / "cat").mkdir(parents=True)
    assert free_folder(str(base)) == str(base) + " 2"


def test_an_unwritable_folder_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataError, match="cannot be saved"):
        save_drawings(str(blocker / "sub"), {"a": [_disc(3)]})
