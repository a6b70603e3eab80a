import pytest

from fernhill.notices import body, subject


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("shipped", "Your order A-17 is on its way"),
        ("delivered", "Your order A-17 was delivered"),
    ],
)
def test_subject(kind, expected):
    assert subject(kind, "A-17") == expected


def test_unknown_kind():
    with pytest.raises(ValueError, match="unknown notification kind"):
        subject("lost", "A-17")


def test_body_is_signed():
    text = body("shipped", "A-17", "Mira")
    assert text.startswith("Hello Mira,")
    assert text.rstrip().endswith("Fernhill Books team")
