from decimal import Decimal

from vat import gross


def test_standard_rate():
    assert gross(Decimal("10.00"), "stationery") == Decimal("11.90")


def test_books_reduced_rate():
    assert gross(Decimal("10.00"), "book") == Decimal("10.70")
