import unittest

from gallery.warmup import warm


class WarmTest(unittest.TestCase):
    def test_only_missing_keys_are_rendered(self):
        cache = {"a": b"old"}
        count = warm(["a", "b", "c"], lambda k: k.encode(), cache)
        self.assertEqual(count, 2)
        self.assertEqual(cache, {"a": b"old", "b": b"b", "c": b"c"})
