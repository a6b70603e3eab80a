import pytest

from billing.invoice import Line, subtotal, with_discount


def test_subtotal_of_small_fees():
    lines = [Line("card fee", 0.1), Line("stamp", 0.2)]
    assert subtotal(lines) == 0.3


def test_discount_rejects_bad_percent():
    with pytest.raises(ValueError):
        with_discount(10.0, 120)
