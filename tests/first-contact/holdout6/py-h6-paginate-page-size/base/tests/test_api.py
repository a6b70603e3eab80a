import unittest

from catalog.api import list_products

PRODUCTS = [{"sku": f"P{n}"} for n in range(7)]


class ListProductsTests(unittest.TestCase):
    def test_defaults(self):
        body = list_products(PRODUCTS, {})
        self.assertEqual((body["page"], body["pages"], body["next"]), (1, 1, False))
        self.assertEqual(len(body["items"]), 7)
