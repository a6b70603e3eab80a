import pytest

from stockroom import Stock


@pytest.fixture
def stock():
    s = Stock()
    s.receive("MUG-RED", 10)
    return s


def test_reserve_reduces_available(stock):
    stock.reserve("MUG-RED", 4)
    assert stock.available("MUG-RED") == 6


def test_release_gives_units_back(stock):
    r = stock.reserve("MUG-RED", 4)
    stock.release(r.id)
    assert stock.available("MUG-RED") == 10


def test_cannot_reserve_more_than_available(stock):
    with pytest.raises(LookupError, match="only 10 of MUG-RED available"):
        stock.reserve("MUG-RED", 11)


@pytest.mark.parametrize("quantity", [0, -3])
def test_reserve_rejects_non_positive_quantity(stock, quantity):
    with pytest.raises(ValueError, match="quantity must be positive"):
        stock.reserve("MUG-RED", quantity)


def test_receive_rejects_zero():
    with pytest.raises(ValueError, match="quantity must be positive"):
        Stock().receive("MUG-RED", 0)
