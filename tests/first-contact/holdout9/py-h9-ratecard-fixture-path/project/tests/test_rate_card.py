from decimal import Decimal

import pytest

from ratecard import Zone


class TestRateCard:
    @pytest.mark.parametrize(
        "zone, kg, price",
        [
            (Zone.DOMESTIC, 0.5, "4.20"),
            (Zone.DOMESTIC, 5, "6.90"),
            (Zone.EU, 3, "19.00"),
            (Zone.WORLD, 1.2, "18.00"),
        ],
    )
    def test_prices(self, rates, zone, kg, price):
        assert rates.price(zone, kg) == Decimal(price)

    def test_too_heavy_for_zone(self, rates):
        with pytest.raises(ValueError, match="over the world limit"):
            rates.price(Zone.WORLD, 12)

    def test_every_zone_is_loaded(self, rates):
        assert set(rates.bands) == set(Zone)
