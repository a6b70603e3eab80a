from decimal import Decimal

import pytest

from asserts import assert_money
from invoicing import Line, invoice_totals

STICKERS = Line("stickers", 5, Decimal("0.25"), Decimal("0.10"))
MUGS = Line("mugs", 3, Decimal("4.15"), Decimal("0.19"))
STAMPS = Line("stamps", 1, Decimal("1.50"), Decimal("0.07"))
SCREWS = Line("screws", 3, Decimal("0.335"), Decimal("0.19"))


def test_line_net():
    assert_money(STICKERS.net, "1.25")
    assert_money(MUGS.net, "12.45")
    assert_money(SCREWS.net, "1.01")


def test_line_vat():
    assert_money(STICKERS.vat, "0.13")
    assert_money(MUGS.vat, "2.37")
    assert_money(STAMPS.vat, "0.11")


def test_line_gross():
    assert_money(MUGS.gross, "14.82")
    assert_money(STAMPS.gross, "1.61")


def test_invoice_totals_sum_rounded_lines():
    totals = invoice_totals([STICKERS, MUGS, STAMPS])
    assert_money(totals["net"], "15.20")
    assert_money(totals["vat"], "2.61")
    assert_money(totals["gross"], "17.81")


def test_empty_invoice():
    totals = invoice_totals([])
    assert_money(totals["gross"], "0.00")


def test_quantity_must_be_positive():
    with pytest.raises(ValueError, match="quantity must be positive: pens"):
        Line("pens", 0, Decimal("1.00"), Decimal("0.19"))
