import unittest
from decimal import Decimal

from shipping.quote import quote
from shipping.rates import parse_weight, price_for


class ParseWeightTest(unittest.TestCase):
    def test_units(self):
        self.assertEqual(parse_weight("1.2 kg"), 1200)
        self.assertEqual(parse_weight("350g"), 350)
        self.assertEqual(parse_weight("1 lb"), 454)

    def test_garbage(self):
        with self.assertRaises(ValueError):
            parse_weight("heavy")


class PriceTest(unittest.TestCase):
    def test_brackets(self):
        self.assertEqual(price_for(500), Decimal("3.90"))
        self.assertEqual(price_for(501), Decimal("5.50"))
        self.assertEqual(price_for(31500), Decimal("16.90"))

    def test_too_heavy(self):
        with self.assertRaises(ValueError):
            price_for(31501)

    def test_quote(self):
        self.assertEqual(quote(["300 g", "1.5kg"]), Decimal("9.40"))


if __name__ == "__main__":
    unittest.main()
