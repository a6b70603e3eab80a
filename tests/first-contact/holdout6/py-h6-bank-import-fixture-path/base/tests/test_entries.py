from datetime import date
from decimal import Decimal

from ledger.entries import Entry, by_category, monthly_balance

ENTRIES = [
    Entry(date(2024, 2, 3), "salary", Decimal("2400.00"), "income"),
    Entry(date(2024, 1, 30), "rent", Decimal("-950.00"), "home"),
    Entry(date(2024, 2, 5), "groceries", Decimal("-84.15"), "food"),
    Entry(date(2024, 2, 9), "bakery", Decimal("-6.40"), "food"),
]


def test_monthly_balance():
    assert monthly_balance(ENTRIES) == {"2024-01": Decimal("-950.00"), "2024-02": Decimal("2309.45")}


def test_by_category():
    assert by_category(ENTRIES) == {"food": Decimal("90.55"), "home": Decimal("950.00")}
