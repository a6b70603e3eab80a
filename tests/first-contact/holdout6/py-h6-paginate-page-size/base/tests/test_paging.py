import unittest

from catalog.paging import MAX_PAGE_SIZE, paginate

SKUS = [f"SKU-{n:03d}" for n in range(1, 46)]  # 45 items


class PaginateTests(unittest.TestCase):
    def test_first_page_default_size(self):
        page = paginate(SKUS)
        self.assertEqual(len(page.items), 20)
        self.assertEqual(page.total_pages, 3)
        self.assertTrue(page.has_next)

    def test_last_page_is_short(self):
        page = paginate(SKUS, page=5, per_page=10)
        self.assertEqual(page.items, ["SKU-041", "SKU-042", "SKU-043", "SKU-044", "SKU-045"])
        self.assertFalse(page.has_next)

    def test_size_is_capped(self):
        page = paginate(list(range(250)), per_page=1000)
        self.assertEqual(len(page.items), MAX_PAGE_SIZE)
        self.assertEqual(page.total_pages, 3)

    def test_empty_list_has_one_page(self):
        page = paginate([], per_page=10)
        self.assertEqual((page.items, page.number, page.total_pages), ([], 1, 1))

    def test_page_out_of_range(self):
        with self.assertRaisesRegex(ValueError, r"page 4 out of range 1\.\.3"):
            paginate(SKUS, page=4, per_page=15)

    def test_size_must_be_positive(self):
        with self.assertRaises(ValueError):
            paginate(SKUS, per_page=0)


if __name__ == "__main__":
    unittest.main()
