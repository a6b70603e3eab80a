import unittest
from decimal import Decimal

from till.vat import line_vat, receipt_vat


class LineVatTest(unittest.TestCase):
    def test_standard_rate(self):
        self.assertEqual(line_vat(Decimal("10.00")), Decimal("1.90"))

    def test_half_cent_rounds_up(self):
        self.assertEqual(line_vat(Decimal("0.25"), "service"), Decimal("0.03"))
        self.assertEqual(line_vat(Decimal("1.05"), "service"), Decimal("0.11"))

    def test_books(self):
        self.assertEqual(line_vat(Decimal("12.50"), "books"), Decimal("0.88"))

    def test_unknown_category(self):
        with self.assertRaisesRegex(ValueError, "unknown VAT category 'toys'"):
            line_vat(Decimal("1.00"), "toys")


class ReceiptVatTest(unittest.TestCase):
    def test_total_is_sum_of_rounded_lines(self):
        lines = [(Decimal("0.25"), "service"), (Decimal("0.25"), "service"), (Decimal("10.00"), "standard")]
        self.assertEqual(receipt_vat(lines), Decimal("1.96"))


if __name__ == "__main__":
    unittest.main()
