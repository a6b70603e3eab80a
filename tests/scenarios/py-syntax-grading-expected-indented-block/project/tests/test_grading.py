import pytest

from grading import letter, weighted_score


def test_weighted_score():
assert weighted_score({"homework": 80, "midterm": 70, "final": 90}) == 81.0


def test_letters_at_cutoffs():
    assert [letter(s) for s in (90, 89.9, 60, 59)] == ["A", "B", "D", "F"]


def test_missing_component():
    with pytest.raises(KeyError):
        weighted_score({"homework": 100})
