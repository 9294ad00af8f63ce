"""Optimizers: three steps against torch.optim (float64), one hand-computed step each from the
formulas in DESIGN.md, state round trip, float32 kept."""

import math

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine import optimizers
from nnstudio.engine.optimizers import OptimizerState

# (id, our optimizer, torch optimizer class name, torch kwargs): equal hyperparameters
PAIRS = [
    ("sgd", lambda: keras.optimizers.SGD(learning_rate=0.1), "SGD", dict(lr=0.1)),
    ("sgd_momentum", lambda: keras.optimizers.SGD(learning_rate=0.1, momentum=0.9),
     "SGD", dict(lr=0.1, momentum=0.9)),
    ("sgd_nesterov", lambda: keras.optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=True),
     "SGD", dict(lr=0.1, momentum=0.9, nesterov=True)),
    ("rmsprop", lambda: keras.optimizers.RMSprop(learning_rate=0.01, rho=0.8, epsilon=1e-6),
     "RMSprop", dict(lr=0.01, alpha=0.8, eps=1e-6)),
    ("rmsprop_momentum", lambda: keras.optimizers.RMSprop(learning_rate=0.01, rho=0.8, momentum=0.5, epsilon=1e-6),
     "RMSprop", dict(lr=0.01, alpha=0.8, momentum=0.5, eps=1e-6)),
    ("adam", lambda: keras.optimizers.Adam(learning_rate=0.01, beta_1=0.8, beta_2=0.95, epsilon=1e-6),
     "Adam", dict(lr=0.01, betas=(0.8, 0.95), eps=1e-6)),
    ("adamw", lambda: keras.optimizers.AdamW(learning_rate=0.01, weight_decay=0.1, beta_1=0.8, beta_2=0.95,
                                             epsilon=1e-6),
     "AdamW", dict(lr=0.01, weight_decay=0.1, betas=(0.8, 0.95), eps=1e-6)),
    ("adagrad", lambda: keras.optimizers.Adagrad(learning_rate=0.1, initial_accumulator_value=0.2, epsilon=1e-6),
     "Adagrad", dict(lr=0.1, initial_accumulator_value=0.2, eps=1e-6)),
]


def _mlp(optimizer):
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(5, activation="tanh"), keras.layers.Dense(3)])
    model.compile(optimizer=optimizer, loss="mse")
    return model


@pytest.mark.parametrize("make_ours, torch_name, torch_kwargs", [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_three_steps_equal_torch(float64, make_ours, torch_name, torch_kwargs):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(0)
    model = _mlp(make_ours())
    k1, b1, k2, b2 = model.get_weights()
    net = torch.nn.Sequential(torch.nn.Linear(4, 5), torch.nn.Tanh(), torch.nn.Linear(5, 3)).double()
    with torch.no_grad():  # Dense kernel is (in, out); torch's Linear weight is (out, in)
        for param, value in zip(net.parameters(), (k1.T, b1, k2.T, b2)):
            param.copy_(torch.from_numpy(value))
    opt = getattr(torch.optim, torch_name)(net.parameters(), **torch_kwargs)

    for _ in range(3):
        x, y = rng.standard_normal((8, 4)), rng.standard_normal((8, 3))
        model.train_on_batch(x, y)
        opt.zero_grad()
        torch.nn.functional.mse_loss(net(torch.from_numpy(x)), torch.from_numpy(y)).backward()
        opt.step()

    expected = [p.detach().numpy() for p in net.parameters()]
    expected = [expected[0].T, expected[1], expected[2].T, expected[3]]
    for ours, theirs, start in zip(model.get_weights(), expected, (k1, b1, k2, b2)):
        assert not np.allclose(ours, start)  # the steps did move the weights
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-6)
        np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)  # in practice: round-off only
    assert model.optimizer.iterations == 3


# ---- one step worked out by hand from DESIGN.md's formulas, from a non-trivial state ----------

THETA, GRAD = [1.0, -2.0, 0.5], [0.3, -0.1, -0.7]


def _one_step(opt, slots, iterations=0):
    """Apply one step of ``opt`` to THETA with GRAD from the given state (float64)."""
    var = np.array(THETA)
    opt.set_state(OptimizerState.from_values(None, iterations, {f"0/{k}": np.array(v) for k, v in slots.items()}),
                  [var])
    opt.apply([var], [np.array(GRAD)])
    return var, opt.get_state().values()       # the values the formula names, however they are kept


