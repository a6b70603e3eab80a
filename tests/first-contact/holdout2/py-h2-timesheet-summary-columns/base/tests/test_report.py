import pytest

from timesheet.report import Entry, format_row, hours_by_person, summary


@pytest.mark.parametrize(
    "person, hours, expected",
    [
        ("Ana", 38.5, "Ana: 38.5h"),
        ("Bartholomew", 7.25, "Bartholomew: 7.2h"),
        ("Total", 120.0, "Total: 120.0h"),
        ("Chen", 0.0, "Chen: 0.0h"),
    ],
)
def test_format_row(person, hours, expected):
    assert format_row(person, hours) == expected


def test_hours_by_person_sums_projects():
    entries = [Entry("Chen", "web", 3.0), Entry("Ana", "web", 2.0), Entry("Chen", "api", 4.5)]
    assert hours_by_person(entries) == {"Ana": 2.0, "Chen": 7.5}


def test_summary_ends_with_total():
    entries = [Entry("Chen", "web", 3.0), Entry("Ana", "api", 2.5)]
    assert summary(entries) == "Ana: 2.5h\nChen: 3.0h\nTotal: 5.5h"
