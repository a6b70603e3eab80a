import unittest

from fees import late_fee_cents


class LateFeeTest(unittest.TestCase):
    def test_on_time_is_free(self):
        self.assertEqual(late_fee_cents(0), 0)

    def test_five_days(self):
        self.assertEqual(late_fee_cents(5), 125)

    def test_cap(self):
        self.assertEqual(late_fee_cents(400), 1000)