def test_sgd_step_by_hand():
    var, _ = _one_step(keras.optimizers.SGD(learning_rate=0.1), {})
    np.testing.assert_allclose(var, [t - 0.1 * g for t, g in zip(THETA, GRAD)], rtol=1e-15)


@pytest.mark.parametrize("nesterov", [False, True])
def test_sgd_momentum_step_by_hand(nesterov):
    lr, mu, b0 = 0.1, 0.9, [0.2, 0.0, -0.4]
    var, state = _one_step(keras.optimizers.SGD(learning_rate=lr, momentum=mu, nesterov=nesterov),
                           {"momentum": b0})
    b = [mu * bi + g for bi, g in zip(b0, GRAD)]                          # b ← μb + g
    step = [g + mu * bi for g, bi in zip(GRAD, b)] if nesterov else b     # Nesterov: g + μb
    np.testing.assert_allclose(state["0/momentum"], b, rtol=1e-15)
    np.testing.assert_allclose(var, [t - lr * s for t, s in zip(THETA, step)], rtol=1e-15)


@pytest.mark.parametrize("momentum", [0.0, 0.5])
def test_rmsprop_step_by_hand(momentum):
    lr, rho, eps, v0, b0 = 0.01, 0.8, 1e-3, [0.5, 0.1, 0.0], [0.1, -0.2, 0.3]
    slots = {"velocity": v0, **({"momentum": b0} if momentum else {})}
    var, state = _one_step(keras.optimizers.RMSprop(learning_rate=lr, rho=rho, momentum=momentum, epsilon=eps),
                           slots)
    v = [rho * vi + (1 - rho) * g * g for vi, g in zip(v0, GRAD)]          # v ← ρv + (1−ρ)g²
    scaled = [g / (math.sqrt(vi) + eps) for g, vi in zip(GRAD, v)]          # g/(√v + ε), ε outside
    if momentum:
        scaled = [momentum * bi + s for bi, s in zip(b0, scaled)]           # b ← μb + g/(√v + ε)
    np.testing.assert_allclose(state["0/velocity"], v, rtol=1e-15)
    np.testing.assert_allclose(var, [t - lr * s for t, s in zip(THETA, scaled)], rtol=1e-14)


@pytest.mark.parametrize("weight_decay", [None, 0.1], ids=["adam", "adamw"])
def test_adam_and_adamw_step_by_hand(weight_decay):
    lr, b1, b2, eps, t = 0.01, 0.8, 0.95, 1e-3, 3  # the third step: bias corrections matter
    m0, v0 = [0.05, -0.02, 0.1], [0.01, 0.002, 0.04]
    opt = (keras.optimizers.Adam(learning_rate=lr, beta_1=b1, beta_2=b2, epsilon=eps) if weight_decay is None
           else keras.optimizers.AdamW(learning_rate=lr, weight_decay=weight_decay, beta_1=b1, beta_2=b2,
                                       epsilon=eps))
    var, state = _one_step(opt, {"m": m0, "v": v0}, iterations=t - 1)
    theta = [th * (1 - lr * weight_decay) for th in THETA] if weight_decay else THETA  # θ ← θ − lr·wd·θ first
    m = [b1 * mi + (1 - b1) * g for mi, g in zip(m0, GRAD)]
    v = [b2 * vi + (1 - b2) * g * g for vi, g in zip(v0, GRAD)]
    m_hat = [mi / (1 - b1 ** t) for mi in m]
    v_hat = [vi / (1 - b2 ** t) for vi in v]
    expected = [th - lr * mh / (math.sqrt(vh) + eps) for th, mh, vh in zip(theta, m_hat, v_hat)]
    np.testing.assert_allclose(state["0/m"], m, rtol=1e-15)
    np.testing.assert_allclose(state["0/v"], v, rtol=1e-15)
    np.testing.assert_allclose(var, expected, rtol=1e-14)
    assert opt.iterations == t


def test_adagrad_step_by_hand_and_initial_accumulator():
    lr, eps, s0 = 0.1, 1e-3, 0.2
    opt = keras.optimizers.Adagrad(learning_rate=lr, initial_accumulator_value=s0, epsilon=eps)
    var = np.array(THETA)
    opt.apply([var], [np.array(GRAD)])  # s starts at initial_accumulator_value
    s = [s0 + g * g for g in GRAD]
    np.testing.assert_allclose(opt.get_state().slots["0/accumulator"], s, rtol=1e-15)
    np.testing.assert_allclose(var, [t - lr * g / (math.sqrt(si) + eps) for t, g, si in zip(THETA, GRAD, s)],
                               rtol=1e-14)


