from decimal import Decimal

import pytest

from vatcalc import RATES, invoice_totals, vat_for


@pytest.mark.parametrize(
    "net, category, expected",
    [
        (Decimal("100.00"), "standard", Decimal("20.00")),
        (Decimal("0.10"), "reduced", Decimal("0.00")),      # 0.005
        (Decimal("0.30"), "reduced", Decimal("0.02")),      # 0.015
        (Decimal("12.50"), "reduced", Decimal("0.62")),     # 0.625
        (Decimal("3.33"), "standard", Decimal("0.67")),     # 0.666
        (Decimal("8.00"), "zero", Decimal("0.00")),
    ],
    ids=["round-number", "half-cent-even", "half-cent-odd", "book", "no-tie", "zero-rated"],
)
def test_vat_per_line(net, category, expected):
    assert vat_for(net, category) == expected


def test_unknown_category():
    with pytest.raises(ValueError, match="unknown VAT category 'luxury'"):
        vat_for(Decimal("1"), "luxury")


def test_invoice_totals(mixed_invoice):
    totals = invoice_totals(mixed_invoice)
    expected_vat = Decimal("20.00") + Decimal("0.62")
    assert totals == {
        "net": Decimal("120.50"),
        "vat": expected_vat,
        "gross": Decimal("120.50") + expected_vat,
    }


def test_standard_rate_is_twenty_percent():
    assert RATES["standard"] == Decimal("20")
