import pytest

from mortgage import monthly_payment, total_interest


@pytest.mark.parametrize(
    "principal, rate, years, expected",
    [
        (200_000, 0.04, 30, 954.83),
        (120_000, 0.0, 10, 1000.0),
        (50_000, 0.06, 5, 966.64),
    ],
)
def test_monthly_payment(principal, rate, years, expected):
    assert monthly_payment(principal, rate, years=years) == expected


def test_total_interest_thirty_years():
    assert total_interest(200_000, 0.04, years=30) == 143738.8
