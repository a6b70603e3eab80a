import pytest

from backoff import delays


def test_doubles_from_default_base():
    assert delays(5) == [0.5, 1.0, 2.0, 4.0, 8.0]


def test_capped():
    assert delays(8)[-2:] == [30.0, 30.0]


def test_custom_cap():
    assert delays(3, base=2.0, cap=5.0) == [2.0, 4.0, 5.0]


def test_negative_attempts_rejected():
    with pytest.raises(ValueError):
        delays(-1)
