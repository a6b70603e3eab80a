import pytest

from courier.rates import quote


class TestQuote:
    def test_domestic_parcel(self):
        price, days = quote(2.2, "domestic")
        assert price == 810
        assert days == 1

    def test_bulky_parcel_is_billed_by_volume(self):
        price, days = quote(1.0, "eu", dims_cm=(50, 40, 30))
        assert price == 900 + 310 * 12
        assert days == 3

    def test_world_minimum_is_one_kg(self):
        price, _ = quote(0.1, "world")
        assert price == 2520

    def test_unknown_zone(self):
        with pytest.raises(ValueError, match="unknown zone 'mars'"):
            quote(1.0, "mars")
