from decimal import Decimal

import pytest

from splitbill.money import percent_of, to_cents
from splitbill.split import shares, with_tip
from support import assert_amount


def test_to_cents_rounds_half_up():
    assert_amount(to_cents(Decimal("0.125")), "0.13")
    assert_amount(to_cents(Decimal("2.675")), "2.68")
    assert_amount(to_cents(Decimal("2.674")), "2.67")


def test_tip():
    assert_amount(percent_of(Decimal("42.50"), Decimal("10")), "4.25")
    # 12.5 % of 37.00 is 4.625
    assert_amount(percent_of(Decimal("37.00"), Decimal("12.5")), "4.63")


def test_total_with_tip():
    assert_amount(with_tip(Decimal("58.30"), Decimal("15")), "67.05")


def test_shares_add_up():
    parts = shares(Decimal("100.00"), 3)
    assert [str(p) for p in parts] == ["33.34", "33.33", "33.33"]
    assert sum(parts) == Decimal("100.00")


def test_nobody_to_pay():
    with pytest.raises(ValueError, match="need at least one person"):
        shares(Decimal("10"), 0)
