from datetime import date
from decimal import Decimal

from plans.installments import add_months, installments


def test_add_months_clamps_to_month_end():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_twelve_installments():
    assert installments(Decimal("1000.00"), 12, date(2024, 1, 31)) == [
        (date(2024, 1, 31), Decimal("83.33")),
        (date(2024, 2, 29), Decimal("83.33")),
        (date(2024, 3, 31), Decimal("83.33")),
        (date(2024, 4, 30), Decimal("83.33")),
        (date(2024, 5, 31), Decimal("83.33")),
        (date(2024, 6, 30), Decimal("83.33")),
        (date(2024, 7, 31), Decimal("83.33")),
        (date(2024, 8, 31), Decimal("83.33")),
        (date(2024, 9, 30), Decimal("83.33")),
        (date(2024, 10, 31), Decimal("83.33")),
        (date(2024, 11, 30), Decimal("83.33")),
        (date(2024, 12, 31), Decimal("83.37")),
    ]


def test_installments_add_up():
    plan = installments(Decimal("99.99"), 7, date(2024, 5, 15))
    assert sum(amount for _, amount in plan) == Decimal("99.99")
