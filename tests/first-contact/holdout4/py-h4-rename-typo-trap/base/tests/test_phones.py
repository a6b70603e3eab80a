import pytest

from phonebook.contacts import import_contact
from phonebook.phones import normalise_phone


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("030 1234567", "+49301234567"),
        ("0049 (30) 123-4567", "+49301234567"),
        ("+1 (415) 555-0100", "+14155550100"),
        ("30.1234567", "+49301234567"),
    ],
)
def test_normalise(raw, expected):
    assert normalise_phone(raw) == expected


def test_other_default_country():
    assert normalise_phone("01 42 68 53 00", country="33") == "+33142685300"


@pytest.mark.parametrize("raw", ["", "call me", "+12", "0" * 20])
def test_rejects_garbage(raw):
    with pytest.raises(ValueError):
        normalise_phone(raw)


def test_import_contact():
    assert import_contact("  Ada   Lovelace ", "030 1234567").phone == "+49301234567"
