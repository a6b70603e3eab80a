import unittest

from admin.pagination import page_count, paginate


class PaginationTest(unittest.TestCase):
    def test_exact_pages(self):
        self.assertEqual(page_count(40, 20), 2)

    def test_empty_list_has_one_page(self):
        self.assertEqual(page_count(0, 20), 1)
        self.assertEqual(paginate([], 1).items, [])

    def test_first_page(self):
        page = paginate(list(range(40)), 1)
        self.assertEqual(page.items[0], 0)
        self.assertTrue(page.has_next)
