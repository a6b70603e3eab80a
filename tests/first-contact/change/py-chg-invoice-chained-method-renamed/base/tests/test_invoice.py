import pytest

from billing import Invoice


def test_chained_lines():
    inv = Invoice("Acme").add_line("hosting", 2500).add_line("domain", 1200, qty=2)
    assert inv.net() == 4900
    assert inv.gross() == 5880


def test_reduced_vat():
    inv = (
        Invoice("Bakery", vat_percent=7)
        .add_line("flour", 1999, qty=3)
        .add_line("delivery", 450)
    )
    assert inv.gross() == 6898


def test_negative_price_rejected():
    with pytest.raises(ValueError):
        Invoice("x").add_line("refund", -100)
