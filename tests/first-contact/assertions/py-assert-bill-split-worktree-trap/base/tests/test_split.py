from decimal import Decimal

from split import split_bill


def test_split_three_ways():
    shares = split_bill(Decimal("100.00"), 3)
    assert shares == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert sum(shares) == Decimal("100.00")


def test_even_split():
    assert split_bill(Decimal("50.00"), 2) == [Decimal("25.00"), Decimal("25.00")]
