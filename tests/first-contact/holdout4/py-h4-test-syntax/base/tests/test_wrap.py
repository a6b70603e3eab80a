import pytest

from textfmt.wrap import wrap


@pytest.mark.parametrize(
    "text, width, expected",
    [
        ("", 10, []),
        ("one two three", 7, ["one two", "three"]),
        ("one   two\nthree", 20, ["one two three"]),
        ("supercalifragilistic is long", 10, ["supercalifragilistic", "is long"]),
    ],
)
def test_wrap(text, width, expected):
    assert wrap(text, width) == expected


def test_width_must_be_positive():
    with pytest.raises(ValueError):
        wrap("x", 0)
