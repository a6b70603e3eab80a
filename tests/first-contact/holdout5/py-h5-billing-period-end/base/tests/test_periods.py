from datetime import date
from decimal import Decimal

import pytest

from periods import Period, period_for, prorate


@pytest.mark.parametrize(
    "day, anchor, expected",
    [
        (date(2024, 3, 10), 1, Period(date(2024, 3, 1), date(2024, 3, 31))),
        (date(2024, 2, 29), 1, Period(date(2024, 2, 1), date(2024, 2, 29))),
        (date(2024, 3, 10), 15, Period(date(2024, 2, 15), date(2024, 3, 14))),
        (date(2024, 3, 15), 15, Period(date(2024, 3, 15), date(2024, 4, 14))),
        (date(2024, 12, 20), 15, Period(date(2024, 12, 15), date(2025, 1, 14))),
        (date(2025, 1, 3), 28, Period(date(2024, 12, 28), date(2025, 1, 27))),
    ],
)
def test_period_for(day, anchor, expected):
    assert period_for(day, anchor) == expected


@pytest.mark.parametrize(
    "day, days",
    [(date(2024, 2, 10), 29), (date(2023, 2, 10), 28), (date(2024, 4, 1), 30)],
)
def test_period_length(day, days):
    assert period_for(day).days == days


def test_membership():
    p = period_for(date(2024, 3, 10), anchor=15)
    assert date(2024, 2, 15) in p
    assert date(2024, 3, 14) in p
    assert date(2024, 3, 15) not in p


def test_prorate_second_half_of_april():
    p = period_for(date(2024, 4, 16))
    assert prorate(Decimal("30.00"), p, date(2024, 4, 16)) == Decimal("15.00")


def test_bad_anchor():
    with pytest.raises(ValueError, match="between 1 and 28"):
        period_for(date(2024, 1, 1), anchor=31)
