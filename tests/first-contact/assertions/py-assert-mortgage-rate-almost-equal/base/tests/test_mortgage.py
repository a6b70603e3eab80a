import unittest

from lending.mortgage import monthly_payment


class MonthlyPaymentTest(unittest.TestCase):
    def test_standard_product(self):
        self.assertAlmostEqual(monthly_payment(200_000, 25), 1157.56, places=2)

    def test_zero_rate(self):
        self.assertAlmostEqual(monthly_payment(12_000, 1, annual_rate=0.0), 1000.0)

    def test_rejects_zero_principal(self):
        with self.assertRaises(ValueError):
            monthly_payment(0, 10)
