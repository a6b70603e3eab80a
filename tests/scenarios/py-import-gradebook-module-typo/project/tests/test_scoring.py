import pytest

from gradebook.scorng import letter, weighted_mean

WEIGHTS = {"exam": 3, "homework": 1}


def test_weighted_mean():
    assert weighted_mean({"exam": 80, "homework": 100}, WEIGHTS) == pytest.approx(85)


def test_letters():
    assert [letter(m) for m in (95, 85, 75, 65, 10)] == ["A", "B", "C", "D", "F"]


def test_zero_weights():
    with pytest.raises(ValueError):
        weighted_mean({"exam": 1}, {"exam": 0})
