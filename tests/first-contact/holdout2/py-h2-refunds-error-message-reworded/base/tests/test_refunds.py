from decimal import Decimal

import pytest

from payments.refunds import Payment, refund


@pytest.fixture
def payment():
    return Payment(reference="PAY-1", captured=Decimal("80.00"))


def test_partial_refund_leaves_balance(payment):
    assert refund(payment, Decimal("30.00")) == Decimal("50.00")


def test_two_refunds_add_up(payment):
    refund(payment, Decimal("30.00"))
    assert refund(payment, Decimal("50.00")) == Decimal("0.00")


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-5")])
def test_non_positive_amount_rejected(payment, amount):
    with pytest.raises(ValueError, match="amount must be positive"):
        refund(payment, amount)


def test_cannot_refund_more_than_captured(payment):
    with pytest.raises(ValueError, match="exceeds refundable balance"):
        refund(payment, Decimal("80.01"))
    assert payment.refunded == []
