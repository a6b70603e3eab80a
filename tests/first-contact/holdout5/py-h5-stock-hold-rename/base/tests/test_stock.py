import pytest

from stockroom import OutOfStock, Stock
from stockroom.checkout import reserve_cart


@pytest.fixture
def stock():
    return Stock({"MUG-01": 5, "POT-XL": 1})


class TestReserve:
    def test_reserve_lowers_free(self, stock):
        stock.reserve("MUG-01", 2)
        assert stock.free("MUG-01") == 3

    def test_reserve_too_many(self, stock):
        with pytest.raises(OutOfStock, match="POT-XL: wanted 2, only 1 free"):
            stock.reserve("POT-XL", 2)

    def test_reserve_zero(self, stock):
        with pytest.raises(ValueError):
            stock.reserve("MUG-01", 0)

    def test_release(self, stock):
        stock.reserve("MUG-01", 4)
        stock.release("MUG-01", 3)
        assert stock.free("MUG-01") == 4


class TestShip:
    def test_ship_reduces_on_hand(self, stock):
        stock.reserve("MUG-01", 2)
        stock.ship("MUG-01", 2)
        assert stock.free("MUG-01") == 3


class TestCheckout:
    def test_all_or_nothing(self, stock):
        assert reserve_cart(stock, {"MUG-01": 2, "POT-XL": 3}) is False
        assert stock.free("MUG-01") == 5

    def test_success(self, stock):
        assert reserve_cart(stock, {"MUG-01": 2, "POT-XL": 1}) is True
        assert stock.free("POT-XL") == 0
