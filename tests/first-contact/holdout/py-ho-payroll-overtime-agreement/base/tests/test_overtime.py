import unittest
from decimal import Decimal

from payroll.overtime import overtime_share, weekly_gross


class WeeklyGrossTest(unittest.TestCase):
    def test_standard_week_has_no_overtime(self):
        self.assertEqual(weekly_gross(Decimal("40"), Decimal("25.00")), Decimal("1000.00"))
        self.assertEqual(overtime_share(Decimal("40"), Decimal("25.00")), Decimal("0.00"))

    def test_ten_hours_overtime(self):
        self.assertEqual(weekly_gross(Decimal("50"), Decimal("25.00")), Decimal("1375.00"))

    def test_overtime_share_of_a_long_week(self):
        self.assertEqual(overtime_share(Decimal("45.5"), Decimal("18.40")), Decimal("151.80"))

    def test_part_time_week(self):
        self.assertEqual(weekly_gross(Decimal("22.25"), Decimal("16.10")), Decimal("358.23"))

    def test_negative_hours_are_rejected(self):
        with self.assertRaises(ValueError):
            weekly_gross(Decimal("-1"), Decimal("16.10"))


if __name__ == "__main__":
    unittest.main()
