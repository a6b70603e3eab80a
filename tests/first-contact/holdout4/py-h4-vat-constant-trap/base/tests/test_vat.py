from decimal import Decimal

import pytest

from checkout.vat import gross, vat_for


@pytest.mark.parametrize(
    "net, category, vat",
    [
        ("100.00", "general", "19.00"),
        ("9.99", "general", "1.90"),
        ("100.00", "food", "7.00"),
        ("2.49", "food", "0.17"),
        ("24.00", "books", "1.68"),
        ("100.00", "export", "0.00"),
    ],
)
def test_vat_for(net, category, vat):
    assert vat_for(Decimal(net), category) == Decimal(vat)


def test_gross_book():
    assert gross(Decimal("24.00"), "books") == Decimal("25.68")


def test_unknown_category():
    with pytest.raises(ValueError, match="unknown VAT category"):
        vat_for(Decimal("1"), "tobacco")
