"""A run's record, as the window and ``nnstudio train`` both write it: a second run continues the
first (epochs, schedule, optimizer), and a saved project trains on as if it had never been closed."""

import numpy as np
import pytest

from nnstudio.cli import main
from nnstudio.data import load_dataset
from nnstudio.engine.optimizers import NAMES
from nnstudio.project import load_project, make_example, save_project
from nnstudio.project.history import RunStatus
from nnstudio.training import RunRecorder


def circle(optimizer="adam", epochs=3, **training):
    doc = make_example("circle")
    doc.training.optimizer, doc.training.epochs = optimizer, epochs
    doc.training.momentum = 0.9 if optimizer in ("sgd", "rmsprop") else 0.0   # give SGD a slot to keep
    doc.training.lr_schedule, doc.training.schedule_step_epochs = "step", 2
    for k, v in training.items():
        setattr(doc.training, k, v)
    return doc


def assert_same_training(a, b):
    for x, y in zip(a.weights, b.weights, strict=True):
        np.testing.assert_array_equal(x, y)
    sa, sb = a.optimizer_state, b.optimizer_state
    assert sa.class_name == sb.class_name and sa.iterations == sb.iterations
    assert sorted(sa.slots) == sorted(sb.slots)
    for k in sa.slots:
        np.testing.assert_array_equal(sa.slots[k], sb.slots[k])


def test_the_recorder_writes_epochs_trace_status_and_weights():
    doc = circle(epochs=2)
    recorder = RunRecorder(doc, load_dataset(doc.data_spec))
    run = recorder.begin()
    assert run.status == RunStatus.RUNNING and run.settings["initial_epoch"] == 0
    state = recorder.session(report=recorder.record).run()
    recorder.end(state)
    assert recorder.write_weights() and doc.weights is not None
    assert run.status == RunStatus.FINISHED and [e["epoch"] for e in run.epochs] == [1, 2]
    assert len(run.batch_loss) == 2 * run.settings["batches_per_epoch"]
    assert doc.optimizer_state.class_name == "Adam" and doc.optimizer_state.iterations == len(run.batch_loss)


def test_training_twice_on_the_command_line_continues_epochs_and_schedule(tmp_path, capsys):
    path = tmp_path / "p.nnstudio"
    save_project(circle(epochs=2, learning_rate=0.05, schedule_gamma=0.5), path)
    assert main(["train", str(path)]) == 0
    assert main(["train", str(path)]) == 0
    first, second = load_project(path).history.runs
    assert [e["epoch"] for e in first.epochs] == [1, 2]
    assert [e["epoch"] for e in second.epochs] == [3, 4]
    assert second.settings["initial_epoch"] == 2 and second.settings["epochs_total"] == 4
    assert second.settings["batches_per_epoch"] == first.settings["batches_per_epoch"] > 1
    assert [e["lr"] for e in first.epochs + second.epochs] == pytest.approx([0.05, 0.05, 0.025, 0.025])
    assert "Trained 2 epoch(s) of 2" in capsys.readouterr().out


@pytest.mark.parametrize("optimizer", NAMES)
def test_three_epochs_saved_reopened_and_three_more_equal_six_straight_on_the_command_line(tmp_path, optimizer):
    straight, halves = tmp_path / "straight.nnstudio", tmp_path / "halves.nnstudio"
    save_project(circle(optimizer, epochs=6), straight)
    save_project(circle(optimizer, epochs=3), halves)
    assert main(["train", str(straight)]) == 0
    assert main(["train", str(halves)]) == 0
    assert main(["train", str(halves), "--epochs", "6"]) == 0
    a, b = load_project(straight), load_project(halves)
    assert_same_training(a, b)
    assert [e["epoch"] for r in b.history.runs for e in r.epochs] == [1, 2, 3, 4, 5, 6]
    assert [e["loss"] for r in b.history.runs for e in r.epochs] == [e["loss"] for e in a.history.current.epochs]
