"""Live validation: shapes, parameter counts, plain-words errors and one-click fixes; the workspace
that recomputes them after every edit; the examples all start valid."""

from __future__ import annotations

import pytest

from nnstudio.project.examples import EXAMPLES, make_example
from nnstudio.project.network import key_setting, new_layer_spec
from nnstudio.project.validation import validate_network
from nnstudio.project.workspace import Workspace


def L(cls, **config):
    return {"class_name": cls, "config": {"name": cls.lower() + str(len(config)), **config}}


def test_shapes_and_parameter_counts():
    layers = [L("InputLayer", shape=[8, 8, 1]), L("Conv2D", filters=4, kernel_size=[3, 3], padding="same"),
              L("MaxPooling2D", pool_size=[2, 2]), L("Flatten"), L("Dense", units=10)]
    for i, spec in enumerate(layers):
        spec["config"]["name"] = f"l{i}"
    report = validate_network(layers, (8, 8, 1), "classification", 10)
    assert report.ok
    assert [c.output_shape for c in report.layers] == [(8, 8, 1), (8, 8, 4), (4, 4, 4), (64,), (10,)]
    assert [c.params for c in report.layers] == [0, 3 * 3 * 1 * 4 + 4, 0, 0, 64 * 10 + 10]
    assert "l4 (Dense)" in report.summary_text() and "Total params: 690" in report.summary_text()


def test_a_long_summary_lists_the_first_layers_and_counts_the_rest():
    layers = [L("InputLayer", shape=[4])] + [L("Dense", units=3 + i % 2) for i in range(30)]
    for i, spec in enumerate(layers):
        spec["config"]["name"] = f"l{i}"
    layers[7]["config"]["trainable"] = False
    report = validate_network(layers, (4,), "classification", 4)
    full, short = report.summary_text(), report.summary_text(max_rows=5)
    totals = [line for line in full.splitlines() if "params:" in line]
    assert len(totals) == 3 and "Non-trainable params: 15 (60.00 B)" in totals[2]
    assert [line for line in short.splitlines() if "params:" in line] == totals
    assert "l5 (Dense)" in short and "l6 (Dense)" not in short and "… 25 more layers" in short
    assert report.summary_text(max_rows=30) == full


def test_conv_after_dense_says_why():
    layers = [L("InputLayer", shape=[2]), L("Dense", units=64), L("Conv2D", filters=4, kernel_size=3)]
    layers[2]["config"]["name"] = "conv"
    report = validate_network(layers, (2,), "classification", 2)
    assert report.layers[2].error == "Conv2D needs an image (height, width, channels); it gets a vector of 64."
    assert report.error_index == 2 and report.error.startswith("conv: ")


def test_output_size_fix():
    layers = [L("InputLayer", shape=[2]), L("Dense", units=3)]
    report = validate_network(layers, (2,), "classification", 2)
    fix = report.layers[1].fix
    assert fix is not None and fix.changes == {"units": 2} and fix.layer_index == 1
    layers[1]["config"].update(fix.changes)
    assert validate_network(layers, (2,), "classification", 2).ok


def test_input_shape_fix():
    layers = [L("InputLayer", shape=[32]), L("Dense", units=2)]
    report = validate_network(layers, (2,), "classification", 2)
    assert report.layers[0].fix.changes == {"shape": [2]}


def test_workspace_revalidates_on_every_edit():
    doc = make_example("circle")
    ws = Workspace(doc)
    reports = []
    ws.report_changed.connect(reports.append)
    assert ws.why_not_trainable() is None
    layers = [dict(s) for s in doc.layers]
    layers.insert(2, new_layer_spec("Conv2D", [s["config"]["name"] for s in layers]))
    doc.set_layers(layers)
    assert reports and not ws.report.ok
    assert "Conv2D needs an image" in ws.why_not_trainable()


@pytest.mark.parametrize("key", list(EXAMPLES))
def test_every_example_is_ready_to_train(key):
    doc = make_example(key)
    ws = Workspace(doc)
    assert ws.why_not_trainable() is None, ws.why_not_trainable()
    assert doc.teacher_note and EXAMPLES[key].description


def test_key_settings():
    assert key_setting({"class_name": "Dense", "config": {"units": 64, "activation": "relu"}}) == "64 units · relu"
    assert key_setting({"class_name": "Dropout", "config": {"rate": 0.2}}) == "rate 0.2"
    names = []
    for _ in range(3):
        names.append(new_layer_spec("Dense", names)["config"]["name"])
    assert names == ["dense", "dense_1", "dense_2"]
