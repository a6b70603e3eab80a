import pytest

from gym.pricing import monthly_fee


@pytest.mark.parametrize(
    "tier, student, expected",
    [
        pytest.param("guest", False, 120.0, id="walk in guest"),
        pytest.param("silver", False, 108.0, id="silver member"),
        pytest.param("gold", False, 96.0, id="gold member"),
        pytest.param("guest", True, 102.0, id="student guest"),
    ],
)
def test_monthly_fee(tier, student, expected):
    assert monthly_fee(120.0, tier, student) == expected
