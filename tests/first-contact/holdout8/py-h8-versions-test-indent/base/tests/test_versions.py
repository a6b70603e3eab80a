import unittest

from versions import Version, latest


class ParseTest(unittest.TestCase):
    def test_plain_and_v_prefix(self):
        self.assertEqual(Version.parse("1.4.2"), Version(1, 4, 2))
        self.assertEqual(Version.parse("v10.0.3"), Version(10, 0, 3))

    def test_rejects_garbage(self):
        for text in ["1.4", "1.4.x", "", "release-1"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    Version.parse(text)

    def test_str_roundtrip(self):
        self.assertEqual(str(Version.parse("v2.0.11")), "2.0.11")


class BumpTest(unittest.TestCase):
    def test_bumps(self):
        v = Version(1, 4, 2)
        self.assertEqual(v.bump("patch"), Version(1, 4, 3))
        self.assertEqual(v.bump("minor"), Version(1, 5, 0))
        self.assertEqual(v.bump("major"), Version(2, 0, 0))


class LatestTest(unittest.TestCase):
    def test_numeric_not_lexical(self):
        self.assertEqual(latest(["v1.9.0", "v1.10.0", "nightly", "v1.2.7"]), Version(1, 10, 0))

    def test_none_when_no_versions(self):
        self.assertIsNone(latest(["nightly", "stable"]))


if __name__ == "__main__":
    unittest.main()
