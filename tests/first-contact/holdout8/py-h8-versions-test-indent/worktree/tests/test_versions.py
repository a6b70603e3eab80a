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



class PrereleaseTest(unittest.TestCase):
    def test_parse(self):
        v = Version.parse("v2.0.0-rc.1")
        self.assertEqual(v, Version(2, 0, 0, "rc.1"))
        self.assertEqual(str(v), "2.0.0-rc.1")

    def test_ordering(self):
        ordered = ["2.0.0-alpha", "2.0.0-alpha.2", "2.0.0-alpha.10", "2.0.0-rc.1", "2.0.0", "2.0.1"]
        versions = [Version.parse(t) for t in ordered]
        self.assertEqual(sorted(reversed(versions)), versions)
            self.assertLess(Version.parse("1.9.9"), Version.parse("2.0.0-alpha"))

    def test_latest_skips_prereleases(self):
        tags = ["v1.2.0", "v1.3.0-rc.1"]
        self.assertEqual(latest(tags), Version(1, 2, 0))
        self.assertEqual(latest(tags, include_pre=True), Version(1, 3, 0, "rc.1"))

    def test_patch_bump_releases_prerelease(self):
        self.assertEqual(Version.parse("1.4.0-rc.2").bump("patch"), Version(1, 4, 0))


if __name__ == "__main__":
    unittest.main()
