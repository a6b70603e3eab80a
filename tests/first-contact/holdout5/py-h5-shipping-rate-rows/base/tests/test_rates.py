from decimal import Decimal

import pytest

from parcelquote import billable_weight, quote, quote_order


@pytest.mark.parametrize(
    "weight, expected",
    [("0.1", "0.5"), ("0.5", "0.5"), ("0.51", "1.0"), ("2.0", "2.0"), ("4.75", "5.0")],
)
def test_billable_weight_rounds_up_to_half_kg(weight, expected):
    assert billable_weight(Decimal(weight)) == Decimal(expected)


@pytest.mark.parametrize(
    "weight, zone, price",
    [
        ("0.3", "domestic", "5.50"),
        ("2.0", "domestic", "7.30"),
        ("0.3", "eu", "10.90"),
        ("1.2", "eu", "13.70"),
        ("4.75", "eu", "23.50"),
        ("1.0", "world", "25.50"),
        ("10", "world", "84.00"),
    ],
)
def test_quote(weight, zone, price):
    assert quote(weight, zone) == Decimal(price)


def test_quote_order_sums_parcels():
    parcels = [("0.3", "eu"), ("1.2", "eu"), ("2.0", "domestic")]
    assert quote_order(parcels) == Decimal("31.90")


def test_unknown_zone():
    with pytest.raises(ValueError, match="unknown zone 'mars'"):
        quote("1", "mars")


def test_zero_weight_rejected():
    with pytest.raises(ValueError, match="weight must be positive"):
        quote("0", "domestic")
