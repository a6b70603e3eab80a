from decimal import Decimal

from billing.invoice import invoice_total


def test_invoice_total_adds_regional_vat():
    assert invoice_total([Decimal("10.00"), Decimal("5.50")]) == Decimal("18.76")


def test_empty_invoice_is_zero():
    assert invoice_total([]) == Decimal("0.00")
