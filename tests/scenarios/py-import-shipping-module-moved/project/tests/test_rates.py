import pytest

from shipping.rates import cheapest_zone, zone_rate


def test_local_parcel():
    assert zone_rate("local", 2) == 640


def test_unknown_zone_is_rejected():
    with pytest.raises(ValueError):
        zone_rate("moon", 1)


def test_cheapest_is_local():
    assert cheapest_zone(5) == "local"
