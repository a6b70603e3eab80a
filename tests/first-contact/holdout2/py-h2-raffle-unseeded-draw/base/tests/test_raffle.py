import pytest

from raffle import draw_winners, eligible

ENTRIES = [
    "ana", "bo", "chen", "dana", "eli", "farah", "gus", "hana", "ivo", "jules",
    "kemal", "lin", "mo", "nadia", "oskar", "pia", "quinn", "rosa", "sami", "tove",
]


def test_eligible_dedupes_and_bans():
    assert eligible([" Ana", "bo", "ANA", "", "cy"], banned={"bo"}) == ["ana", "cy"]


def test_draw_is_reproducible():
    assert draw_winners(ENTRIES, 4) == ["pia", "farah", "jules", "gus"]


def test_winners_are_distinct_entrants():
    winners = draw_winners(ENTRIES, 5)
    assert len(set(winners)) == 5
    assert set(winners) <= set(ENTRIES)


def test_too_many_winners():
    with pytest.raises(ValueError, match="cannot draw 21 winners"):
        draw_winners(ENTRIES, 21)
