from datetime import date

import pytest

from members import make_member


def test_years_of_membership_counts_whole_years():
    ann = make_member("Ann", 41 date(2020, 3, 2), tier="gold")
    assert ann.years_of_membership(date(2024, 3, 1)) == 3
    assert ann.years_of_membership(date(2024, 3, 2)) == 4


def test_adult():
    assert make_member("Bo", 18, date(2023, 1, 1)).is_adult()


def test_unknown_tier_is_rejected():
    with pytest.raises(ValueError, match="unknown tier"):
        make_member("Cy", 30, date(2023, 1, 1), tier="platinum")
