import unittest

from catalog.pager import InvalidPage, Pager
from tests.support import PagerTestCase


class PageCountTests(PagerTestCase):
    def test_partial_last_page(self):
        self.check(Pager(total=25, per_page=10), 3, (20, 25))

    def test_exact_multiple(self):
        self.check(Pager(total=40, per_page=20), 2, (20, 40))

    def test_one_item_per_page(self):
        self.check(Pager(total=3, per_page=1), 3, (2, 3))

    def test_empty_result_has_one_page(self):
        self.check(Pager(total=0, per_page=20), 1, (0, 0))


class PageTests(PagerTestCase):
    def test_page_slices_items(self):
        items = list("abcdefg")
        self.assertEqual(Pager(total=7, per_page=3).page(items, 3), ["g"])

    def test_page_past_the_end(self):
        with self.assertRaises(InvalidPage):
            Pager(total=5, per_page=5).bounds(2)


if __name__ == "__main__":
    unittest.main()
