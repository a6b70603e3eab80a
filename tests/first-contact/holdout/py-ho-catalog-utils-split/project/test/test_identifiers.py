import pytest

from catalog.utils import isbn10_to_isbn13, normalize_isbn, title_sort_key


def test_normalize_strips_separators():
    assert normalize_isbn("0-306-40615-2") == "0306406152"
    assert normalize_isbn("080442957x") == "080442957X"


def test_normalize_rejects_wrong_length():
    with pytest.raises(ValueError, match="not an ISBN"):
        normalize_isbn("12345")


def test_isbn10_to_isbn13():
    assert isbn10_to_isbn13("0-306-40615-2") == "9780306406157"


@pytest.mark.parametrize(
    "title, key",
    [
        ("The Hobbit", "hobbit"),
        ("Les Misérables", "misérables"),
        ("Dune", "dune"),
    ],
)
def test_title_sort_key(title, key):
    assert title_sort_key(title) == key
