import pytest

from raffle.draw import draw, entrants_from

NAMES = entrants_from(["Ada", "bo", " ADA ", "", "cyd", "dee", "eli"])


def test_entrants_are_deduplicated():
    assert NAMES == {"ada", "bo", "cyd", "dee", "eli"}


def test_winners_are_distinct_entrants():
    winners = draw(NAMES, 3, seed=7)
    assert len(set(winners)) == 3
    assert set(winners) <= NAMES


def test_same_seed_same_winners():
    assert draw(NAMES, 2, seed=42) == draw(NAMES, 2, seed=42)


def test_too_many_prizes():
    with pytest.raises(ValueError):
        draw(NAMES, 6)
