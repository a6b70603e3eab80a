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


@pytest.mark.parametrize(
    "text, width, hanging, expected",
    [
        ("- buy milk and eggs and bread", 12, 2, ["- buy milk", "  and eggs", "  and bread"]),
        ("[1] see the notes below", 12, 4, ["[1] see the", "    notes", "    below"]),
        ("short", 10, 3, ["short"]),
    ,
)
def test_hanging_indent(text, width, hanging, expected):
    lines = wrap(text, width, hanging=hanging)
    assert lines == expected
    assert all(len(line) <= width for line in lines)


def test_width_must_be_positive():
    with pytest.raises(ValueError):
        wrap("x", 0)


def test_hanging_must_leave_room():
    with pytest.raises(ValueError):
        wrap("x", 4, hanging=4)
