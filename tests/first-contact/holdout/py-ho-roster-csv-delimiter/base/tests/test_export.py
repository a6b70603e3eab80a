from datetime import date

import pytest

from roster.export import Member, to_csv


@pytest.fixture
def members():
    return [
        Member("Zoe Park", "zoe@example.org", "Quad", date(2024, 4, 1)),
        Member("anna Berg", "anna@example.org", "Single, racing", date(2021, 9, 12)),
    ]


def test_header_and_sorted_rows(members):
    assert to_csv(members).splitlines() == [
        "name,email,boat,joined",
        'anna Berg,anna@example.org,"Single, racing",2021-09-12',
        "Zoe Park,zoe@example.org,Quad,2024-04-01",
    ]


def test_semicolon_delimiter_for_excel(members):
    assert to_csv(members, delimiter=";").splitlines()[1] == "anna Berg;anna@example.org;Single, racing;2021-09-12"


def test_empty_roster_is_just_the_header():
    assert to_csv([]) == "name,email,boat,joined\n"
