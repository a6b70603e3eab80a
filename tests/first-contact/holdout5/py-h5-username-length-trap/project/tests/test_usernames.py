import unittest

from accounts.usernames import validate_username


class ValidateUsernameTest(unittest.TestCase):
    def test_normalizes(self):
        self.assertEqual(validate_username("  Ada_L "), "ada_l")

    def test_too_short(self):
        with self.assertRaisesRegex(ValueError, "at least 3 characters"):
            validate_username("ab")

    def test_32_chars_is_the_limit(self):
        # VARCHAR(32) in migrations/001_users.sql
        self.assertEqual(validate_username("a" * 32), "a" * 32)
        with self.assertRaisesRegex(ValueError, "at most 32 characters"):
            validate_username("a" * 33)

    def test_dots_allowed_inside(self):
        self.assertEqual(validate_username("ada.lovelace"), "ada.lovelace")
        for bad in (".ada", "ada.", "ada..l"):
            with self.subTest(bad=bad), self.assertRaisesRegex(ValueError, "dot"):
                validate_username(bad)

    def test_rejects_spaces(self):
        with self.assertRaisesRegex(ValueError, "may only contain"):
            validate_username("ada lovelace")


if __name__ == "__main__":
    unittest.main()
