import pytest

from loyalty import points_for_order, receipt_line


class TestPointsForOrder:
    def test_whole_euros_only(self):
        assert points_for_order(9.99) == 9

    def test_tier_multiplier_rounds_down(self):
        assert points_for_order(15.0, "silver") == 22  # 22.5

    def test_first_order_gets_welcome_bonus(self):
        assert points_for_order(40.0, first_order=True) == 40 + 25

    def test_bonus_is_not_multiplied(self):
        assert points_for_order(30.0, "gold", first_order=True) == 2 * 30 + 25

    def test_small_first_order(self):
        assert points_for_order(0.5, first_order=True) == 25

    def test_unknown_tier(self):
        with pytest.raises(ValueError, match="unknown tier 'platinum'"):
            points_for_order(10.0, "platinum")


class TestReceiptLine:
    def test_regular(self):
        assert receipt_line(10, 12) == "+12 pts | balance 22 | 78 to next drink"

    def test_first_order(self):
        earned = points_for_order(40.0, first_order=True)
        assert receipt_line(0, earned, first_order=True) == (
            "+65 pts (incl. 25 welcome bonus) | balance 65 | 35 to next drink"
        )

    def test_free_drinks(self):
        assert receipt_line(150, 60) == "+60 pts | balance 210 | 2 free drinks available"
