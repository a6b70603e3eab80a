import pytest

from warehouse.stock import Stock


def test_receive_and_ship():
    s = Stock()
    s.receive("bolt", 10)
    s.ship("bolt", 4)
    assert s.counts() == {"bolt": 6}


def test_counts_match_a_tally_of_deliveries():
    s = Stock()
    deliveries = ["nut", "bolt", "nut", "nut"]
    for sku in deliveries:
        s.receive(sku, 1)
    assert Counter(s.counts()) == Counter(deliveries)


def test_cannot_ship_more_than_stock():
    s = Stock()
    s.receive("nut", 1)
    with pytest.raises(ValueError):
        s.ship("nut", 2)
