from decimal import Decimal

import pytest

from market.fees import payout, processing_fee


@pytest.mark.parametrize(
    "amount, method, fee",
    [
        ("10.00", "card", "0.50"),     # minimum applies
        ("17.00", "card", "0.50"),     # minimum applies
        ("40.00", "card", "1.00"),
        ("99.90", "card", "2.50"),
        ("250.00", "card", "6.25"),
        ("1234.56", "card", "30.86"),
        ("10.00", "sepa", "0.35"),
        ("1234.56", "sepa", "0.35"),
    ],
)
def test_processing_fee(amount, method, fee):
    assert processing_fee(Decimal(amount), method) == Decimal(fee)


def test_payout_batch():
    amounts = [Decimal("40.00"), Decimal("250.00"), Decimal("12.00")]
    assert payout(amounts, "card") == Decimal("294.25")


@pytest.mark.parametrize("bad", ["0", "-5"])
def test_rejects_non_positive(bad):
    with pytest.raises(ValueError):
        processing_fee(Decimal(bad), "card")


def test_unknown_method():
    with pytest.raises(ValueError, match="unknown payment method"):
        processing_fee(Decimal("10"), "paypal")
