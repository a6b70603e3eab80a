import pytest

from splitbill.shares import split


@pytest.mark.parametrize(
    "total, people, shares",
    [("10.00", 3, ["3.34", "3.33", "3.33"]), ("9.00", 3, ["3.00", "3.00", "3.00"]), ("0.05", 2, ["0.03", "0.02"])],
)
def test_shares_add_up(total, people, shares):
    assert split(total, people) == shares


def test_nobody_to_pay():
    with pytest.raises(ValueError):
        split("1.00", 0)
