import unittest

from warehouse.stock import reorder_list, stock_levels

MOVES = [("A1", 10), ("B2", 5), ("A1", -7), ("C3", 2), ("B2", -5)]


class StockTest(unittest.TestCase):
    def test_levels(self):
        self.assertEqual(stock_levels(MOVES), {"A1": 3, "B2": 0, "C3": 2})

    def test_reorder_lowest_first(self):
        self.assertEqual(reorder_list(MOVES, threshold=2), ["B2", "C3"])
