"""Losses: dL/dy_pred by finite differences for every loss in every mode, values against torch,
Keras's names and clipping."""

import numpy as np
import pytest

from nnstudio import keras
from nnstudio.engine import losses
from tests.engine.gradcheck import TOLERANCE, check_loss

N, K = 5, 4


def _softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _cases():
    """(id, loss, y_true, y_pred): every loss, from logits and from probabilities."""
    rng = np.random.default_rng(0)
    labels = rng.integers(0, K, N)
    onehot = np.eye(K)[labels]
    soft = _softmax(rng.standard_normal((N, K)))
    logits = rng.standard_normal((N, K)) * 2
    bin_true = rng.integers(0, 2, (N, 3)).astype(float)
    bin_logits = rng.standard_normal((N, 3)) * 2
    target = rng.standard_normal((N, 3))
    # residuals of size 0.2 … 2 with either sign: none near the |d| kink at 0, both Huber regimes
    residual = rng.choice([-1, 1], (N, 3)) * rng.uniform(0.2, 2.0, (N, 3))
    return [
        ("scce_logits", losses.SparseCategoricalCrossentropy(from_logits=True), labels, logits),
        ("scce_probs", losses.SparseCategoricalCrossentropy(), labels, _softmax(logits)),
        ("cce_logits_onehot", losses.CategoricalCrossentropy(from_logits=True), onehot, logits),
        ("cce_logits_soft", losses.CategoricalCrossentropy(from_logits=True), soft, logits),
        ("cce_probs", losses.CategoricalCrossentropy(), soft, _softmax(logits)),
        # not summing to 1: Keras renormalises, and the gradient must include that
        ("cce_unnormalised", losses.CategoricalCrossentropy(), onehot, rng.uniform(0.1, 1.0, (N, K))),
        ("bce_logits", losses.BinaryCrossentropy(from_logits=True), bin_true, bin_logits),
        ("bce_probs", losses.BinaryCrossentropy(), bin_true, _sigmoid(bin_logits)),
        ("bce_soft_targets", losses.BinaryCrossentropy(), rng.uniform(0, 1, (N, 3)), _sigmoid(bin_logits)),
        ("mse", losses.MeanSquaredError(), target, target + residual),
        ("mae", losses.MeanAbsoluteError(), target, target + residual),
        ("huber", losses.Huber(), target, target + residual),
        ("huber_delta_0.5", losses.Huber(delta=0.5), target, target + residual),
    ]


CASES = _cases()


