import numpy as np

from nnstudio import keras
from nnstudio.data import load_dataset
from nnstudio.engine import optimizers
from nnstudio.insight.glass_box import batch_indices, neuron_computation, optimizer_formula, optimizer_step
from nnstudio.project import model_for_project
from tests.insight.trained import trained_doc


def test_neuron_computation_is_the_engines_forward_pass():
    doc, ws, _ = trained_doc("circle")
    model = model_for_project(doc, ws.dataset)
    x = ws.dataset.x_train[3]
    c = neuron_computation(model, 1, 0, x)
    hidden = model.layers[0].forward(x[None], False)
    assert np.allclose(c.inputs, hidden[0])
    assert np.isclose(c.weighted_sum, c.products.sum() + c.bias, atol=1e-5)
    assert np.isclose(c.output, np.tanh(c.weighted_sum), atol=1e-6)
    assert np.isclose(c.output, model.layers[1].forward(hidden, False)[0, 0])


def test_sgd_step_update_is_minus_lr_times_gradient():
    keras.utils.set_random_seed(0)
    ds = load_dataset({"name": "xor"})
    model = keras.models.Sequential([keras.layers.Input((2,)), keras.layers.Dense(3, activation="tanh"),
                                     keras.layers.Dense(2)])
    model.compile(optimizer=keras.optimizers.SGD(0.1),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    before = model.get_weights()
    rec = optimizer_step(model, ds, batch_indices(ds.n_train, 8, 0))
    assert rec.iteration == 1 and rec.batch.tolist() == list(range(8))
    key = (0, "kernel")
    assert np.allclose(rec.update(key), -0.1 * rec.gradients[key], atol=1e-7)
    assert np.allclose(rec.after[key] - before[0], rec.update(key))
    assert np.array_equal(model.layers[0].weights_dict["kernel"], rec.after[key])


def test_batches_walk_through_the_training_set_and_wrap():
    assert batch_indices(10, 4, 0).tolist() == [0, 1, 2, 3]
    assert batch_indices(10, 4, 2).tolist() == [8, 9, 0, 1]
    assert batch_indices(3, 32, 5).tolist() == [0, 1, 2]


def test_each_optimizer_names_its_formula():
    name, rule, params = optimizer_formula(optimizers.Adam(learning_rate=0.01))
    assert name == "Adam" and "m̂/(√v̂ + ε)" in rule and "lr = 0.01" in params
    assert optimizer_formula(optimizers.AdamW())[1].startswith("θ ← θ − lr·wd·θ")
    assert optimizer_formula(optimizers.SGD())[1] == "θ ← θ − lr·g"
    assert "μb" in optimizer_formula(optimizers.SGD(momentum=0.9))[1]
    assert "√v + ε" in optimizer_formula(optimizers.RMSprop())[1]
    assert "√s + ε" in optimizer_formula(optimizers.Adagrad())[1]
