"""Engine test fixtures: float64 for gradient checks, a fixed seed, fresh layer names."""

import pytest

from nnstudio import keras


@pytest.fixture(autouse=True)
def _engine_state():
    """Every test starts from seed 0, float32 and fresh layer names, whatever the previous test left."""
    keras.config.set_floatx("float32")
    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    yield
    keras.config.set_floatx("float32")


@pytest.fixture
def float64():
    """Run the test in float64 (gradient checks, torch comparisons); float32 is restored after."""
    previous = keras.config.floatx()
    keras.config.set_floatx("float64")
    yield
    keras.config.set_floatx(previous)
