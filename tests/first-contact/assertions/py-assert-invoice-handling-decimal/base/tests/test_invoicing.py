from decimal import Decimal

from invoicing import Line, invoice_total, subtotal

LINES = [
    Line("notebook", Decimal("12.50"), 2),
    Line("pen set", Decimal("7.25"), 2),
    Line("stapler", Decimal("8.00")),
]


def test_subtotal():
    assert subtotal(LINES) == Decimal("47.50")


def test_invoice_total_includes_handling():
    assert invoice_total(LINES) == Decimal('50.00')


def test_empty_invoice_is_free():
    assert invoice_total([]) == Decimal("0.00")
