import pytest

from notify.preview import preview, truncate

TRUNCATE_CASES = [
    ("short", 10, "short"),
    ("exactly ten", 11, "exactly ten"),
    ("Meeting moved to 3pm", 12, "Meeting mov…"),
    ("  lots   of\n\nspace  ", 20, "lots of space"),
    ("Your parcel is out for delivery", 16, "Your parcel is …"),
    ("abcdef", 4, "abc…"),
]


@pytest.mark.parametrize(
    "text, width, expected",
    TRUNCATE_CASES,
    ids=["fits", "exact", "cut", "whitespace", "cut-at-space", "tiny"],
)
def test_truncate(text, width, expected):
    assert truncate(text, width) == expected


@pytest.mark.parametrize("width", [5, 12, 40])
def test_never_longer_than_width(width):
    assert len(truncate("x" * 100, width)) <= width


def test_custom_placeholder():
    assert truncate("Hello there, world", 10, placeholder="...") == "Hello t..."


def test_preview_payload():
    assert preview("Ada", "Lunch?") == {"title": "Ada", "body": "Lunch?"}
