from decimal import Decimal

import pytest

from ratecard import RateTable, Zone


def test_band_edges_are_inclusive():
    table = RateTable()
    table.add_band(Zone.EU, Decimal("2"), Decimal("9.90"))
    table.add_band(Zone.EU, Decimal("5"), Decimal("14.50"))
    assert table.price(Zone.EU, 2) == Decimal("9.90")
    assert table.price(Zone.EU, "2.01") == Decimal("14.50")


def test_zero_weight_rejected():
    with pytest.raises(ValueError, match="positive"):
        RateTable().price(Zone.EU, 0)
