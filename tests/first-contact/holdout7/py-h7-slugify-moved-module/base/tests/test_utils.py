import pytest

from textkit.utils import normalize_whitespace, slugify, truncate


def test_normalize_whitespace():
    assert normalize_whitespace("  a \t b\n\nc ") == "a b c"


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hello, World!", "hello-world"),
        ("Crème brûlée, 2 ways!", "creme-brulee-2-ways"),
        ("  --already-a-slug--  ", "already-a-slug"),
        ("Ünïcödé ÄND Spaces", "unicode-and-spaces"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slugify_respects_max_length():
    assert slugify("one two three four", max_length=9) == "one-two-t"
    assert slugify("one two three four", max_length=8) == "one-two"


def test_truncate():
    assert truncate("a long sentence", 6) == "a lon…"
    assert truncate("short", 10) == "short"
    with pytest.raises(ValueError):
        truncate("x", 0)