@pytest.mark.parametrize("loss, y_true, y_pred", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_loss_gradient(loss, y_true, y_pred):
    assert check_loss(loss, y_true, y_pred.copy()) <= TOLERANCE


def _torch_value(case_id, y_true, y_pred):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    t, p = torch.from_numpy(np.asarray(y_true, dtype=np.float64)), torch.from_numpy(y_pred)
    eps = keras.config.epsilon()
    if case_id == "scce_logits":
        return F.cross_entropy(p, t.long())
    if case_id == "scce_probs":
        return F.nll_loss(torch.log(p.clamp(eps, 1 - eps)), t.long())
    if case_id.startswith("cce_logits"):
        return F.cross_entropy(p, t)
    if case_id in ("cce_probs", "cce_unnormalised"):
        q = (p / p.sum(-1, keepdim=True)).clamp(eps, 1 - eps)
        return -(t * torch.log(q)).sum(-1).mean()
    if case_id == "bce_logits":
        return F.binary_cross_entropy_with_logits(p, t)
    if case_id.startswith("bce"):
        return F.binary_cross_entropy(p.clamp(eps, 1 - eps), t)
    if case_id == "mse":
        return F.mse_loss(p, t)
    if case_id == "mae":
        return F.l1_loss(p, t)
    return F.huber_loss(p, t, delta=0.5 if case_id.endswith("0.5") else 1.0)


@pytest.mark.parametrize("case_id, loss, y_true, y_pred", CASES, ids=[c[0] for c in CASES])
def test_loss_value_matches_torch(float64, case_id, loss, y_true, y_pred):
    expected = float(_torch_value(case_id, y_true, y_pred))
    assert loss(y_true, y_pred) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("name, cls", [
    ("sparse_categorical_crossentropy", losses.SparseCategoricalCrossentropy),
    ("categorical_crossentropy", losses.CategoricalCrossentropy),
    ("binary_crossentropy", losses.BinaryCrossentropy),
    ("mse", losses.MeanSquaredError), ("mean_squared_error", losses.MeanSquaredError),
    ("mae", losses.MeanAbsoluteError), ("mean_absolute_error", losses.MeanAbsoluteError),
    ("huber", losses.Huber),
])
def test_loss_string_names(name, cls):
    assert type(losses.get(name)) is cls
    assert type(losses.get(losses.serialize(cls()))) is cls


def test_unknown_loss_and_bad_delta_name_the_value():
    with pytest.raises(ValueError, match="loss='cross_entropy'"):
        losses.get("cross_entropy")
    with pytest.raises(ValueError, match="delta=0"):
        keras.losses.Huber(delta=0)


def test_probabilities_are_clipped_like_keras():
    eps = keras.config.epsilon()
    loss, grad = losses.SparseCategoricalCrossentropy().forward_backward(
        np.array([0, 1]), np.array([[0.0, 1.0], [0.5, 0.5]]))
    assert loss == pytest.approx((-np.log(eps) - np.log(0.5)) / 2, rel=1e-6)
    assert np.isfinite(grad).all() and grad[0, 0] == 0  # clipped: no gradient, as in Keras
    loss, grad = losses.BinaryCrossentropy().forward_backward(np.array([[1.0]]), np.array([[0.0]]))
    assert loss == pytest.approx(-np.log(eps), rel=1e-6) and np.isfinite(grad).all()


def test_logits_losses_are_stable_for_huge_logits():
    loss, grad = losses.SparseCategoricalCrossentropy(from_logits=True).forward_backward(
        np.array([0]), np.array([[1000.0, -1000.0]]))
    assert loss == 0.0 and np.isfinite(grad).all()
    loss, grad = losses.BinaryCrossentropy(from_logits=True).forward_backward(
        np.array([[0.0]]), np.array([[-1000.0]]))
    assert loss == 0.0 and np.isfinite(grad).all()


def test_sparse_labels_out_of_range_are_rejected():
    with pytest.raises(ValueError, match="0 … 2"):
        losses.SparseCategoricalCrossentropy(from_logits=True).forward_backward(np.array([3]), np.zeros((1, 3)))


def test_losses_keep_float32():
    rng = np.random.default_rng(0)
    pred = rng.uniform(0.1, 0.9, (4, 3)).astype(np.float32)
    for case_id, loss, y_true, _ in CASES:
        shaped = pred if "scce" in case_id or "cce" in case_id or "bce" in case_id else pred - 0.5
        _, grad = loss.forward_backward(y_true[:4, :3] if np.ndim(y_true) == 2 else y_true[:4] % 3, shaped)
        assert grad.dtype == np.float32, case_id


FUNCTIONAL = {"scce": losses.sparse_categorical_crossentropy, "cce": losses.categorical_crossentropy,
              "bce": losses.binary_crossentropy, "mse": losses.mean_squared_error,
              "mae": losses.mean_absolute_error, "huber": losses.huber}


def _functional_kwargs(loss):
    """The functional form's arguments that say what the loss object says."""
    if isinstance(loss, losses.Huber):
        return {"delta": loss.delta}
    return {"from_logits": True} if getattr(loss, "from_logits", False) else {}


def _functional_call(case_id, loss, y_true, y_pred):
    return FUNCTIONAL[case_id.split("_")[0]](y_true, y_pred, **_functional_kwargs(loss))


@pytest.mark.parametrize("case_id, loss, y_true, y_pred", CASES, ids=[c[0] for c in CASES])
def test_functional_losses_give_one_value_per_sample_averaging_to_the_class_loss(float64, case_id, loss,
                                                                                  y_true, y_pred):
    per_sample = _functional_call(case_id, loss, y_true, y_pred)
    assert per_sample.shape == (N,)
    assert float(per_sample.mean()) == pytest.approx(loss(y_true, y_pred), rel=1e-12)


@pytest.mark.parametrize("case_id, loss, y_true, y_pred", CASES, ids=[c[0] for c in CASES])
def test_functional_losses_match_real_keras(float64, case_id, loss, y_true, y_pred):
    import os

    os.environ.setdefault("KERAS_BACKEND", "torch")
    real = pytest.importorskip("keras")
    fn = getattr(real.losses, FUNCTIONAL[case_id.split("_")[0]].__name__)
    expected = real.ops.convert_to_numpy(fn(real.ops.convert_to_tensor(y_true), real.ops.convert_to_tensor(y_pred),
                                            **_functional_kwargs(loss)))
    np.testing.assert_allclose(_functional_call(case_id, loss, y_true, y_pred), expected, rtol=1e-6, atol=1e-12)


def test_compile_takes_the_functional_forms():
    for fn, cls in ((keras.losses.mse, losses.MeanSquaredError), (keras.losses.mae, losses.MeanAbsoluteError),
                    (keras.losses.sparse_categorical_crossentropy, losses.SparseCategoricalCrossentropy)):
        assert type(losses.get(fn)) is cls
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    model.compile(optimizer="sgd", loss=keras.losses.mse)
    x = np.zeros((4, 3), np.float32)
    assert model.evaluate(x, np.ones((4, 2), np.float32), verbose=0) == pytest.approx(1.0)
