from decimal import Decimal

import pytest

from loyalty import discount_rate, discounted_total, tier_name

# (spent last year, tier, rate)
TIER_CASES = [
    ("0", "none", "0"),
    ("99.99", "none", "0"),
    ("100", "bronze", "0.02"),
    ("250", "silver", "0.05"),
    ("500", "gold", "0.10"),
    ("4200", "gold", "0.10"),
]

# (basket, spent last year, expected total)
TOTAL_CASES = [
    ("80.00", "0", "80.00"),
    ("80.00", "150", "78.40"),
    ("80.00", "200", "76.00"),
    ("80.00", "750", "72.00"),
    ("19.99", "1200", "17.99"),
    ("0.05", "300", "0.05"),
]


def test_tiers():
    for spend, name, rate in TIER_CASES:
        assert tier_name(Decimal(spend)) == name, spend
        assert discount_rate(Decimal(spend)) == Decimal(rate), spend


def test_discounted_totals():
    for basket, spend, expected in TOTAL_CASES:
        got = discounted_total(Decimal(basket), Decimal(spend))
        assert got == Decimal(expected), (basket, spend, got)


def test_negative_spend_is_rejected():
    with pytest.raises(ValueError, match="spend cannot be negative"):
        discount_rate(Decimal("-1"))


def test_negative_basket_is_rejected():
    with pytest.raises(ValueError, match="basket cannot be negative"):
        discounted_total(Decimal("-0.01"), Decimal("0"))
