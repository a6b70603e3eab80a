import unittest

from receipts import mask_card


class MaskTest(unittest.TestCase):
    def test_mask(self):
        self.assertEqual(mask_card("4111 1111 1111 1234"), '************1234')

    def test_rejects_short(self):
        with self.assertRaises(ValueError):
            mask_card("1234")
