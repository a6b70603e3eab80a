import pytest

from shop.coupons import check_char, parse_code

GOOD = "SPRING2" + check_char("SPRING2")

# (typed text, expected message)
BAD_CODES = [
    ("", "empty coupon code"),
    ("   ", "empty coupon code"),
    ("SPRING", "coupon code must be 8 characters, got 6"),
    ("SPRING2024", "coupon code must be 8 characters, got 10"),
    ("SPRING-2", "invalid character '-' in coupon code"),
    ("SPRING2" + ("A" if GOOD[-1] != "A" else "B"), "coupon code check failed"),
]


def test_good_code_is_normalized():
    assert parse_code(" " + GOOD.lower()[:4] + " " + GOOD[4:]) == GOOD


def test_bad_codes():
    for raw, message in BAD_CODES:
        with pytest.raises(ValueError, match=message):
            parse_code(raw)


def test_check_char_is_in_alphabet():
    assert check_char("AAAAAAA").isalnum()
