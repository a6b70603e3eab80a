import pytest

from jobq.retry import retry_delay, retry_plan


def test_first_retry_waits_base():
    assert retry_delay(0) == 0.5


def test_plan_doubles():
    assert retry_plan(6) == [0.5 * 2**n for n in range(6)]


def test_cap():
    assert retry_delay(12) == 60.0


def test_custom_base_and_factor():
    assert retry_plan(3, base=1.0, factor=3.0) == [1.0, 3.0, 9.0]


def test_negative_attempt():
    with pytest.raises(ValueError):
        retry_delay(-1)