# ---- names, defaults, state, dtype ---------------------------------------------------------

@pytest.mark.parametrize("name, cls, lr", [("sgd", "SGD", 0.01), ("adam", "Adam", 0.001), ("rmsprop", "RMSprop", 0.001),
                                           ("adamw", "AdamW", 0.001), ("adagrad", "Adagrad", 0.001)])
def test_string_names_and_keras_default_learning_rates(name, cls, lr):
    opt = optimizers.get(name)
    assert type(opt).__name__ == cls and opt.learning_rate == lr
    clone = optimizers.get(optimizers.serialize(opt))
    assert clone.get_config() == opt.get_config()


@pytest.mark.parametrize("make, fragment", [
    (lambda: keras.optimizers.SGD(learning_rate=0), "learning_rate=0"),
    (lambda: keras.optimizers.SGD(momentum=1.5), "momentum=1.5"),
    (lambda: keras.optimizers.Adam(beta_1=1.0), "beta_1=1.0"),
    (lambda: keras.optimizers.Adam(clipnorm=1.0), "clipnorm=1.0"),
    (lambda: optimizers.get("adamax"), "optimizer='adamax'"),
])
def test_bad_optimizer_arguments(make, fragment):
    with pytest.raises(ValueError) as info:
        make()
    assert fragment in str(info.value)


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_state_round_trip_resumes_exactly(pair):
    rng = np.random.default_rng(1)
    batches = [(rng.standard_normal((8, 4)), rng.standard_normal((8, 3))) for _ in range(4)]
    straight = _mlp(pair[1]())
    resumed = _mlp(pair[1]())
    resumed.set_weights(straight.get_weights())
    for x, y in batches[:2]:
        straight.train_on_batch(x, y)
        resumed.train_on_batch(x, y)
    state = resumed.get_optimizer_state()
    weights = resumed.get_weights()
    fresh = _mlp(pair[1]())
    fresh.set_weights(weights)
    fresh.set_optimizer_state(state)
    for x, y in batches[2:]:
        straight.train_on_batch(x, y)
        fresh.train_on_batch(x, y)
    for a, b in zip(straight.get_weights(), fresh.get_weights()):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_float32_weights_and_slots_stay_float32(pair):
    model = _mlp(pair[1]())
    rng = np.random.default_rng(2)
    model.fit(rng.standard_normal((40, 4)), rng.standard_normal((40, 3)), batch_size=16, epochs=2, verbose=0)
    assert all(w.dtype == np.float32 for w in model.get_weights())
    assert all(a.dtype == np.float32 for a in model.get_optimizer_state().slots.values())


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_flat_chunked_threaded_update_equals_per_variable_update(pair):
    """The model lays weights out flat, so the optimizer updates them in chunks (over threads for
    large networks); that must give exactly the per-variable result."""
    from nnstudio.engine.optimizers import base

    model = keras.Sequential([keras.Input((300,)), keras.layers.Dense(500, activation="tanh"),
                              keras.layers.Dense(3)])  # 152,003 weights: several chunks, threads
    assert sum(w.size for w in model.trainable_weights) >= base.PARALLEL_MIN
    model.compile(optimizer=pair[1](), loss="mse")
    separate_vars = [w.copy() for w in model.trainable_weights]
    separate = pair[1]()
    rng = np.random.default_rng(0)
    for _ in range(3):
        x, y = rng.standard_normal((4, 300)), rng.standard_normal((4, 3))
        x, y = model.prepare(x, y)
        _, _, grads = model.compute_gradients(x, y)  # copies
        separate.apply(separate_vars, grads)
        model.train_batch(x, y)  # the same gradients again, from the model's flat buffers
    assert model.optimizer._plan is not None and len(model.optimizer._plan[2]) > 1  # the flat path ran
    for a, b in zip(model.trainable_weights, separate_vars):
        np.testing.assert_array_equal(a, b)
    for flat_slots, own_slots in zip(model.optimizer.slots, separate.slots):
        for k in own_slots:
            np.testing.assert_array_equal(flat_slots[k], own_slots[k])
