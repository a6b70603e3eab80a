import unittest
from decimal import Decimal as D

from cart import Cart


class CartTotalsTest(unittest.TestCase):
    def setUp(self):
        self.cart = Cart()
        self.cart.add("espresso", D("2.40"), qty=2)
        self.cart.add("croissant", D("1.95"))

    def test_subtotal(self):
        self.assertEqual(self.cart.subtotal(), D("6.75"))

    def test_adding_same_sku_merges_lines(self):
        self.cart.add("espresso", D("2.40"))
        self.assertEqual(self.cart.lines["espresso"].qty, 3)
        self.assertEqual(self.cart.total(), D("9.15"))

    def test_remove_some_and_all(self):
        self.cart.remove("espresso", qty=1)
        self.assertEqual(self.cart.total(), D("4.35"))
        self.cart.remove("croissant")
        self.assertEqual(self.cart.total(), D("2.40"))

    def test_empty_cart(self):
        self.assertEqual(Cart().total(), D("0.00"))

    def test_item_count(self):
        self.assertEqual(self.cart.item_count, 3)
        self.assertEqual(Cart().item_count, 0)


class CouponTest(unittest.TestCase):
    def test_welcome_coupon(self):
        cart = Cart(coupon="WELCOME10")
        cart.add("latte", D("3.35"), qty=3)
        self.assertEqual(cart.subtotal(), D("10.05"))
        self.assertEqual(cart.discount(), D("1.01"))  # 1.005 rounds half up
        self.assertEqual(cart.total(), D("9.04"))

    def test_unknown_coupon(self):
        with self.assertRaises(ValueError):
            Cart(coupon="FREE")

    def test_bad_qty(self):
        with self.assertRaises(ValueError):
            Cart().add("tea", D("2.00"), qty=0)


if __name__ == "__main__":
    unittest.main()
