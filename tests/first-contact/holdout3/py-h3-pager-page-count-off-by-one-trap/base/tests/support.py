"""Shared base class for the catalogue tests."""

import unittest


class PagerTestCase(unittest.TestCase):
    def check(self, pager, pages, last_bounds):
        """Check the page count and the bounds of the last page together."""
        self.assertEqual(pager.page_count, pages, f"page_count for {pager}")
        self.assertEqual(pager.bounds(pages), last_bounds, f"last page of {pager}")
