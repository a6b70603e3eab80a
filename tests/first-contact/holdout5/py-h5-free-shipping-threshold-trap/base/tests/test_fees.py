from decimal import Decimal

import pytest

from cartship.fees import shipping_fee


@pytest.mark.parametrize(
    "goods, zone, fee",
    [
        ("12.00", "domestic", "4.90"),
        ("49.99", "domestic", "4.90"),
        ("50.00", "domestic", "0.00"),  # exactly the threshold ships free
        ("180.00", "domestic", "0.00"),
        ("49.99", "eu", "12.50"),
        ("50.00", "eu", "12.50"),
        ("180.00", "eu", "12.50"),
    ],
)
def test_shipping_fee(goods, zone, fee):
    assert shipping_fee(goods, zone) == Decimal(fee)


def test_negative_total():
    with pytest.raises(ValueError, match="cannot be negative"):
        shipping_fee("-1", "domestic")
