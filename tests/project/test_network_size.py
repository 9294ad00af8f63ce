"""A network's size is checked from its shapes before anything is allocated: a warning for a very
large one, a refusal for one that needs more memory than the computer has; the summary, the
insight views and a .keras file with a huge layer never allocate its weights."""

from __future__ import annotations

import tracemalloc

import pytest

from nnstudio.engine import budget
from nnstudio.errors import NNStudioError
from nnstudio.project import validate_network

GB = 1024**3


def dense_net(units, inputs=2):
    return [{"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [inputs]}},
            {"class_name": "Dense", "config": {"name": "huge", "units": units}},
            {"class_name": "Dense", "config": {"name": "out", "units": 2}}]


@pytest.fixture
def eight_gb(monkeypatch):
    monkeypatch.setattr(budget, "machine_memory", lambda: 8 * GB)


def test_a_network_larger_than_the_memory_is_refused_naming_the_layer(eight_gb):
    report = validate_network(dense_net(10**9))
    assert not report.ok and report.layers[report.error_index].name == "huge"
    assert "would need 74.5 GB of memory to train (5,000,000,002 parameters)" in report.error
    assert "(8.0 GB)" in report.error


def test_a_very_large_network_trains_with_a_warning(eight_gb):
    report = validate_network(dense_net(50_000_000))
    assert report.ok and "needs about 3.7 GB" in report.warning
    small = validate_network(dense_net(16))
    assert small.ok and small.warning is None


def test_the_summary_of_a_huge_network_allocates_nothing(eight_gb):
    report = validate_network(dense_net(10**9))
    tracemalloc.start()
    text = report.summary_text("huge")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "3,000,000,000" in text and peak < 10 * 1024**2


def test_the_insight_views_decline_a_network_beyond_their_budget():
    from nnstudio.data import load_dataset
    from nnstudio.insight.live_model import insight_model
    from nnstudio.project import make_example

    doc = make_example("xor")
    dataset = load_dataset(doc.data_spec)
    for units, phrase in ((budget.INSIGHT_MAX_PARAMS, "too large to look inside"),
                          (budget.INSIGHT_MAX_WIDTH + 1, "too wide to look inside")):
        doc.layers = dense_net(units)
        tracemalloc.start()
        with pytest.raises(NNStudioError, match=phrase):
            insight_model(doc, dataset)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 20 * 1024**2
    doc.layers = dense_net(64)
    assert insight_model(doc, dataset) is not None
    hidden = [{"class_name": "Dense", "config": {"units": 3, "activation": "tanh"}}]
    doc.layers = dense_net(3)[:1] + hidden * (budget.INSIGHT_MAX_LAYERS - 1) + dense_net(3)[-1:]
    assert insight_model(doc, dataset) is not None
    doc.layers = doc.layers[:1] + hidden + doc.layers[1:]
    with pytest.raises(NNStudioError, match=f"too deep to look inside here \\({budget.INSIGHT_MAX_LAYERS + 1:,} layers"):
        insight_model(doc, dataset)


def test_a_keras_file_with_a_huge_layer_is_refused_before_building(tmp_path, eight_gb):
    import json
    import zipfile

    from nnstudio import keras
    from nnstudio.errors import ProjectFileError

    model = keras.models.Sequential([keras.layers.Input((2,)), keras.layers.Dense(3), keras.layers.Dense(2)])
    path = tmp_path / "m.keras"
    model.save(path)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    config = json.loads(members["config.json"])
    config["config"]["layers"][1]["config"]["units"] = 10**9
    members["config.json"] = json.dumps(config).encode()
    huge = tmp_path / "huge.keras"
    with zipfile.ZipFile(huge, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    tracemalloc.start()
    with pytest.raises(ProjectFileError, match="needs 37.3 GB of memory to open"):
        keras.models.load_model(huge)
    assert tracemalloc.get_traced_memory()[1] < 20 * 1024**2
    tracemalloc.stop()


def test_training_and_exporting_a_network_beyond_the_memory_are_refused_before_allocating(eight_gb):
    from nnstudio.data import load_dataset
    from nnstudio.project import make_example, model_for_project

    doc = make_example("xor")
    doc.layers = dense_net(10**9)
    tracemalloc.start()
    with pytest.raises(NNStudioError, match="would need 74.5 GB"):
        model_for_project(doc, load_dataset(doc.data_spec))
    assert tracemalloc.get_traced_memory()[1] < 20 * 1024**2
    tracemalloc.stop()
