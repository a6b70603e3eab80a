from decimal import Decimal

import pytest

from billing.invoice import Invoice
from billing.render import render_text


@pytest.fixture
def invoice():
    inv = Invoice("2024-017")
    inv.add("Architecture review", "6", "120")
    inv.add("Workshop", "3.5", "95.50")
    return inv


class TestTotals:
    def test_subtotal(self, invoice):
        assert invoice.subtotal() == Decimal("1054.25")

    def test_vat_is_rounded_to_cents(self, invoice):
        assert invoice.vat() == Decimal("200.31")

    def test_total(self, invoice):
        assert invoice.total() == Decimal("1254.56")

    def test_discount_cannot_go_negative(self, invoice):
        invoice.discount = Decimal("5000")
        assert invoice.subtotal() == Decimal("0")
        assert invoice.total() == Decimal("0")


class TestRender:
    def test_last_line_is_total(self, invoice):
        assert render_text(invoice).splitlines()[-1].endswith("1254.56")
