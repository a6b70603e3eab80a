import pytest

from slugs import slugify, unique_slug

SLUG_CASES = [
    pytest.param("Hello, World!", "hello-world", id="punctuation"),
    pytest.param("  leading and trailing  ", "leading-and-trailing", id="strip"),
    pytest.param("Crème brûlée", "creme-brulee", id="accents"),
    pytest.param("Don't Panic", "don-t-panic", id="apostrophe"),
    pytest.param("Rock 'n' Roll", "rock-n-roll", id="quoted-apostrophes"),
    pytest.param("The Hitchhiker's Guide", "the-hitchhiker-s-guide", id="possessive"),
    pytest.param("Python 3.12 released", "python-3-12-released", id="digits"),
]


@pytest.mark.parametrize("title, expected", SLUG_CASES)
def test_slugify(title, expected):
    assert slugify(title) == expected


def test_max_length_does_not_end_with_separator():
    assert slugify("a" * 10 + " b", max_length=11) == "aaaaaaaaaa"


def test_custom_separator():
    assert slugify("Hello World", separator="_") == "hello_world"


def test_unique_slug_counts_up():
    assert unique_slug("Hello", {"hello", "hello-2"}) == "hello-3"
