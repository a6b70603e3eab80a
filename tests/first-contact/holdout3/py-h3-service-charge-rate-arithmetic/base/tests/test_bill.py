import unittest

from till.bill import service_charge, split, total


class ServiceChargeTest(unittest.TestCase):
    def test_small_table_pays_no_service(self):
        self.assertEqual(service_charge(120.0, 4), 0.0)
        self.assertEqual(total(120.0, 4), 120.0)

    def test_large_party(self):
        self.assertAlmostEqual(service_charge(200.0, 8), 200.0 * 0.10)
        self.assertAlmostEqual(total(200.0, 8), 200.0 * 1.10)

    def test_rounding_to_cents(self):
        self.assertAlmostEqual(total(47.20, 6), round(47.20 * 1.10, 2))

    def test_negative_subtotal(self):
        with self.assertRaises(ValueError):
            service_charge(-1, 6)


class SplitTest(unittest.TestCase):
    def test_even_split_without_service(self):
        self.assertEqual(split(90.0, 3), [30.0, 30.0, 30.0])

    def test_leftover_cents_go_to_first_guests(self):
        self.assertEqual(split(10.0, 3), [3.34, 3.33, 3.33])


if __name__ == "__main__":
    unittest.main()
