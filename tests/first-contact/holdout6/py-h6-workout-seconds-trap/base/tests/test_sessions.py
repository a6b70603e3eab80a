import pytest

from fitlog.sessions import Session, pace_per_km, total_seconds, weekly_summary

WEEK = [Session("run", 45, 8.0), Session("swim", 30), Session("ride", 60, 28.5)]


def test_total_seconds():
    assert total_seconds(WEEK) == (45 + 30 + 60) * 60


def test_weekly_summary():
    assert weekly_summary(WEEK) == "3 sessions, 2h 15m"


def test_pace():
    assert pace_per_km(WEEK[0]) == "5:38"


def test_pace_needs_distance():
    with pytest.raises(ValueError, match="no distance recorded"):
        pace_per_km(WEEK[1])
