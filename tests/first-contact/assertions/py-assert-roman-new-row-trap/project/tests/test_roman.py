import pytest

from numerals import to_roman


@pytest.mark.parametrize(
    "number, expected",
    [
        (1, "I"),
        (3, "III"),
        (8, "VIII"),
        (2000, "MM"),
        (14, "XIV"),
        (2016, "MMXVI"),
    ],
)
def test_to_roman(number, expected):
    assert to_roman(number) == expected


def test_out_of_range():
    with pytest.raises(ValueError):
        to_roman(0)
