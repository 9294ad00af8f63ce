"""Undoable edits: each redo applies, each undo restores exactly; typing merges; weights survive
only edits that keep every weight's shape."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from nnstudio.project import commands as c
from nnstudio.project.examples import make_example
from nnstudio.project.training_config import TrainingConfig


@pytest.fixture
def doc():
    return make_example("circle")


def roundtrip(doc, command):
    before = copy.deepcopy(doc.layers)
    command.redo(doc)
    after = copy.deepcopy(doc.layers)
    command.undo(doc)
    assert doc.layers == before
    command.redo(doc)                      # redo after undo gives the same result again
    assert doc.layers == after
    return after


def names(layers):
    return [s["config"]["name"] for s in layers]


def test_insert_remove_move_duplicate(doc):
    after = roundtrip(doc, c.InsertLayer(1, "Dropout"))
    assert names(after) == ["input_layer", "dropout", "dense", "dense_1", "dense_2"]
    after = roundtrip(doc, c.MoveLayer(1, 3))
    assert names(after) == ["input_layer", "dense", "dense_1", "dropout", "dense_2"]
    after = roundtrip(doc, c.DuplicateLayer(1))
    assert names(after)[2] == "dense_copy"
    after = roundtrip(doc, c.RemoveLayer(4))
    assert "dropout" not in names(after)
    after = roundtrip(doc, c.InsertLayer(1, "Input"))
    assert after[1]["class_name"] == "InputLayer"


def test_set_layer_config_merges_consecutive_changes_of_one_setting(doc):
    first = c.SetLayerConfig(1, {"units": 5})
    first.redo(doc)
    second = c.SetLayerConfig(1, {"units": 64})
    second.redo(doc)
    assert first.merge_with(second)
    assert not first.merge_with(c.SetLayerConfig(1, {"activation": "relu"}))
    assert not first.merge_with(c.SetLayerConfig(2, {"units": 3}))
    first.undo(doc)
    assert doc.layers[1]["config"]["units"] == 4
    first.redo(doc)
    assert doc.layers[1]["config"]["units"] == 64


def test_weights_survive_only_shape_preserving_edits(doc):
    doc.set_weights([np.ones((2, 4)), np.ones(4), np.ones((4, 2)), np.ones(2), np.ones((2, 2)), np.ones(2)])
    keep = c.SetLayerConfig(1, {"activation": "relu"})
    keep.redo(doc)
    assert doc.weights is not None
    drop = c.SetLayerConfig(1, {"units": 8})
    drop.redo(doc)
    assert doc.weights is None
    drop.undo(doc)
    assert doc.weights is not None and doc.weights[0].shape == (2, 4)


def test_replace_network_and_training_config(doc):
    layers = [{"class_name": "InputLayer", "config": {"name": "input_layer", "shape": [2]}},
              {"class_name": "Dense", "config": {"name": "out", "units": 2}}]
    assert roundtrip(doc, c.ReplaceNetwork(layers)) == layers
    config = copy.deepcopy(doc.training)
    config.learning_rate = 0.5
    cmd = c.SetTrainingConfig(config)
    before = doc.training.to_dict()
    cmd.redo(doc)
    assert doc.training.learning_rate == 0.5
    cmd.undo(doc)
    assert doc.training.to_dict() == before


def test_load_project_resets_the_path_and_undo_restores_it(doc):
    doc.set_path("/tmp/mine.nnstudio")
    mine = copy.deepcopy(doc.layers)
    cmd = c.LoadProject(make_example("spiral"))
    cmd.redo(doc)
    assert doc.title == "Spiral" and doc.path is None and doc.dirty
    assert len(doc.layers) == 5
    cmd.undo(doc)
    assert doc.layers == mine and doc.path == "/tmp/mine.nnstudio" and doc.title == "Circle"


def test_set_data_spec_moves_the_input_with_the_data(doc):
    cmd = c.SetDataSpec({"name": "iris"}, input_shape=(4,))
    cmd.redo(doc)
    assert doc.layers[0]["config"]["shape"] == [4] and doc.data_spec == {"name": "iris"}
    cmd.undo(doc)
    assert doc.layers[0]["config"]["shape"] == [2] and doc.data_spec["name"] == "circle"


def test_commands_notify_the_document(doc):
    seen = []
    doc.changed.connect(seen.append)
    c.InsertLayer(1, "ReLU").redo(doc)
    assert "network" in seen and doc.dirty
    seen.clear()
    c.SetTrainingConfig(TrainingConfig(learning_rate=0.1)).redo(doc)
    assert seen == ["training"]
