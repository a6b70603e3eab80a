from datetime import date

from timesheets.export import hours_by_person, to_csv

ROWS = [("bo", date(2024, 5, 2), 7.5), ("al", date(2024, 5, 2), 8.0), ("bo", date(2024, 5, 1), 6.0)]


def test_hours_by_person():
    assert hours_by_person(ROWS) == {"bo": 13.5, "al": 8.0}


def test_csv_is_sorted():
    assert to_csv(ROWS).splitlines() == [
        "person,date,hours",
        "al,2024-05-02,8.00",
        "bo,2024-05-01,6.00",
        "bo,2024-05-02,7.50",
    ]
