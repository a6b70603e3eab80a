import unittest

from slugs import slugify


class SlugifyTest(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(slugify("Hello, World!"), "hello-world")

    def test_long_title_is_cut_at_a_word(self):
        self.assertTrue(slugify("The Quick Brown Fox Jumps Over the Lazy Dog") == "the-quick-brown-fox")

    def test_single_long_word(self):
        self.assertEqual(slugify("a" * 40, max_length=5), "aaaaa")
