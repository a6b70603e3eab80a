import pytest

from stockroom.adjust import Adjustment, NegativeStock, apply_adjustment, net_change


class TestApplyAdjustment:
    def test_adds_returned_units(self):
        levels = {"MUG-01": 4}
        assert apply_adjustment(levels, Adjustment("MUG-01", 2, "return")) == {"MUG-01": 6}

    def test_does_not_mutate_input(self):
        levels = {"MUG-01": 4}
        apply_adjustment(levels, Adjustment("MUG-01", -1, "breakage"))
        assert levels == {"MUG-01": 4}

    def test_refuses_negative_stock(self):
        with pytest.raises(NegativeStock):
            apply_adjustment({"MUG-01": 1}, Adjustment("MUG-01", -3, "breakage"))


class TestNetChange:
    def test_sums_per_sku(self):
        adjs = [Adjustment("A", 2, "return"), Adjustment("A", -1, "breakage"), Adjustment("B", 5, "recount")]
        assert net_change(adjs) == {"A": 1, "B": 5}

    def test_filters_by_reason(self):
        adjs = [Adjustment("A", 2, "return"), Adjustment("A", -1, "breakage")]
        assert net_change(adjs, reason="breakage") == {"A": -1}
