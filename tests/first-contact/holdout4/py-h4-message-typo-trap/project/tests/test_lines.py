import unittest

from orders.lines import LineError, OrderLine, parse_line


class ParseLineTest(unittest.TestCase):
    def test_valid(self):
        self.assertEqual(parse_line({"sku": " ab-12 ", "quantity": 3}), OrderLine("AB-12", 3))

    def test_missing_sku(self):
        with self.assertRaisesRegex(LineError, r"^sku is required$"):
            parse_line({"quantity": 3})

    def test_quantity_not_int(self):
        with self.assertRaisesRegex(LineError, r"^quantity must be an integer, got str$"):
            parse_line({"sku": "AB-12", "quantity": "3"})

    def test_quantity_range(self):
        for qty in (0, 1000):
            with self.subTest(qty=qty), self.assertRaisesRegex(
                LineError, rf"^quantity must be between 1 and 999, got {qty}$"
            ):
                parse_line({"sku": "AB-12", "quantity": qty})


if __name__ == "__main__":
    unittest.main()
