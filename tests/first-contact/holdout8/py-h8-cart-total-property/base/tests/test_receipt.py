import unittest
from decimal import Decimal as D

from cart import Cart, format_receipt


class ReceiptTest(unittest.TestCase):
    def test_with_coupon(self):
        cart = Cart(coupon="STAFF")
        cart.add("espresso", D("2.40"), qty=2)
        lines = format_receipt(cart).splitlines()
        self.assertEqual(lines[0], "2 x espresso" + " " * 16 + "4.80")
        self.assertEqual(lines[-1], "TOTAL" + " " * 23 + "3.60")
        self.assertTrue(all(len(line) == 32 for line in lines))

    def test_without_coupon_has_no_subtotal(self):
        cart = Cart()
        cart.add("tea", D("2.00"))
        self.assertNotIn("subtotal", format_receipt(cart))


if __name__ == "__main__":
    unittest.main()
