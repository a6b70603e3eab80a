import pytest

from contacts.phone import PhoneNumberError, digits, format_phone
from helpers import assert_all_equal, assert_equal


def test_digits_strips_punctuation_and_country_code():
    assert_equal("4155552671", digits("+1 (415) 555-2671"))


def test_national_style_is_the_default():
    assert_equal("(415) 555-2671", format_phone("415.555.2671"))


def test_same_number_many_spellings():
    spellings = ["4155552671", "1-415-555-2671", "(415)555 2671"]
    assert_all_equal("(415) 555-2671", [format_phone(s, style="national") for s in spellings])


def test_e164():
    assert_equal("+14155552671", format_phone("415 555 2671", style="e164"))


def test_international():
    assert_equal("+1 415 555 2671", format_phone("4155552671", style="international"))


def test_too_short():
    with pytest.raises(PhoneNumberError):
        digits("555-2671")
