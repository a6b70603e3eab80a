import unittest
from decimal import Decimal

from shop.receipt import render
from tests.factories import cart_with


class CartTotals(unittest.TestCase):
    def test_empty_cart(self):
        cart = cart_with()
        self.assertEqual(cart.total(), Decimal("0"))
        self.assertEqual(cart.item_count(), 0)

    def test_total_sums_lines(self):
        cart = cart_with(("MUG", "7.50", 2), ("TEE", "19.99"))
        self.assertEqual(cart.total(), Decimal("34.99"))
        self.assertEqual(cart.item_count(), 3)

    def test_adding_same_sku_merges(self):
        cart = cart_with(("MUG", "7.50"), ("MUG", "7.50", 3))
        self.assertEqual(len(cart.items), 1)
        self.assertEqual(cart.item_count(), 4)

    def test_discount_is_rounded_half_up(self):
        cart = cart_with(("PEN", "0.35", 3), discount=10)  # 1.05 - 0.105
        self.assertEqual(cart.total(), Decimal("0.94"))

    def test_remove(self):
        cart = cart_with(("MUG", "7.50"), ("TEE", "19.99"))
        cart.remove("MUG")
        self.assertEqual(cart.total(), Decimal("19.99"))

    def test_rejects_zero_quantity(self):
        with self.assertRaises(ValueError):
            cart_with(("MUG", "7.50", 0))


class Receipt(unittest.TestCase):
    def test_last_line_has_count_and_total(self):
        cart = cart_with(("MUG", "7.50", 2))
        self.assertEqual(render(cart).splitlines()[-1], "2 items         15.00")


if __name__ == "__main__":
    unittest.main()
