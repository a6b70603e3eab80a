import pytest

from stock import apply_delivery, low_stock, reorder_quantities

LEVELS = {"bolts": 3, "nuts": 40, "washers": 5, "screws": 12}


def test_low_stock_lists_items_at_or_below_minimum():
    assert low_stock(LEVELS) == ["bolts", "washers"


def test_reorder_brings_items_to_target():
    assert reorder_quantities(LEVELS) == {"bolts": 17, "washers": 15}


def test_delivery_adds_new_items():
    assert apply_delivery(LEVELS, {"rivets": 8})["rivets"] == 8


def test_negative_delivery_is_rejected():
    with pytest.raises(ValueError):
        apply_delivery(LEVELS, {"nuts": -1})
