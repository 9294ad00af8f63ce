"""The picture-folder reader: one sub-folder per class, nested folders, mixed sizes and modes,
unreadable files skipped and listed, one class only and empty folders refused clearly, and the
project spec that rebuilds the same data."""

import numpy as np
import pytest

from nnstudio.data import load_dataset, resolve_spec
from nnstudio.data.cancel import Cancelled
from nnstudio.data.image_folder import read_image_folder
from nnstudio.errors import DataError

Image = pytest.importorskip("PIL.Image")


def _save(path, array, mode=None, **kwargs):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.asarray(array), mode=mode).save(path, **kwargs)
    return path


def _square(side, value, dtype=np.uint8, channels=None):
    shape = (side, side) if channels is None else (side, side, channels)
    return np.full(shape, value, dtype)


@pytest.fixture
def folder(tmp_path):
    """cats: a grey PNG 40×40, a colour JPEG 100×60, an RGBA PNG (half transparent), a 16-bit PNG
    and a picture in a nested folder; dogs: a palette GIF and a broken file; a stray picture at the
    top; an empty class folder."""
    root = tmp_path / "pets"
    _save(root / "cats" / "a.png", _square(40, 200))
    _save(root / "cats" / "b.jpg", np.full((60, 100, 3), (250, 10, 10), np.uint8), quality=95)
    rgba = np.zeros((30, 30, 4), np.uint8)
    rgba[:, :15] = (0, 0, 0, 255)  # left half black and opaque, right half transparent
    _save(root / "cats" / "c.png", rgba)
    _save(root / "cats" / "d16.png", _square(20, 65535, np.uint16))
    _save(root / "cats" / "more" / "deeper" / "e.png", _square(28, 0))
    (root / "dogs").mkdir()
    Image.fromarray(_square(50, 90)).convert("P").save(root / "dogs" / "f.gif")
    (root / "dogs" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    _save(root / "stray.png", _square(10, 0))
    (root / "birds").mkdir()
    return root


def test_reads_classes_nested_pictures_and_lists_what_it_skipped(folder):
    got = read_image_folder(str(folder), size=28, channels=1)
    assert got.class_names == ("cats", "dogs")
    assert got.images.shape == (6, 28, 28, 1) and got.images.dtype == np.uint8
    assert got.class_counts() == {"cats": 5, "dogs": 1}
    names = [p.replace("\\", "/").split("pets/")[1] for p in got.paths]
    assert names == ["cats/a.png", "cats/b.jpg", "cats/c.png", "cats/d16.png", "cats/more/deeper/e.png", "dogs/f.gif"]
    skipped = {s.path.replace("\\", "/").split("pets/")[1]: str(s.reason) for s in got.skipped}
    assert set(skipped) == {"stray.png", "dogs/broken.png"}
    assert "class folder" in skipped["stray.png"]
    assert got.empty_classes == ("birds",)


def test_modes_become_grey_or_colour_on_white(folder):
    grey = read_image_folder(str(folder), size=28, channels=1)
    a, b, c, d16, e, f = grey.images[..., 0]
    assert (a == 200).all() and (e == 0).all() and (f == 90).all()
    assert (d16 == 255).all()  # 16-bit white stays white
    assert c[:, :10].max() == 0 and c[:, -10:].min() == 255  # transparent is laid on white
    assert abs(int(b.mean()) - 80) < 10  # red in grey (ITU-R 601 luma ≈ 0.3·R)
    colour = read_image_folder(str(folder), size=32, channels=3)
    assert colour.images.shape == (6, 32, 32, 3)
    red = colour.images[1].reshape(-1, 3).mean(axis=0)
    assert red[0] > 230 and red[1] < 30 and red[2] < 30


def test_one_class_only_is_refused_with_its_name(tmp_path):
    _save(tmp_path / "only" / "x.png", _square(8, 1))
    _save(tmp_path / "only" / "y.png", _square(8, 2))
    with pytest.raises(DataError, match=r"one class only \(only\)"):
        read_image_folder(str(tmp_path))


def test_a_class_whose_files_are_all_unreadable_does_not_count(tmp_path):
    _save(tmp_path / "good" / "x.png", _square(8, 1))
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.png").write_text("hello")
    with pytest.raises(DataError, match="one class only"):
        read_image_folder(str(tmp_path))


@pytest.mark.parametrize("make, fragment", [
    (lambda root: None, "no sub-folders"),
    (lambda root: (root / "a").mkdir() or (root / "b").mkdir(), "are empty"),
    (lambda root: _save(root / "x.png", _square(8, 1)), "no sub-folders"),
], ids=["empty-folder", "empty-class-folders", "pictures-without-classes"])
def test_folders_without_pictures_to_learn_from_say_why(tmp_path, make, fragment):
    make(tmp_path)
    with pytest.raises(DataError, match=fragment):
        read_image_folder(str(tmp_path))


def test_nothing_readable_and_missing_folder(tmp_path):
    for cls in ("a", "b"):
        (tmp_path / cls).mkdir()
        (tmp_path / cls / "x.jpg").write_bytes(b"\xff\xd8 broken")
    with pytest.raises(DataError, match="None of the 2 files"):
        read_image_folder(str(tmp_path))
    with pytest.raises(DataError, match="does not exist"):
        read_image_folder(str(tmp_path / "nowhere"))


def test_progress_and_cancel(folder):
    seen = []
    read_image_folder(str(folder), progress=seen.append)
    assert seen[-1] == 1.0
    with pytest.raises(Cancelled):
        read_image_folder(str(folder), should_cancel=lambda: True)


def test_spec_builds_a_split_image_dataset_and_rejects_bad_settings(folder):
    spec = {"name": "image_folder", "path": str(folder), "size": 32, "channels": 3, "test_ratio": 0.34}
    ds = load_dataset(spec)
    assert ds.kind == "images" and ds.task == "classification"
    assert ds.input_shape == (32, 32, 3) and ds.x_train.shape[1:] == (32, 32, 3)
    assert ds.class_names == ("cats", "dogs") and ds.n_train + ds.n_test == 6
    assert 0.0 <= ds.x_train.min() and ds.x_train.max() <= 1.0
    again = load_dataset(dict(spec))
    np.testing.assert_array_equal(again.x_train, ds.x_train)
    assert resolve_spec({"name": "image_folder", "path": "p"})["size"] == 28
    with pytest.raises(DataError, match="channels"):
        resolve_spec({"name": "image_folder", "path": "p", "channels": 2})
    with pytest.raises(DataError, match="size"):
        resolve_spec({"name": "image_folder", "path": "p", "size": 4})


def test_a_project_keeps_the_picture_folder_as_its_data(folder, tmp_path):
    """Saved and opened again, a project reads the same pictures from the same folder; a folder
    that has gone away gives a message, not a crash."""
    from nnstudio.project import make_example
    from nnstudio.project.file_format import load_project, save_project

    doc = make_example("digits_cnn")
    spec = {"name": "image_folder", "path": str(folder), "size": 28, "channels": 1, "test_ratio": 0.34, "seed": 0}
    doc.set_data_spec(spec)
    path = tmp_path / "pets.nnstudio"
    save_project(doc, path)
    again = load_project(path)
    assert again.data_spec == spec
    np.testing.assert_array_equal(load_dataset(again.data_spec).x_train, load_dataset(spec).x_train)
    moved = dict(spec, path=str(tmp_path / "gone"))
    with pytest.raises(DataError, match="does not exist"):
        load_dataset(moved)
