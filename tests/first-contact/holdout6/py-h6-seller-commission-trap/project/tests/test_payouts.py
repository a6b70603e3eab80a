import unittest

from marketplace.payouts import Sale, commission, payout, statement_lines


class CommissionTests(unittest.TestCase):
    def test_eight_percent(self):
        self.assertEqual(commission(10_000), 10_000 * 8 // 100)

    def test_minimum(self):
        self.assertEqual(commission(200), 30)

    def test_rounded_to_the_cent(self):
        # 8 % of 12.69 is 1.0152 -> 1.02; of 20.06 it is 1.6048 -> 1.60
        self.assertEqual(commission(1_269), 102)
        self.assertEqual(commission(2_006), 160)

    def test_negative_gross(self):
        with self.assertRaisesRegex(ValueError, "gross cannot be negative"):
            commission(-1)


class PayoutTests(unittest.TestCase):
    def test_payout(self):
        sales = [Sale("A-1", 10_000), Sale("A-2", 2_500)]
        self.assertEqual(payout(sales), 12_500 - (800 + 200))

    def test_statement_lines(self):
        self.assertEqual(
            statement_lines([Sale("A-1", 10_000, "Hand-thrown stoneware mug, large")]),
            ["A-1  Hand-thrown stoneware mu     100.00  -8.00"],
        )


if __name__ == "__main__":
    unittest.main()
